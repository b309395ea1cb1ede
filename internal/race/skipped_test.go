package race

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSkippedTestsRunWithoutRace: every test that skips itself under the
// race detector (it reads race.Enabled), and every test in a file built
// only without it (//go:build !race), is run by a plain pass of `make
// test`: a -run pattern there matches its name, for its package.
func TestSkippedTestsRunWithoutRace(t *testing.T) {
	makefile, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	passes := plainPasses(t, string(makefile))
	if len(passes) == 0 {
		t.Fatal("no plain pass (go test -run '…' without -race) in the Makefile")
	}
	skipped := 0
	err = filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != "../.." || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		pkg := "./" + filepath.ToSlash(filepath.Dir(strings.TrimPrefix(path, "../../"))) + "/"
		for _, name := range skippedUnderRace(t, path) {
			skipped++
			if !runByPlainPass(passes, pkg, name) {
				t.Errorf("%s: %s skips itself under -race, and no plain pass of make test runs it in %s", path, name, pkg)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if skipped < 10 {
		t.Errorf("found %d tests skipped under -race; the walk misses some", skipped)
	}
}

// plainPass is one `go test -run PATTERN PACKAGES` line of the Makefile
// without -race.
type plainPass struct {
	run      *regexp.Regexp
	packages []string
}

// plainPasses reads the Makefile's plain test passes, its variables
// (NORACE := …) put in.
func plainPasses(t *testing.T, makefile string) []plainPass {
	vars := map[string]string{}
	for _, v := range regexp.MustCompile(`(?m)^(\w+)\s*:?=\s*(.*)$`).FindAllStringSubmatch(makefile, -1) {
		vars[v[1]] = strings.TrimSpace(v[2])
	}
	var out []plainPass
	for _, l := range strings.Split(makefile, "\n") {
		if !strings.Contains(l, " test ") || strings.Contains(l, "-race") || !strings.Contains(l, "-run") {
			continue
		}
		v := regexp.MustCompile(`-run '([^']*)'((?:\s+\./\S+)+)`).FindStringSubmatch(l)
		if v == nil {
			continue
		}
		pattern := regexp.MustCompile(`\$\((\w+)\)`).ReplaceAllStringFunc(v[1], func(s string) string { return vars[s[2:len(s)-1]] })
		re, err := regexp.Compile(pattern)
		if err != nil {
			t.Fatalf("Makefile: -run %q: %v", pattern, err)
		}
		out = append(out, plainPass{re, strings.Fields(v[2])})
	}
	return out
}

func runByPlainPass(passes []plainPass, pkg, name string) bool {
	for _, p := range passes {
		for _, q := range p.packages {
			if strings.TrimSuffix(q, "/")+"/" == pkg && p.run.MatchString(name) {
				return true
			}
		}
	}
	return false
}

// skippedUnderRace returns the tests of a file that do not run under the
// race detector: all of a file built only without it, else those whose
// body reads race.Enabled.
func skippedUnderRace(t *testing.T, path string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	notUnderRace := false
	for _, c := range f.Comments {
		for _, l := range c.List {
			if strings.HasPrefix(l.Text, "//go:build") && strings.Contains(l.Text, "!race") {
				notUnderRace = true
			}
		}
	}
	var out []string
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "Test") || fn.Body == nil {
			continue
		}
		reads := notUnderRace
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if s, ok := n.(*ast.SelectorExpr); ok && s.Sel.Name == "Enabled" {
				if x, ok := s.X.(*ast.Ident); ok && x.Name == "race" {
					reads = true
				}
			}
			return !reads
		})
		if reads {
			out = append(out, fn.Name.Name)
		}
	}
	return out
}
