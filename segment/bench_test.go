package segment

import (
	"os"
	"testing"
)

func BenchmarkNormalize(b *testing.B) {
	data, err := os.ReadFile("../seeds/004_cae414d23811780b.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Normalize(text)
	}
}

func BenchmarkWords(b *testing.B) {
	data, err := os.ReadFile("../seeds/002_1bbc185302e42d3c.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := NewSegmenter()
	if err := s.Load(); err != nil {
		b.Fatal(err)
	}
	norm := Normalize(string(data))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Words(norm)
	}
}

func BenchmarkLoadDictionary(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if err := NewSegmenter().Load(); err != nil {
			b.Fatal(err)
		}
	}
}
