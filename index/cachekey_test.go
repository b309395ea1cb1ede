package index

import (
	"reflect"
	"testing"

	"github.com/govsearch/govsearch"
)

// TestQueryKeyCoversEveryField changes each field of a query and of its
// search options in turn: every change but NoCache must change the result
// cache's key, so that a field added to either later can never make two
// searches share a result.
func TestQueryKeyCoversEveryField(t *testing.T) {
	baseQ := govsearch.Query{Text: "a", Clauses: []govsearch.Clause{{Terms: []string{"a"}}}, Mode: govsearch.ModeAll}
	baseOpt := govsearch.SearchOptions{Size: 10}
	base := queryKey(baseQ, baseOpt)
	parts := []struct {
		name  string
		value func(q *govsearch.Query, opt *govsearch.SearchOptions) reflect.Value
	}{
		{"Query", func(q *govsearch.Query, _ *govsearch.SearchOptions) reflect.Value { return reflect.ValueOf(q).Elem() }},
		{"SearchOptions", func(_ *govsearch.Query, opt *govsearch.SearchOptions) reflect.Value {
			return reflect.ValueOf(opt).Elem()
		}},
	}
	for _, part := range parts {
		typ := part.value(&baseQ, &baseOpt).Type()
		for i := 0; i < typ.NumField(); i++ {
			q, opt := baseQ, baseOpt
			f := part.value(&q, &opt).Field(i)
			name := part.name + "." + typ.Field(i).Name
			if !setOther(f) {
				t.Errorf("field %s: the test cannot change a %s; teach it", name, f.Type())
				continue
			}
			same := queryKey(q, opt) == base
			if name == "SearchOptions.NoCache" {
				if !same {
					t.Errorf("NoCache changes the key")
				}
			} else if same {
				t.Errorf("changing %s does not change the key", name)
			}
		}
	}
}

// setOther gives v a value different from its current one.
func setOther(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + "x")
	case reflect.Int:
		v.SetInt(v.Int() + 1)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Slice:
		n := reflect.MakeSlice(v.Type(), v.Len()+1, v.Len()+1)
		reflect.Copy(n, v)
		v.Set(n)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if setOther(v.Field(i)) {
				return true
			}
		}
		return false
	default:
		return false
	}
	return true
}
