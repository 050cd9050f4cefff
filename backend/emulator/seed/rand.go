package seed

// rng is a tiny deterministic generator (splitmix64). Seeded records are generated from
// rngFor(seed, id, stream), so any record can be rebuilt alone, in any order.
type rng struct{ s uint64 }

func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func rngFor(seed int64, id int64, stream uint64) rng {
	return rng{s: mix64(uint64(seed)*0x9e3779b97f4a7c15 ^ mix64(uint64(id)+stream*0x632be59bd9b4e019))}
}

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	return mix64(r.s)
}

// intn returns a number in [0, n); n must be > 0.
func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

// pct is true with probability p/100.
func (r *rng) pct(p int) bool { return r.intn(100) < p }

func pick[T any](r *rng, xs []T) T { return xs[r.intn(len(xs))] }
