package secrets

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestWindowsCredentialManager uses the real Credential Manager (advapi32 CredWrite/CredRead;
// under Wine, Wine's implementation): the store contract, and a token bundle over its 2560-byte
// limit saved in parts and read back whole.
func TestWindowsCredentialManager(t *testing.T) {
	service := fmt.Sprintf("zensync-test-%d", time.Now().UnixNano())
	k := NewKeyring(service, 10*time.Second)
	testStoreContract(t, k, "")

	ctx := t.Context()
	big := strings.Repeat("0123456789abcdef", 500) // 8,000 bytes: 4 parts
	t.Cleanup(func() { k.Delete(context.Background(), "oauth:big") })
	if err := k.Set(ctx, "oauth:big", big); err != nil {
		t.Fatalf("Set of 8,000 bytes: %v", err)
	}
	if got, err := k.Get(ctx, "oauth:big"); err != nil || got != big {
		t.Fatalf("Get = %d bytes, %v", len(got), err)
	}
	if err := k.Delete(ctx, "oauth:big"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := osKeyring.Get(osKeyring{}, service, partKey("oauth:big", 1)); err == nil {
		t.Fatal("Delete left part 1 behind")
	}
}
