package control_test

import (
	"io"
	"strings"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/emulator/control"
	"zensync/backend/emulator/emutest"
)

// A web page open in the developer's browser can send "simple" requests (form posts, fetch with
// text/plain) to the emulator on 127.0.0.1 without a CORS preflight; the control API must refuse
// them, and still serve the JSON callers (Go tests, the e2e suite, scripts).
func TestControlAPIRefusesCrossSiteRequests(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 3})
	own := e.TS.URL // http://127.0.0.1:<port>
	cases := []struct {
		name, method, path, contentType, body string
		headers                               map[string]string
		want                                  int
		wantMsg                               string
	}{
		{name: "a text/plain POST to /tokens (a fetch from a web page) is refused",
			method: "POST", path: "/_emulator/acme/tokens", contentType: "text/plain", body: `{"scope":"read write"}`,
			want: 403, wantMsg: control.ContentTypeMessage},
		{name: "a form POST to /oauth_clients is refused",
			method: "POST", path: "/_emulator/acme/oauth_clients", contentType: "application/x-www-form-urlencoded",
			body: "identifier=evil&kind=public", want: 403, wantMsg: control.ContentTypeMessage},
		{name: "a multipart POST to /faults is refused",
			method: "POST", path: "/_emulator/acme/faults", contentType: "multipart/form-data; boundary=x",
			body: "--x--", want: 403, wantMsg: control.ContentTypeMessage},
		{name: "a POST with a body and no Content-Type is refused",
			method: "POST", path: "/_emulator/acme/faults", body: `{"kind":"status","status":503}`,
			want: 403, wantMsg: control.ContentTypeMessage},
		{name: "a PUT with text/plain is refused",
			method: "PUT", path: "/_emulator/acme/rate-limits", contentType: "text/plain", body: `{"per_minute":0}`,
			want: 403, wantMsg: control.ContentTypeMessage},
		{name: "an empty form POST to /reset is refused by its Content-Type",
			method: "POST", path: "/_emulator/acme/reset", contentType: "application/x-www-form-urlencoded",
			want: 403, wantMsg: control.ContentTypeMessage},
		{name: "JSON from another origin is refused",
			method: "POST", path: "/_emulator/acme/tokens", contentType: "application/json", body: `{}`,
			headers: map[string]string{"Origin": "https://evil.example"}, want: 403, wantMsg: control.CrossSiteMessage},
		{name: "JSON from an opaque origin (null) is refused",
			method: "POST", path: "/_emulator/acme/faults", contentType: "application/json", body: `{"kind":"status","status":503}`,
			headers: map[string]string{"Origin": "null"}, want: 403, wantMsg: control.CrossSiteMessage},
		{name: "another port on loopback is another origin",
			method: "DELETE", path: "/_emulator/acme/faults",
			headers: map[string]string{"Origin": "http://127.0.0.1:1"}, want: 403, wantMsg: control.CrossSiteMessage},
		{name: "Sec-Fetch-Site cross-site is refused, even on a body-less POST",
			method: "POST", path: "/_emulator/acme/tokens/expire",
			headers: map[string]string{"Sec-Fetch-Site": "cross-site"}, want: 403, wantMsg: control.CrossSiteMessage},
		{name: "Sec-Fetch-Site same-site is refused",
			method: "POST", path: "/_emulator/acme/reset", contentType: "application/json",
			headers: map[string]string{"Sec-Fetch-Site": "same-site"}, want: 403, wantMsg: control.CrossSiteMessage},
		{name: "a cross-site GET is refused too (it could read state through a rebinding page)",
			method: "GET", path: "/_emulator/acme/outbox",
			headers: map[string]string{"Sec-Fetch-Site": "cross-site"}, want: 403, wantMsg: control.CrossSiteMessage},
		{name: "a body-less DELETE without browser signals works",
			method: "DELETE", path: "/_emulator/acme/faults", want: 204},
		{name: "a JSON POST without browser signals works",
			method: "POST", path: "/_emulator/acme/tokens", contentType: "application/json", body: `{"scope":"read"}`,
			want: 200},
		{name: "application/json with a charset works",
			method: "POST", path: "/_emulator/acme/faults", contentType: "application/json; charset=utf-8",
			body: `{"kind":"status","status":503,"count":1,"path_prefix":"/api/v2/nothing"}`, want: 201},
		{name: "JSON from the emulator's own origin works",
			method: "PUT", path: "/_emulator/acme/rate-limits", contentType: "application/json", body: `{"per_minute":700}`,
			headers: map[string]string{"Origin": own, "Sec-Fetch-Site": "same-origin"}, want: 200},
		{name: "a GET without a Content-Type works",
			method: "GET", path: "/_emulator/acme/state", want: 200},
		{name: "a page typed in the address bar (Sec-Fetch-Site none) works",
			method: "GET", path: "/_emulator/acme/outbox", headers: map[string]string{"Sec-Fetch-Site": "none"}, want: 200},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var body io.Reader
			if c.body != "" {
				body = strings.NewReader(c.body)
			}
			status, _, raw := e.Raw(e.TS.Client(), c.method, own+c.path, c.contentType, body, c.headers)
			if status != c.want {
				t.Fatalf("status %d, want %d: %s", status, c.want, raw)
			}
			if c.wantMsg != "" && !strings.Contains(string(raw), c.wantMsg) {
				t.Fatalf("body %s, want the fixed message %q", raw, c.wantMsg)
			}
			if c.want == 403 && strings.Contains(string(raw), "evil") {
				t.Fatalf("the refusal echoes the request: %s", raw)
			}
		})
	}
	t.Run("refused requests change nothing", func(t *testing.T) {
		got := e.Acct.State().Faults
		if len(got) != 1 || got[0].PathPrefix != "/api/v2/nothing" {
			t.Fatalf("faults: %+v, want only the one posted as JSON", got)
		}
	})
}
