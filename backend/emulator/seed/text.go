package seed

// Text for seeded tickets and articles, appended straight into byte slices to keep
// generation cheap at a million tickets.

var sentenceTemplates = []string{
	"My %n is %a %f and I tried to %v the %n.",
	"We need to %v the %n %f.",
	"The %n shows %a %n %f.",
	"Could you %v our %n and %v the %n?",
	"It happened %f we had to %v the %n.",
	"Our %n and %n are %a.",
	"Is there a way to %v the %n without a new %n?",
	"The %a %n stops us from working.",
}

var agentTemplates = []string{
	"I have updated the %n for you.",
	"Please %v the %n and try again.",
	"Our team will %v your %n %f.",
	"The %a %n issue was fixed in the latest %n.",
	"Could you send a screenshot of the %n?",
	"I escalated the %a %n to our engineers.",
}

// templateSlot is what a template's %x picks from, and whether the word is capitalised.
type templateSlot struct {
	words   []string
	capital bool
}

// templateSlots are the slots appendTemplate expands; any other %x is written as is.
var templateSlots = [256]templateSlot{
	'n': {nouns, false}, 'N': {nouns, true}, 'v': {verbs, false},
	'a': {adjectives, false}, 'A': {adjectives, true}, 'f': {fillers, false},
}

// appendTemplate expands %n (noun), %v (verb), %a (adjective), %A (capitalised adjective),
// %N (capitalised noun) and %f (filler).
func appendTemplate(b []byte, r *rng, tpl string) []byte {
	for i := 0; i < len(tpl); i++ {
		c := tpl[i]
		if c != '%' || i+1 == len(tpl) {
			b = append(b, c)
			continue
		}
		i++
		slot := templateSlots[tpl[i]]
		if slot.words == nil {
			b = append(b, '%', tpl[i])
			continue
		}
		start := len(b)
		b = append(b, pick(r, slot.words)...)
		if slot.capital && b[start] >= 'a' && b[start] <= 'z' {
			b[start] -= 'a' - 'A'
		}
	}
	return b
}

func seededSubject(r *rng) string {
	var buf [96]byte
	b := appendTemplate(buf[:0], r, pick(r, subjectTemplates))
	if len(b) > 0 && b[0] >= 'a' && b[0] <= 'z' {
		b[0] -= 'a' - 'A'
	}
	return string(b)
}

// seededBody writes a requester's (agent=false) or an agent's message.
func seededBody(r *rng, agent bool) string {
	var buf [640]byte
	b := buf[:0]
	if agent {
		b = append(b, pick(r, agentOpeners)...)
		for n := 1 + r.intn(3); n > 0; n-- {
			b = append(b, ' ')
			b = appendTemplate(b, r, pick(r, agentTemplates))
		}
	} else {
		b = append(b, pick(r, greetings)...)
		b = append(b, "\n\n"...)
		for n := 2 + r.intn(3); n > 0; n-- {
			b = appendTemplate(b, r, pick(r, sentenceTemplates))
			b = append(b, ' ')
		}
		b = b[:len(b)-1]
	}
	b = append(b, "\n\n"...)
	b = append(b, pick(r, closings)...)
	return string(b)
}

// HTMLFromText wraps plain text as Zendesk renders comment bodies.
func HTMLFromText(s string) string {
	b := make([]byte, 0, len(s)+64)
	b = append(b, `<div class="zd-comment" dir="auto"><p>`...)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\n':
			if i+1 < len(s) && s[i+1] == '\n' {
				b = append(b, "</p><p>"...)
				i++
			} else {
				b = append(b, "<br>"...)
			}
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		case '&':
			b = append(b, "&amp;"...)
		case '"':
			b = append(b, "&quot;"...)
		default:
			b = append(b, c)
		}
	}
	b = append(b, "</p></div>"...)
	return string(b)
}
