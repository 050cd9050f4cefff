package httpjson

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

// ReadOptional decodes a JSON request body of at most 1 MiB into v; an empty body leaves v as
// it is (every body of the control API is optional).
func ReadOptional(r *http.Request, v any) error {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return err
	}
	if len(strings.TrimSpace(string(body))) == 0 {
		return nil
	}
	return json.Unmarshal(body, v)
}

// WriteMessage answers status with {"error": msg}, the control API's error body.
func WriteMessage(w http.ResponseWriter, status int, msg string) {
	Write(w, status, map[string]string{"error": msg})
}
