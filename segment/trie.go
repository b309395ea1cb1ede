package segment

import (
	"cmp"
	"math"
	"slices"
	"unicode/utf8"
)

// trie holds the dictionary's entries (every word and every prefix of
// one) as a tree of runes, so that the words starting at a rune are found
// by walking the text one rune at a time rather than by hashing each
// longer substring: cutting text spends most of its time there.
type trie struct {
	// root[r] is 1 + the node of the one-rune entry r, or 0 (runes of
	// the Basic Multilingual Plane); rootHigh holds the others.
	root     []int32
	rootHigh map[rune]int32
	nodes    []trieNode
	edges    []trieEdge // each node's children, sorted by rune
	// building finds a node's child by rune while entries are added;
	// freeze turns it into edges.
	building map[trieEdgeKey]int32
	runes    []rune // insert's scratch
}

// trieNode is one entry: its word's frequency (0 for a prefix that is no
// word) and its log, whether a longer word starts with it, and its
// children edges[first : first+count].
type trieNode struct {
	freq    float64
	logFreq float64
	first   int32
	count   int32
	longer  bool
}

type trieEdge struct {
	r     rune
	child int32
}

type trieEdgeKey struct {
	parent int32
	r      rune
}

// noRune stands for a byte that is no valid UTF-8: no entry holds it.
const noRune rune = -1

// newTrie returns an empty trie sized for about size entries (words and
// prefixes): the nodes never move while it is built.
func newTrie(size int) *trie {
	return &trie{root: make([]int32, 1<<16), rootHigh: map[rune]int32{},
		nodes: make([]trieNode, 0, size), building: make(map[trieEdgeKey]int32, size)}
}

// insert returns the node of word, adding it and its prefixes (marked
// longer) as needed, before freeze.
func (t *trie) insert(word string) int32 {
	node := int32(-1)
	t.runes = runesOf(word, t.runes[:0])
	for _, r := range t.runes {
		if node >= 0 {
			t.nodes[node].longer = true
		}
		k := trieEdgeKey{node, r}
		id, ok := t.building[k]
		if !ok {
			id = int32(len(t.nodes))
			t.building[k] = id
			t.nodes = append(t.nodes, trieNode{})
		}
		node = id
	}
	return node
}

// freeze turns the children found while building into sorted edges and
// fills in the log frequencies.
func (t *trie) freeze() {
	links := make([]trieEdgeKey, 0, len(t.building))
	for k := range t.building {
		links = append(links, k)
	}
	slices.SortFunc(links, func(a, b trieEdgeKey) int {
		return cmp.Or(cmp.Compare(a.parent, b.parent), cmp.Compare(a.r, b.r))
	})
	t.edges = make([]trieEdge, 0, len(links))
	for _, k := range links {
		child := t.building[k]
		switch {
		case k.parent >= 0:
			p := &t.nodes[k.parent]
			if p.count == 0 {
				p.first = int32(len(t.edges))
			}
			p.count++
			t.edges = append(t.edges, trieEdge{k.r, child})
		case k.r >= 0 && k.r < 1<<16:
			t.root[k.r] = child + 1
		default:
			t.rootHigh[k.r] = child
		}
	}
	for i := range t.nodes {
		if n := &t.nodes[i]; n.freq > 0 {
			n.logFreq = math.Log(n.freq)
		}
	}
	t.building, t.runes = nil, nil
}

// start returns the node of the one-rune entry r, if there is one.
func (t *trie) start(r rune) (int32, bool) {
	if r >= 0 && r < 1<<16 {
		id := t.root[r]
		return id - 1, id > 0
	}
	id, ok := t.rootHigh[r]
	return id, ok
}

// next returns the child of node by rune r, if there is one.
func (t *trie) next(node int32, r rune) (int32, bool) {
	n := &t.nodes[node]
	edges := t.edges[n.first : n.first+n.count]
	// Binary search down to a few edges, then a scan.
	for len(edges) > 8 {
		h := len(edges) / 2
		if edges[h].r <= r {
			edges = edges[h:]
		} else {
			edges = edges[:h]
		}
	}
	for _, e := range edges {
		if e.r == r {
			return e.child, true
		}
	}
	return 0, false
}

// find returns the entry of the word whose runes are given.
func (t *trie) find(runes []rune) (*trieNode, bool) {
	if len(runes) == 0 {
		return nil, false
	}
	node, ok := t.start(runes[0])
	for _, r := range runes[1:] {
		if !ok {
			break
		}
		node, ok = t.next(node, r)
	}
	if !ok {
		return nil, false
	}
	return &t.nodes[node], true
}

// runesOf appends the runes of s to runes, one per rune start, with
// noRune for a byte that is no valid UTF-8.
func runesOf(s string, runes []rune) []rune {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				r = noRune
			}
		}
		runes = append(runes, r)
	}
	return runes
}
