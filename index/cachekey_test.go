package index

import (
	"reflect"
	"testing"

	"github.com/govsearch/govsearch"
)

// TestQueryKeyCoversEveryField changes each field of a query in turn: every
// change but NoCache must change the result cache's key, so that a field
// added to the query later can never make two queries share a result.
func TestQueryKeyCoversEveryField(t *testing.T) {
	base := govsearch.Query{Text: "a", Clauses: []govsearch.Clause{{Terms: []string{"a"}}}, Size: 10, Mode: govsearch.ModeAll}
	typ := reflect.TypeOf(base)
	for i := 0; i < typ.NumField(); i++ {
		q := base
		f := reflect.ValueOf(&q).Elem().Field(i)
		if !setOther(f) {
			t.Errorf("field %s: the test cannot change a %s; teach it", typ.Field(i).Name, f.Type())
			continue
		}
		same := queryKey(q) == queryKey(base)
		if name := typ.Field(i).Name; name == "NoCache" {
			if !same {
				t.Errorf("NoCache changes the key")
			}
		} else if same {
			t.Errorf("changing %s does not change the key", name)
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
