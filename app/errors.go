package app

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
)

// Code is a stable error code the front end can branch on. The TypeScript client in
// frontend/src/api turns a rejected call into an AppError with this code.
type Code string

const (
	CodeInvalidInput   Code = "invalid_input"
	CodeNotFound       Code = "not_found"
	CodeConflict       Code = "conflict"
	CodeUnauthorized   Code = "unauthorized"
	CodeForbidden      Code = "forbidden"
	CodeRateLimited    Code = "rate_limited"
	CodeOffline        Code = "offline"
	CodeDomainNotFound Code = "domain_not_found"
	CodeCancelled      Code = "cancelled"
	CodeBusy           Code = "busy"
	CodeNotConnected   Code = "not_connected"
	CodeKeyring        Code = "keyring_unavailable"
	CodeInternal       Code = "internal"
)

// codedError is what crosses the bridge: Wails rejects the JS promise with Error(), so Error()
// is a small JSON object {"code","message"} that the TS client parses.
type codedError struct {
	Code    Code              `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"` // per-field messages for invalid_input
}

func (e *codedError) Error() string {
	b, _ := json.Marshal(e)
	return string(b)
}

// Mapper turns a backend error into a stable code. Each backend area registers how its
// sentinels and typed errors map; the first mapper that recognises an error wins.
type Mapper func(err error) (Code, string, bool)

// bridge maps errors at the edge of every bound method.
type bridge struct {
	log     *slog.Logger
	mappers []Mapper
}

func newBridge(log *slog.Logger, mappers ...Mapper) *bridge {
	return &bridge{log: log, mappers: mappers}
}

// wrap returns nil for nil, and otherwise an error whose text the front end can decode.
// Unrecognised errors are logged and shown with their message under CodeInternal.
func (b *bridge) wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	var ce *codedError
	if errors.As(err, &ce) {
		return ce
	}
	if errors.Is(err, context.Canceled) {
		return &codedError{Code: CodeCancelled, Message: "The operation was cancelled."}
	}
	for _, m := range b.mappers {
		if code, msg, ok := m(err); ok {
			if msg == "" {
				msg = err.Error()
			}
			return &codedError{Code: code, Message: msg}
		}
	}
	b.log.Error("unmapped error at the bridge", "op", op, "err", err)
	return &codedError{Code: CodeInternal, Message: err.Error()}
}
