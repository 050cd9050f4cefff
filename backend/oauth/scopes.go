package oauth

import "zensync/backend/integration"

// ScopesFor is the narrowest set of OAuth scopes a capability needs, as Zendesk names them:
//   - Helpdesk and CRM read everything they sync ("read": tickets, comments, users,
//     organizations, groups, the incremental exports, users/me) and write only their webhook
//     ("webhooks:write": create, update, delete, test it). They never change tickets or users.
//   - Content Management only reads ("read": the Help Center and users/me for Test Connection);
//     it registers no webhook, so its Allow page asks for no write access at all.
//
// A token granted earlier with "read write" keeps working: it covers both.
func ScopesFor(c integration.Capability) []string {
	if c == integration.ContentManagement {
		return []string{"read"}
	}
	return []string{"read", "webhooks:write"}
}

// scopesFor is the Manager's choice for an integration: a fixed list when one was configured
// (ManagerConfig.Scopes), else ScopesFor its capability.
func (m *Manager) scopesFor(in integration.Integration) []string {
	if len(m.cfg.Scopes) > 0 {
		return m.cfg.Scopes
	}
	return ScopesFor(in.Capability)
}
