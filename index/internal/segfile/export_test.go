package segfile

// Ranges is ranges: how the writer splits paragraphs between cores, for
// tests that put what they check on the boundaries.
var Ranges = ranges
