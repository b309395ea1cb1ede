package segfile

// pairTable maps a key of two or three characters packed in a uint64 to a
// number + 1 (collectPart: a pair, prev<<32 | r, to its gram number;
// collectTrigrams: packRunes of a pair or trigram, 21 bits a character,
// to whether the pair is frequent or the trigram's number): open
// addressing with linear probing over one array, which looks a key up in
// about half the time of a Go map in those hot loops.
type pairTable struct {
	slots []pairSlot
	n     int  // slots in use
	shift uint // 64 - log2(len(slots))
}

// pairSlot is a key and its value; a value of 0 marks a free slot.
type pairSlot struct {
	key uint64
	val int32
}

func newPairTable() *pairTable {
	return &pairTable{slots: make([]pairSlot, 1<<12), shift: 64 - 12}
}

// slot returns where the value of key is kept, adding key with value 0
// if it is missing: the caller sets it to a value other than 0 before
// the next call.
func (t *pairTable) slot(key uint64) *int32 {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for i := int(key * 0x9E3779B97F4A7C15 >> t.shift); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.val == 0 {
			s.key = key
			t.n++
			return &s.val
		}
		if s.key == key {
			return &s.val
		}
	}
}

// find returns the value of key, 0 if it is missing.
func (t *pairTable) find(key uint64) int32 {
	mask := len(t.slots) - 1
	for i := int(key * 0x9E3779B97F4A7C15 >> t.shift); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.val == 0 || s.key == key {
			return s.val
		}
	}
}

// grow doubles the table.
func (t *pairTable) grow() {
	old := t.slots
	t.slots = make([]pairSlot, 2*len(old))
	t.shift--
	mask := len(t.slots) - 1
	for _, s := range old {
		if s.val == 0 {
			continue
		}
		i := int(s.key * 0x9E3779B97F4A7C15 >> t.shift)
		for t.slots[i].val != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}
