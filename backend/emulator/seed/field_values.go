package seed

import (
	"encoding/json"
	"fmt"
	"time"

	"zensync/backend/emulator/record"
	"zensync/backend/zendesk/wire"
)

// satisfactionComments are what rated seeded tickets say ("" = rated without a comment).
var satisfactionComments = []string{"", "Thanks, that fixed it.", "Quick and friendly.", "Took too long.", "Still not working."}

// seedFieldValues gives seeded ticket t its form, brand, the custom fields Zendesk lists on every
// ticket (null when unset; values as Zendesk sends them: option values for dropdowns, a list
// for multiselect, a bool for checkboxes, "YYYY-MM-DD" for dates, a string for integers) and,
// when solved or closed, sometimes a satisfaction rating. plan and ref are drawn by the caller
// (they predate these fields). Draws use their own random stream, so adding them changed
// nothing else about a seeded ticket.
func (ds *Dataset) seedFieldValues(t *record.Ticket, plan, ref any) {
	r := rngFor(ds.Config.Seed, t.ID, 4)
	form := pick(&r, []int64{formDefault, formDefault, formBilling, formEscalation})
	t.TicketFormID = &form
	if r.pct(20) {
		t.BrandID = brandLabsID
	}
	var escalated, followUp, seats, products any
	switch form {
	case formBilling:
		seats = fmt.Sprint(1 + r.intn(500))
		products = seedProducts(&r)
	case formEscalation:
		escalated = r.pct(70)
		followUp = t.CreatedAt.Add(time.Duration(1+r.intn(14)) * 24 * time.Hour).Format(time.DateOnly)
		products = seedProducts(&r)
	}
	t.CustomFields = []wire.CustomField{
		{ID: customFieldPlan, Value: plan}, {ID: customFieldRef, Value: ref},
		{ID: customFieldEscalated, Value: escalated}, {ID: customFieldFollowUp, Value: followUp},
		{ID: customFieldSeats, Value: seats}, {ID: customFieldProducts, Value: products},
	}
	if (t.Status == "solved" || t.Status == "closed") && r.pct(30) {
		t.SatisfactionRating, _ = json.Marshal(satisfactionRating{
			ID: seedSatisfactionBase + t.ID, Score: pick(&r, []string{"good", "good", "bad"}),
			Comment: pick(&r, satisfactionComments),
		})
	}
}

const seedSatisfactionBase int64 = 500_000_000_000

// satisfactionRating is a ticket's satisfaction_rating object.
type satisfactionRating struct {
	ID      int64  `json:"id"`
	Score   string `json:"score"`
	Comment string `json:"comment"`
}

func seedProducts(r *rng) []string {
	out := []string{}
	for _, o := range productOptions {
		if r.pct(35) {
			out = append(out, o.Value)
		}
	}
	if len(out) == 0 {
		out = append(out, productOptions[r.intn(len(productOptions))].Value)
	}
	return out
}
