package integration

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
)

// ZendeskSuffix is the host suffix of every Zendesk account: <subdomain>.zendesk.com.
const ZendeskSuffix = ".zendesk.com"

// MaxDomainLength is the longest subdomain a DNS label allows.
const MaxDomainLength = 63

// ErrInvalidDomain is matched (errors.Is) by every *DomainError.
var ErrInvalidDomain = errors.New("invalid Zendesk domain")

// DomainError says why a typed or pasted domain cannot be a Zendesk subdomain and what to do.
type DomainError struct {
	Input   string
	Message string
}

func (e *DomainError) Error() string        { return e.Message }
func (e *DomainError) Is(target error) bool { return target == ErrInvalidDomain }

// Host is the Zendesk host of a core subdomain: Host("acme") == "acme.zendesk.com".
func Host(subdomain string) string { return subdomain + ZendeskSuffix }

// otherServices names hosts admins paste by mistake, so the message can name the service.
var otherServices = map[string]string{
	"freshdesk.com":     "Freshdesk",
	"freshservice.com":  "Freshservice",
	"salesforce.com":    "Salesforce",
	"force.com":         "Salesforce",
	"hubspot.com":       "HubSpot",
	"intercom.io":       "Intercom",
	"helpscoutdocs.com": "Help Scout",
	"atlassian.net":     "Atlassian",
	"zoho.com":          "Zoho",
	"gorgias.com":       "Gorgias",
}

// NormalizeDomain turns what an admin types or pastes into the core Zendesk subdomain:
// "https://Acme.zendesk.com/agent/tickets/5", "acme.zendesk.com" and " acme " all give "acme".
// Anything that cannot be a Zendesk subdomain returns a *DomainError whose message says why
// and what to enter instead. The rules are listed in the package documentation.
func NormalizeDomain(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	fail := func(format string, args ...any) (string, error) {
		return "", &DomainError{Input: raw, Message: fmt.Sprintf(format, args...)}
	}
	if s == "" {
		return fail("Enter your Zendesk domain: the name before .zendesk.com, for example acme for acme.zendesk.com.")
	}
	host, msg := hostOf(s)
	if msg != "" {
		return fail("%s", msg)
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	label := host
	if strings.Contains(host, ".") {
		switch {
		case host == "zendesk.com" || host == "www.zendesk.com":
			return fail("%s is Zendesk's own website. Enter your account's name, the part before .zendesk.com (for example acme).", host)
		case strings.HasSuffix(host, ZendeskSuffix):
			label = strings.TrimSuffix(host, ZendeskSuffix)
			if strings.Contains(label, ".") {
				return fail("%s has more than one name before .zendesk.com. Enter only your account's name, for example acme for acme.zendesk.com.", host)
			}
		default:
			if svc := otherService(host); svc != "" {
				return fail("%s is a %s address, not a Zendesk one. Enter your Zendesk account's name, the part before .zendesk.com.", host, svc)
			}
			return fail("%s is not a .zendesk.com address. If it is a host-mapped brand domain, use the *.zendesk.com name shown in Admin Center → Account → Brand management (for example acme for acme.zendesk.com).", host)
		}
	}
	return checkLabel(label)
}

// hostOf strips a scheme, user, path, query, fragment and port; msg explains a refusal.
func hostOf(s string) (host, msg string) {
	if strings.ContainsAny(s, " \t\r\n") {
		return "", "A Zendesk domain has no spaces. Enter only your account's name, for example acme."
	}
	if i := strings.Index(s, "://"); i >= 0 {
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return "", "That address cannot be read. Enter only your account's name, for example acme."
		}
		if u.Scheme != "http" && u.Scheme != "https" {
			return "", fmt.Sprintf("%q is not a web address. Enter only your account's name, for example acme.", s)
		}
		return u.Hostname(), ""
	}
	if strings.Contains(s, "@") {
		return "", "That looks like an email address. Enter the Zendesk domain only, for example acme for acme.zendesk.com."
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if h, port, err := net.SplitHostPort(s); err == nil && port != "" {
		s = h
	}
	return s, ""
}

func otherService(host string) string {
	for suffix, name := range otherServices {
		if host == suffix || strings.HasSuffix(host, "."+suffix) {
			return name
		}
	}
	return ""
}

// checkLabel applies the DNS label rules to a lower-cased subdomain.
func checkLabel(label string) (string, error) {
	fail := func(format string, args ...any) (string, error) {
		return "", &DomainError{Input: label, Message: fmt.Sprintf(format, args...)}
	}
	if label == "" {
		return fail("Enter your Zendesk domain: the name before .zendesk.com, for example acme.")
	}
	for _, r := range label {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return fail("%q contains %q: a Zendesk domain has only letters, digits and hyphens. Check the name in Admin Center → Account → Brand management.", label, string(r))
		}
	}
	if len(label) > MaxDomainLength {
		return fail("%q is %d characters long; a Zendesk domain has at most %d. Enter only your account's name, for example acme.", label, len(label), MaxDomainLength)
	}
	if strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
		return fail("%q starts or ends with a hyphen, which a Zendesk domain never does. Check for a typing mistake.", label)
	}
	return label, nil
}
