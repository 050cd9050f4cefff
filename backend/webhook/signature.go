package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"time"
)

// PublicTestSecret is the fixed secret Zendesk signs test sends with when they are not tied to an
// existing webhook. It is public, so a request signed with it proves nothing: never accept it.
const PublicTestSecret = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ=="

// Header names of a Zendesk webhook delivery.
const (
	HeaderSignature    = "X-Zendesk-Webhook-Signature"
	HeaderTimestamp    = "X-Zendesk-Webhook-Signature-Timestamp"
	HeaderWebhookID    = "X-Zendesk-Webhook-Id"
	HeaderInvocationID = "X-Zendesk-Webhook-Invocation-Id"
	HeaderAccountID    = "X-Zendesk-Account-Id"
)

// MaxClockSkew is how far a delivery's timestamp may be from now, either way, before it is
// refused as a replay.
const MaxClockSkew = 5 * time.Minute

// Sign returns Zendesk's signature of a delivery: base64(HMAC-SHA256(secret, timestamp + body)).
func Sign(secret, timestamp string, body []byte) string {
	return base64.StdEncoding.EncodeToString(mac(secret, timestamp, body))
}

// validSignature reports whether signature (base64) is the HMAC of timestamp+body under secret,
// comparing in constant time.
func validSignature(secret, timestamp string, body []byte, signature string) bool {
	got, err := base64.StdEncoding.DecodeString(signature)
	if err != nil || secret == "" {
		return false
	}
	return hmac.Equal(got, mac(secret, timestamp, body))
}

func mac(secret, timestamp string, body []byte) []byte {
	h := hmac.New(sha256.New, []byte(secret))
	h.Write([]byte(timestamp))
	h.Write(body)
	return h.Sum(nil)
}

// parseTimestamp reads the signature timestamp (RFC 3339, UTC).
func parseTimestamp(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339Nano, s)
	return t, err == nil
}
