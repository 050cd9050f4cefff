package wire

import "encoding/json"

// Via says how a ticket or comment was created (Zendesk's via object):
// {"channel": …, "source": {"from": {…}, "to": {…}, "rel": …}}.
type Via struct {
	Channel string    `json:"channel"`
	Source  ViaSource `json:"source"`
}

// ViaSource is the via object's source; empty parties are {} and an empty Rel is null.
type ViaSource struct {
	From ViaParty `json:"from"`
	To   ViaParty `json:"to"`
	Rel  string   `json:"rel"`
}

// ViaParty is one end of a via source: an email address and name, or nothing. Other channels'
// parties (phone numbers, merged tickets, …) read as nothing.
type ViaParty struct {
	Address string `json:"address,omitempty"`
	Name    string `json:"name,omitempty"`
}

// viaJSON is the via object as Zendesk writes it.
type viaJSON struct {
	Channel string `json:"channel"`
	Source  struct {
		From ViaParty `json:"from"`
		To   ViaParty `json:"to"`
		Rel  *string  `json:"rel"`
	} `json:"source"`
}

// MarshalJSON writes v in Zendesk's via shape.
func (v Via) MarshalJSON() ([]byte, error) {
	var out viaJSON
	out.Channel, out.Source.From, out.Source.To = v.Channel, v.Source.From, v.Source.To
	if v.Source.Rel != "" {
		out.Source.Rel = &v.Source.Rel
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads Zendesk's via shape. Only the channel must be well-formed: a source of a
// shape not described here reads as empty rather than failing the record it is in.
func (v *Via) UnmarshalJSON(data []byte) error {
	var raw viaJSON
	if err := json.Unmarshal(data, &raw); err != nil { // rare: read the channel alone
		var head struct {
			Channel string `json:"channel"`
		}
		if err := json.Unmarshal(data, &head); err != nil {
			return err
		}
		*v = Via{Channel: head.Channel}
		return nil
	}
	*v = Via{Channel: raw.Channel, Source: ViaSource{From: raw.Source.From, To: raw.Source.To}}
	if raw.Source.Rel != nil {
		v.Source.Rel = *raw.Source.Rel
	}
	return nil
}
