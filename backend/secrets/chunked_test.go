package secrets

import (
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"
)

// limitedBackend refuses secrets over limit bytes, as Windows' Credential Manager does.
type limitedBackend struct {
	*fakeBackend
	limit int
}

func (l limitedBackend) Set(s, u, p string) error {
	if len(p) > l.limit {
		return keyring.ErrSetDataTooBig
	}
	return l.fakeBackend.Set(s, u, p)
}

func newLimited(limit int) (*fakeBackend, *Keyring) {
	fb := &fakeBackend{data: map[string]string{}}
	return fb, newKeyring(chunked{be: limitedBackend{fb, limit}, limit: limit}, "zensync-test", time.Second)
}

func TestChunkedKeyringKeepsTheStoreContract(t *testing.T) {
	_, k := newLimited(24) // the header fits; the contract's longer value is split
	testStoreContract(t, k, "")
}

func TestChunkedKeyringSplitsALargeTokenBundleAndCleansUp(t *testing.T) {
	ctx := t.Context()
	fb, k := newLimited(2560)
	big := `{"access_token":"` + strings.Repeat("é0123456789", 550) + `"}` // 6,6xx bytes
	for _, tc := range []struct {
		name    string
		value   string
		entries int
	}{
		{"large: 3 parts and a header", big, 4},
		{"larger: 4 parts and a header", big + strings.Repeat("x", 2000), 5},
		{"short again: the old parts are removed", "short", 1},
		{"a short value that looks like a header is still read back exactly", chunkHeader + "2", 2},
		{"large again", big, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := k.Set(ctx, "oauth:1", tc.value); err != nil {
				t.Fatalf("Set: %v", err)
			}
			got, err := k.Get(ctx, "oauth:1")
			if err != nil || got != tc.value {
				t.Fatalf("Get = %d bytes, %v; want the %d bytes saved", len(got), err, len(tc.value))
			}
			if len(fb.data) != tc.entries {
				t.Fatalf("%d keyring entries, want %d: %v", len(fb.data), tc.entries, keys(fb.data))
			}
		})
	}
	if err := k.Delete(ctx, "oauth:1"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if len(fb.data) != 0 {
		t.Fatalf("Delete left %v", keys(fb.data))
	}
}

func TestChunkedKeyringSaysWhatToDoWhenAPartIsMissing(t *testing.T) {
	ctx := t.Context()
	fb, k := newLimited(24)
	if err := k.Set(ctx, "oauth:1", strings.Repeat("a", 100)); err != nil {
		t.Fatal(err)
	}
	delete(fb.data, "zensync-test/"+partKey("oauth:1", 3))
	_, err := k.Get(ctx, "oauth:1")
	if err == nil || !strings.Contains(err.Error(), "part 3 of 5") || !strings.Contains(err.Error(), "save it again") {
		t.Fatalf("Get with a part missing = %v", err)
	}
	if err := k.Delete(ctx, "oauth:1"); err != nil || len(fb.data) != 0 {
		t.Fatalf("Delete = %v, left %v", err, keys(fb.data))
	}
}

func TestUnsplitKeyringRefusesWhatTheBackendRefuses(t *testing.T) {
	fb := &fakeBackend{data: map[string]string{}}
	k := newKeyring(chunked{be: limitedBackend{fb, 10}, limit: 0}, "zensync-test", time.Second)
	if err := k.Set(t.Context(), "k", strings.Repeat("a", 11)); err == nil {
		t.Fatal("a limit of 0 must not split, so the backend's refusal shows")
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
