package record

import "encoding/json"

// Zendesk's via object: {"channel", "source": {"from": {…}, "to": {…}, "rel"}}.

func appendParty(b []byte, p ViaParty) []byte {
	if p.Address == "" && p.Name == "" {
		return append(b, "{}"...)
	}
	b = AppendString(append(b, `{"address":`...), p.Address)
	b = AppendString(append(b, `,"name":`...), p.Name)
	return append(b, '}')
}

func appendVia(b []byte, v Via) []byte {
	b = AppendString(append(b, `{"channel":`...), v.Channel)
	b = appendParty(append(b, `,"source":{"from":`...), v.Source.From)
	b = appendParty(append(b, `,"to":`...), v.Source.To)
	b = append(b, `,"rel":`...)
	if v.Source.Rel == "" {
		b = append(b, "null"...)
	} else {
		b = AppendString(b, v.Source.Rel)
	}
	return append(b, "}}"...)
}

// MarshalJSON encodes v in Zendesk's via shape.
func (v Via) MarshalJSON() ([]byte, error) { return appendVia(nil, v), nil }

// UnmarshalJSON reads Zendesk's via shape.
func (v *Via) UnmarshalJSON(data []byte) error {
	var raw struct {
		Channel string `json:"channel"`
		Source  struct {
			From ViaParty `json:"from"`
			To   ViaParty `json:"to"`
			Rel  *string  `json:"rel"`
		} `json:"source"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	v.Channel, v.Source.From, v.Source.To = raw.Channel, raw.Source.From, raw.Source.To
	if raw.Source.Rel != nil {
		v.Source.Rel = *raw.Source.Rel
	}
	return nil
}
