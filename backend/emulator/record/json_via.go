package record

import "zensync/backend/zendesk/wire"

// Zendesk's via object: {"channel", "source": {"from": {…}, "to": {…}, "rel"}}, written as
// wire.Via's MarshalJSON writes it.

func appendParty(b []byte, p wire.ViaParty) []byte {
	b = append(b, '{')
	if p.Address != "" {
		b = AppendString(append(b, `"address":`...), p.Address)
	}
	if p.Name != "" {
		if p.Address != "" {
			b = append(b, ',')
		}
		b = AppendString(append(b, `"name":`...), p.Name)
	}
	return append(b, '}')
}

func appendVia(b []byte, v wire.Via) []byte {
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
