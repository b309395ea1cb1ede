package ingest

import "testing"

// TestRegionPlace resolves a region field's path to the place it ends on,
// by the city or province it names before it.
func TestRegionPlace(t *testing.T) {
	gaz, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ path, want string }{
		{"安徽-六安-霍邱县", "霍邱县"},
		{"吉林-长春-朝阳区", "朝阳区 220104"},
		{"北京-朝阳区", "朝阳区 110105"},
		{"河北-沧州-新华区", "新华区 130902"},
		{"朝阳区", ""}, // several: none
	} {
		p, ok := gaz.regionPlace(tt.path)
		got := ""
		if ok {
			got = p.Name
			if tt.want != p.Name {
				got += " " + p.Code
			}
		}
		if got != tt.want {
			t.Errorf("regionPlace(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}
