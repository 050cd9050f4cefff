package app

import (
	"errors"
	"fmt"

	"zensync/backend/integration"
	"zensync/backend/lifecycle"
	"zensync/backend/search"
	"zensync/backend/secrets"
	"zensync/backend/store"
)

// mapStoreError maps the store's sentinels. Register it in every facade's bridge that reads
// the database.
func mapStoreError(err error) (Code, string, bool) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return CodeNotFound, "It no longer exists: it may have been deleted. Refresh the list.", true
	case errors.Is(err, store.ErrConflict):
		return CodeConflict, "Something with that name already exists.", true
	}
	return "", "", false
}

// searchInvalid is a search the parser could not read (unknown keyword, bad value, a keyword not
// available offline): invalid_input with the message on the "search" field, which the Tickets
// page shows under its search box. It returns nil for any other error.
func searchInvalid(err error) *codedError {
	var se *search.Error
	if !errors.As(err, &se) {
		return nil
	}
	return &codedError{Code: CodeInvalidInput, Message: se.Message, Fields: map[string]string{"search": se.Message}}
}

// mapSecretsError maps keyring failures to keyring_unavailable with the cause in words.
func mapSecretsError(err error) (Code, string, bool) {
	if errors.Is(err, secrets.ErrUnavailable) {
		return CodeKeyring, "The system keyring could not be used, so nothing was saved. Make sure a keyring " +
			"(for example GNOME Keyring or KWallet) is running and unlocked, then try again. Details: " + err.Error(), true
	}
	if errors.Is(err, secrets.ErrNotFound) {
		return CodeNotFound, "The secret is not in the keyring.", true
	}
	return "", "", false
}

// invalidInput turns field errors into invalid_input with one message per field.
func invalidInput(fe integration.FieldErrors) *codedError {
	msg := "Check the highlighted fields."
	if len(fe) == 1 {
		for _, m := range fe {
			msg = m
		}
	}
	return &codedError{Code: CodeInvalidInput, Message: msg, Fields: map[string]string(fe)}
}

// nameConflict is the conflict error for a taken integration name.
func nameConflict(name string) *codedError {
	msg := fmt.Sprintf("An integration named %q already exists. Choose another name.", name)
	return &codedError{Code: CodeConflict, Message: msg, Fields: map[string]string{integration.FieldName: msg}}
}

// mapAccountError maps a domain with no Zendesk account behind it (checked before a sign-in).
func mapAccountError(err error) (Code, string, bool) {
	var nf *lifecycle.AccountNotFoundError
	if errors.As(err, &nf) {
		return CodeDomainNotFound, nf.Error(), true
	}
	return "", "", false
}
