package emulator

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// writeJSON answers v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "encode: "+err.Error(), http.StatusInternalServerError)
		return
	}
	writeRawJSON(w, status, b)
}

// writeRawJSON answers already-encoded JSON bytes.
func writeRawJSON(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// writeAPIError answers err with Zendesk's error body and err.Status.
func writeAPIError(w http.ResponseWriter, err *APIError) {
	status := err.Status
	if status == 0 {
		status = http.StatusInternalServerError
	}
	writeJSON(w, status, err)
}

func errNotFound() *APIError {
	return &APIError{Status: http.StatusNotFound, Error_: "RecordNotFound", Description: "Not found"}
}

func errInvalid(description string, details any) *APIError {
	return &APIError{Status: http.StatusUnprocessableEntity, Error_: "RecordInvalid", Description: description, Details: details}
}

func errBadRequest(title, description string) *APIError {
	return &APIError{Status: http.StatusBadRequest, Error_: title, Description: description}
}
