package integration

// RuleSet is the form's rules as data. The front end reads them from
// frontend/src/api/rules.json, which rules_shared_test.go keeps equal to Rules() (run it with
// -update after a change here), so the form's numbers have one source.
type RuleSet struct {
	Capabilities          []CapabilityRule `json:"capabilities"`
	MaxNameLength         int              `json:"maxNameLength"`
	MaxDomainLength       int              `json:"maxDomainLength"`
	MaxClientIDLength     int              `json:"maxClientIdLength"`
	MaxClientSecretLength int              `json:"maxClientSecretLength"`
	MinPollInterval       int              `json:"minPollInterval"`
	MaxPollInterval       int              `json:"maxPollInterval"`
	DefaultPollInterval   int              `json:"defaultPollInterval"`
	DomainSuffix          string           `json:"domainSuffix"`
	LocalePattern         string           `json:"localePattern"`
}

// CapabilityRule names a capability and the fields its form requires.
type CapabilityRule struct {
	Value          Capability `json:"value"`
	DisplayName    string     `json:"displayName"`
	RequiredFields []string   `json:"requiredFields"`
}

// RequiredFields lists the field keys the form must fill for capability c.
func RequiredFields(c Capability) []string {
	if c.NeedsOAuthSetup() {
		return []string{FieldName, FieldCapability, FieldDomain, FieldPullRecordBy, FieldOAuthClientID}
	}
	return []string{FieldName, FieldCapability, FieldDomain}
}

// Rules returns the rules the form checks before it asks Go to save.
func Rules() RuleSet {
	rs := RuleSet{
		MaxNameLength:         MaxNameLength,
		MaxDomainLength:       MaxDomainLength,
		MaxClientIDLength:     MaxClientIDLength,
		MaxClientSecretLength: MaxClientSecretLength,
		MinPollInterval:       MinPollInterval,
		MaxPollInterval:       MaxPollInterval,
		DefaultPollInterval:   DefaultPollIntervalMinutes,
		DomainSuffix:          ZendeskSuffix,
		LocalePattern:         localePattern.String(),
	}
	for _, c := range Capabilities {
		rs.Capabilities = append(rs.Capabilities, CapabilityRule{Value: c, DisplayName: c.DisplayName(), RequiredFields: RequiredFields(c)})
	}
	return rs
}
