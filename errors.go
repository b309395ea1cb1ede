package govsearch

import (
	"errors"
	"fmt"
)

// Error codes that cross package lines. The server maps them to HTTP
// statuses in one place.
const (
	EInvalid     = "bad_request" // the caller sent something wrong
	ENotFound    = "not_found"   // no such document or index
	EUnavailable = "unavailable" // overloaded or not ready; try again later
	ETimeout     = "timeout"     // the request ran out of time
	EForbidden   = "forbidden"   // a cross-origin request from an origin not allowed
	EInternal    = "internal"    // a bug or an I/O failure; details go to the log
	// EShardUnavailable: a shard of a cluster has no live replica, so an
	// answer would be incomplete.
	EShardUnavailable = "shard_unavailable"
)

// Error is an error with a machine-readable code and a message meant for
// the person who sent the request.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, or
// EInternal for any other error, or "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the human message of the first *Error in err's
// chain, or a generic message for any other error: internal details are
// never shown to clients.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
