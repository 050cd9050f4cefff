package secrets

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/zalando/go-keyring"
)

// chunkHeader starts the value kept under a key whose secret was split into parts.
const chunkHeader = "zensync-chunked:v1:"

// chunked splits secrets longer than limit bytes over several keyring entries: the key itself
// holds chunkHeader+<number of parts>, and "<key>#1" … "<key>#n" hold the parts. Windows'
// Credential Manager refuses a secret over 2560 bytes and macOS's security command line over
// about 4 KB, while a token bundle's size is Zendesk's choice. A limit of 0 never splits.
type chunked struct {
	be    backend
	limit int
}

func partKey(key string, i int) string { return key + "#" + strconv.Itoa(i) }

// parts returns how many parts the entry stored under key has (0 when it is a plain value).
func (c chunked) parts(service, key string) (int, string, error) {
	v, err := c.be.Get(service, key)
	if err != nil || !strings.HasPrefix(v, chunkHeader) {
		return 0, v, err
	}
	n, err := strconv.Atoi(strings.TrimPrefix(v, chunkHeader))
	if err != nil || n < 1 {
		return 0, "", fmt.Errorf("the entry %q has a damaged header %q: delete and save it again", key, v)
	}
	return n, "", nil
}

func (c chunked) Get(service, key string) (string, error) {
	n, v, err := c.parts(service, key)
	if err != nil || n == 0 {
		return v, err
	}
	var b strings.Builder
	for i := 1; i <= n; i++ {
		part, err := c.be.Get(service, partKey(key, i))
		if errors.Is(err, keyring.ErrNotFound) {
			return "", fmt.Errorf("part %d of %d of %q is missing: save it again", i, n, key)
		}
		if err != nil {
			return "", err
		}
		b.WriteString(part)
	}
	return b.String(), nil
}

func (c chunked) Set(service, key, value string) error {
	old, _, _ := c.parts(service, key) // absent or damaged: no old parts to clean up
	// A short value is stored as it is, unless it would read back as a header.
	if c.limit <= 0 || (len(value) <= c.limit && !strings.HasPrefix(value, chunkHeader)) {
		if err := c.be.Set(service, key, value); err != nil {
			return err
		}
		return c.deleteParts(service, key, 1, old)
	}
	n := 0
	for start := 0; start < len(value); start += c.limit {
		n++
		if err := c.be.Set(service, partKey(key, n), value[start:min(start+c.limit, len(value))]); err != nil {
			return err
		}
	}
	if err := c.be.Set(service, key, chunkHeader+strconv.Itoa(n)); err != nil {
		return err
	}
	return c.deleteParts(service, key, n+1, old)
}

func (c chunked) Delete(service, key string) error {
	n, _, err := c.parts(service, key)
	if errors.Is(err, keyring.ErrNotFound) {
		return err
	}
	if err := c.deleteParts(service, key, 1, n); err != nil {
		return err
	}
	return c.be.Delete(service, key)
}

// deleteParts removes parts from … to of key; absent parts are fine.
func (c chunked) deleteParts(service, key string, from, to int) error {
	for i := from; i <= to; i++ {
		if err := c.be.Delete(service, partKey(key, i)); err != nil && !errors.Is(err, keyring.ErrNotFound) {
			return err
		}
	}
	return nil
}
