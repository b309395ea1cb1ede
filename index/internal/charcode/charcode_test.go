package charcode

import (
	"errors"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// testCode ranks CJK characters, ASCII letters and punctuation: enough
// to fill the singles and some pairs.
func testCode(t testing.TB, n int) *Code {
	t.Helper()
	var ranked []rune
	for r := rune('一'); len(ranked) < n; r++ {
		ranked = append(ranked, r)
		if len(ranked) == 10 {
			ranked = append(ranked, 'a', '，', '0')
		}
	}
	c, err := New(ranked[:n])
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRoundTrip codes a character of every class and strings of them:
// each comes back as it went in, in as many bytes as its class says.
func TestRoundTrip(t *testing.T) {
	c := testCode(t, MaxRanked)
	tests := []struct {
		name string
		in   string
		size int
	}{
		{"first single", "一", 1},
		{"last single", string(c.ranked[singles-1]), 1},
		{"ranked ASCII", "a", 1},
		{"first pair", string(c.ranked[singles]), 2},
		{"last pair", string(c.ranked[MaxRanked-1]), 2},
		{"unranked ASCII", "z", 4},
		{"unranked NUL", "\x00", 4},
		{"unranked CJK", "龘", 4},
		{"supplementary plane", "𠀀", 4},
		{"last code point", "\U0010FFFF", 4},
		{"emoji", "😀", 4},
		{"replacement character", "\uFFFD", 4},
		{"invalid byte", "\xff", 4},
		{"cut character", "\xe4\xb8", 8},
		{"lone continuation", "\x80", 4},
		{"mixed", "一a，z\xff𠀀" + string(c.ranked[500]), 1 + 1 + 1 + 4 + 4 + 4 + 2},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			coded := c.Encode(tt.in)
			if len(coded) != tt.size {
				t.Errorf("%q: %d bytes, want %d", tt.in, len(coded), tt.size)
			}
			got, err := c.Decode(coded)
			if err != nil || got != tt.in {
				t.Errorf("%q came back as %q (%v)", tt.in, got, err)
			}
		})
	}
}

// TestRandomRoundTrip codes random byte strings, valid UTF-8 or not,
// under tables of several sizes.
func TestRandomRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, singles, singles + 1, 1000, MaxRanked} {
		c := testCode(t, n)
		for i := 0; i < 2000; i++ {
			in := randomText(rng, c, 1+rng.Intn(40), i%5 == 0)
			got, err := c.Decode(c.Encode(in))
			if err != nil || got != in {
				t.Fatalf("table of %d: %q came back as %q (%v)", n, in, got, err)
			}
		}
	}
}

// randomText draws characters from every class: ranked (single and
// pair), unranked, and, when invalid is set, bytes that are not UTF-8.
func randomText(rng *rand.Rand, c *Code, n int, invalid bool) string {
	var b strings.Builder
	for k := 0; k < n; k++ {
		switch x := rng.Intn(10); {
		case x < 4 && len(c.ranked) > 0:
			b.WriteRune(c.ranked[rng.Intn(min(len(c.ranked), 40))])
		case x < 7 && len(c.ranked) > 0:
			b.WriteRune(c.ranked[rng.Intn(len(c.ranked))])
		case x < 9:
			r := rune(rng.Intn(0x110000))
			if !utf8.ValidRune(r) {
				r = '龘'
			}
			b.WriteRune(r)
		case invalid:
			b.WriteByte(byte(0x80 + rng.Intn(0x80)))
		default:
			b.WriteByte(byte(rng.Intn(0x80)))
		}
	}
	return b.String()
}

// TestMatchIsCharacterMatch: for valid UTF-8 terms, a coded term occurs
// in a coded text, as many times and in the same order, exactly where
// the term occurs in the text, whatever the text holds.
func TestMatchIsCharacterMatch(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	c := testCode(t, 400)
	for i := 0; i < 20000; i++ {
		text := randomText(rng, c, 1+rng.Intn(30), i%3 == 0)
		// A term: a piece of the text (its valid characters), or random.
		var term string
		if rs := []rune(strings.ToValidUTF8(text, "")); len(rs) > 0 && i%2 == 0 {
			lo := rng.Intn(len(rs))
			term = string(rs[lo : lo+1+rng.Intn(min(4, len(rs)-lo))])
		} else {
			term = randomText(rng, c, 1+rng.Intn(3), false)
		}
		ct, cterm := c.Encode(text), c.Encode(term)
		if got, want := strings.Count(ct, cterm), strings.Count(text, term); got != want {
			t.Fatalf("%q in %q: %d coded matches, %d in UTF-8", term, text, got, want)
		}
		if at := strings.Index(ct, cterm); at >= 0 {
			prefix, err := c.Decode(ct[:at])
			if err != nil || !strings.HasPrefix(text[len(prefix):], term) {
				t.Fatalf("%q in %q: the coded match at %d is not the character match (%v)", term, text, at, err)
			}
		}
	}
}

// TestSelfSynchronizing: no byte of a code is both a start and a trail,
// and each start says its length.
func TestSelfSynchronizing(t *testing.T) {
	c := testCode(t, MaxRanked)
	for _, r := range append(c.ranked, 'z', '𠀀', escapeBase+0x80) {
		b := c.appendRune(nil, r)
		if isTrail(b[0]) {
			t.Fatalf("%U starts with a trail byte %#x", r, b[0])
		}
		for _, x := range b[1:] {
			if !isTrail(x) {
				t.Fatalf("%U: byte %#x after its first is not a trail", r, x)
			}
		}
		if want := map[bool]int{true: 1}[b[0] < trailLo] + map[bool]int{true: 2}[b[0] >= pairLo && b[0] < quadLo] + map[bool]int{true: 4}[b[0] >= quadLo]; len(b) != want {
			t.Fatalf("%U: %d bytes after a first byte %#x that says %d", r, len(b), b[0], want)
		}
	}
}

// TestBadCode: bytes that no Append writes are an error, never a text.
func TestBadCode(t *testing.T) {
	c := testCode(t, 300)
	for _, b := range []string{
		"\xa4",                 // a trail first
		"\xe4",                 // a pair lead at the end
		"\xe4\x01",             // a pair lead and no trail
		"\xfa\xe3",             // a pair beyond the table
		"\xfb\xa4\xa4",         // a quad cut short
		"\xff\xe3\xe3\xe3",     // beyond the last code point
		"\xfb\xb1\xc4\xa4",     // a surrogate, not an escape (U+D800)
		"\xfb\xb1\xc4\xa4\x00", // the same, then a single
		string([]byte{0, 1, 2, 10, 200}),
	} {
		if got, err := c.Decode(b); !errors.Is(err, ErrBadCode) {
			t.Errorf("%q decoded as %q (%v)", b, got, err)
		}
	}
	small := testCode(t, 3)
	if got, err := small.Decode("\x05"); !errors.Is(err, ErrBadCode) {
		t.Errorf("a single beyond a table of 3 decoded as %q (%v)", got, err)
	}
}

// TestTable: a table comes back from its bytes; bad tables are refused.
func TestTable(t *testing.T) {
	c := testCode(t, 1000)
	d, err := Parse(c.Table())
	if err != nil || !d.Equal(c) {
		t.Fatalf("table came back unequal (%v)", err)
	}
	if !UTF8().Equal(UTF8()) || UTF8().Equal(c) || !UTF8().Identity() || c.Identity() {
		t.Fatal("identity")
	}
	for _, bad := range []string{"一一", "\xff", "一\xe4\xb8"} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("table %q parsed", bad)
		}
	}
	if _, err := New(make([]rune, MaxRanked+1)); err == nil {
		t.Error("a table over MaxRanked")
	}
	if _, err := New([]rune{0xD800}); err == nil {
		t.Error("a surrogate in a table")
	}
}

// TestRank: most frequent first, ties by code point, characters counted
// once left out.
func TestRank(t *testing.T) {
	got := Rank(map[rune]int64{'b': 5, 'a': 5, 'c': 9, 'd': 1, 0xD800: 7, 'e': 2})
	if want := []rune{'c', 'a', 'b', 'e'}; string(got) != string(want) {
		t.Errorf("Rank = %q, want %q", string(got), string(want))
	}
	many := map[rune]int64{}
	for r := rune(0x4e00); r < 0x4e00+MaxRanked+10; r++ {
		many[r] = 3
	}
	if n := len(Rank(many)); n != MaxRanked {
		t.Errorf("%d ranked of %d, want %d", n, len(many), MaxRanked)
	}
}

func FuzzRoundTrip(f *testing.F) {
	f.Add("一a，z\xff𠀀", "a，")
	f.Add("\xe4\xb8\xad\xe4", "中")
	c := testCode(f, 500)
	f.Fuzz(func(t *testing.T, text, term string) {
		ct := c.Encode(text)
		if got, err := c.Decode(ct); err != nil || got != text {
			t.Fatalf("%q came back as %q (%v)", text, got, err)
		}
		if utf8.ValidString(term) && term != "" {
			if got, want := strings.Count(ct, c.Encode(term)), strings.Count(text, term); got != want {
				t.Fatalf("%q in %q: %d coded matches, %d in UTF-8", term, text, got, want)
			}
		}
	})
}

// TestMarshal: a table and its byte counts come back; the term's rarest
// byte is its pivot, the last without counts.
func TestMarshal(t *testing.T) {
	c := testCode(t, 700)
	var f Freq
	f.Add([]byte(c.Encode(strings.Repeat("一二", 50) + "三" + string(c.ranked[600]))))
	d, err := Unmarshal(c.Marshal(&f))
	if err != nil || !d.Equal(c) || *d.freq != f {
		t.Fatalf("came back unequal (%v)", err)
	}
	term := c.Encode("一三二")
	if got := d.Freq().Rarest(term); got != 1 {
		t.Errorf("pivot of 一三二: %d, want 1 (三)", got)
	}
	if got := c.Freq().Rarest(term); got != 2 {
		t.Errorf("pivot without counts: %d, want 2", got)
	}
	if _, err := Unmarshal(c.Marshal(&f)[:100]); err == nil {
		t.Error("a cut table unmarshaled")
	}
}

// benchParagraph returns a code of MaxRanked characters and a paragraph
// of 150 of them, most among the first ranked.
func benchParagraph(b *testing.B) (*Code, string) {
	c := testCode(b, MaxRanked)
	rng := rand.New(rand.NewSource(3))
	var sb strings.Builder
	for range 150 {
		sb.WriteRune(c.ranked[min(rng.Intn(400), rng.Intn(MaxRanked))])
	}
	return c, sb.String()
}

// BenchmarkDecode decodes a paragraph of 150 characters, most of them
// ranked.
func BenchmarkDecode(b *testing.B) {
	c, text := benchParagraph(b)
	coded := c.Encode(text)
	b.SetBytes(int64(len(coded)))
	for i := 0; i < b.N; i++ {
		if _, err := c.Decode(coded); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncode codes the same paragraph.
func BenchmarkEncode(b *testing.B) {
	c, text := benchParagraph(b)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		c.Encode(text)
	}
}

// TestIndexAsStringsIndex checks Index against strings.Index on short
// texts of a few letters and Chinese characters, looking for each byte of
// the term.
func TestIndexAsStringsIndex(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	letters := []string{"a", "b", "中", "文", "发展"}
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(letters[r.Intn(len(letters))])
		}
		return b.String()
	}
	found := 0
	for n := 0; n < 50000; n++ {
		s, term := word(r.Intn(12)), word(1+r.Intn(4))
		want := strings.Index(s, term)
		for at := range len(term) {
			if got := Index(s, term, at); got != want {
				t.Fatalf("Index(%q, %q, %d) = %d, want %d", s, term, at, got, want)
			}
		}
		if want >= 0 {
			found++
		}
	}
	if found < 5000 {
		t.Fatalf("only %d of 50000 terms found: the test checks too little", found)
	}
}
