// Package httpjson writes the emulator's JSON answers and Zendesk's error bodies, and reads the
// control API's optional JSON bodies.
package httpjson

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// Write answers v as JSON with the given status.
func Write(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "encode: "+err.Error(), http.StatusInternalServerError)
		return
	}
	WriteRaw(w, status, b)
}

// WriteRaw answers already-encoded JSON bytes.
func WriteRaw(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// WriteError answers err with Zendesk's error body and err.Status.
func WriteError(w http.ResponseWriter, err *APIError) {
	status := err.Status
	if status == 0 {
		status = http.StatusInternalServerError
	}
	Write(w, status, err)
}

func NotFound() *APIError {
	return &APIError{Status: http.StatusNotFound, Error_: "RecordNotFound", Description: "Not found"}
}

func Invalid(description string, details any) *APIError {
	return &APIError{Status: http.StatusUnprocessableEntity, Error_: "RecordInvalid", Description: description, Details: details}
}

func BadRequest(title, description string) *APIError {
	return &APIError{Status: http.StatusBadRequest, Error_: title, Description: description}
}

// APIError is an error answered with Zendesk's error body.
type APIError struct {
	Status      int    `json:"-"`
	Error_      string `json:"error"`
	Description string `json:"description,omitempty"`
	Details     any    `json:"details,omitempty"`
	// OAuth-style errors use error_description instead of description.
	ErrorDescription string `json:"error_description,omitempty"`
}

func (e *APIError) Error() string { return e.Error_ + ": " + e.Description + e.ErrorDescription }
