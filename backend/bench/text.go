package bench

import (
	"math/rand/v2"
	"strings"
)

// Words is a deterministic vocabulary of made-up words; rank 0 is the most frequent.
type Words struct {
	list []string
	zipf *rand.Zipf
	rng  *rand.Rand
}

var syllables = []string{"ka", "lo", "mi", "ne", "ru", "ta", "po", "si", "ve", "zu", "dra", "ken", "mor", "tal", "vin", "bex", "qui", "sol", "gar", "fen"}

// NewWords builds n distinct words and a Zipf sampler over them, seeded.
func NewWords(n int, seed uint64) *Words {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	seen := map[string]bool{}
	w := &Words{rng: r}
	for len(w.list) < n {
		var b strings.Builder
		for k := 2 + r.IntN(3); k > 0; k-- {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		if s := b.String(); !seen[s] {
			seen[s] = true
			w.list = append(w.list, s)
		}
	}
	w.zipf = rand.NewZipf(r, 1.1, 2, uint64(n-1))
	return w
}

// Rank returns the word of rank i.
func (w *Words) Rank(i int) string { return w.list[i] }

// Sentence returns n words drawn by frequency.
func (w *Words) Sentence(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.list[w.zipf.Uint64()])
	}
	return b.String()
}

// IntN is the vocabulary's random source, for other choices in the same seeded sequence.
func (w *Words) IntN(n int) int { return w.rng.IntN(n) }
