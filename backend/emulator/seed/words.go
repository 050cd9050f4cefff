package seed

import "strings"

// The vocabulary seeded records are written with: a few hundred support-desk words, so that
// full-text search over synced tickets and articles has something to find.

var firstNames = strings.Fields(`Ada Alan Alice Amara Ana Ben Bianca Carlos Chen Chloe Dana David
Elena Emil Eva Farah Felix Grace Hana Hugo Ines Isaac Ivan Jade James Jon Kai Kenji Lara Leo Lina
Lucas Maya Mila Nadia Nina Noah Omar Oscar Paula Priya Quinn Rafael Rosa Sam Sara Sofia Tariq Theo
Uma Victor Wei Yara Yusuf Zoe`)

var lastNames = strings.Fields(`Abara Berg Castillo Dubois Eriksen Fischer Garcia Haddad Ito Jensen
Kowalski Larsen Mendes Nakamura Okafor Petrov Quintero Rossi Schmidt Tanaka Ueda Varga Weber Xu
Yilmaz Zhang Moreau Novak Silva Costa Ahmed Brennan Clarke Duarte Evans Ferreira Gupta Holm`)

var timeZones = []string{"UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo", "Europe/London", "America/Los_Angeles", "Australia/Sydney"}

var plans = []string{"free", "starter", "growth", "enterprise"}

var userTags = []string{"vip", "beta", "newsletter", "partner", "trial", "churn_risk"}

var companyWords = strings.Fields(`Acme Globex Initech Umbrella Hooli Stark Wayne Wonka Tyrell Cyberdyne
Soylent Aperture Massive Vandelay Pied Oscorp Gringotts Monarch Nakatomi Prestige Dunder Sterling
Bluth Kramerica Vehement Ollivander Gekko Duff Krusty Planet Northwind Contoso Fabrikam Tailspin
Litware Adatum Proseware Lucerne Margie Wingtip Alpine Fourth Coho Woodgrove Trey Relecloud`)

var companySuffixes = []string{"Labs", "Logistics", "Systems", "Foods", "Retail", "Health", "Media", "Energy", "Travel", "Bank"}

var orgDetails = []string{"Key account", "Annual contract", "Pilot customer", "Reseller", "Monthly plan", "Public sector"}

var orgTags = []string{"enterprise", "smb", "emea", "apac", "americas", "strategic"}

var groupNames = []string{"Support", "Billing", "Escalations", "Tier 2", "Onboarding", "Hardware", "Returns", "Security"}

var ticketTags = strings.Fields(`billing refund login password invoice shipping delivery damaged
upgrade downgrade cancellation bug feature_request api integration mobile android ios sso export
import report outage performance security gdpr vip urgent_followup warranty return exchange
onboarding training`)

var nouns = strings.Fields(`account invoice password order shipment package refund subscription
plan license printer router laptop phone tablet app dashboard report export import integration
webhook token certificate firewall server database backup calendar email notification badge card
payment receipt discount coupon warranty battery charger screen keyboard mouse headset camera
microphone update firmware driver browser extension cart checkout profile address voucher
contract quote renewal trial upgrade downgrade migration sync folder file attachment spreadsheet
document signature form survey ticket macro trigger automation view widget chat call voicemail
message inbox filter label workflow pipeline deployment release version patch plugin theme
template language translation timezone currency tax shipping label tracking delivery courier
warehouse inventory stock catalog product bundle gift loyalty points membership reservation
booking appointment schedule shift roster payroll expense budget forecast analytics metric
username login session cookie cache proxy domain subdomain mailbox alias signature spam
attachment thumbnail avatar banner logo invoice_number receipt statement balance credit debit
transfer wallet bank card_reader terminal kiosk scanner barcode label_printer speaker monitor
projector cable adapter dock hub modem antenna sensor thermostat camera_feed doorbell lock`)

var verbs = strings.Fields(`reset update cancel refund export import sync connect install
uninstall configure upgrade downgrade renew transfer merge verify activate deactivate restore
delete archive download upload print scan share approve reject schedule reschedule track ship
return exchange replace repair charge bill invoice migrate enable disable unlock recover open`)

var adjectives = strings.Fields(`broken missing duplicate wrong slow expired locked blank corrupted
delayed damaged incorrect unexpected frozen failed partial stuck invalid outdated blurry noisy
unreadable intermittent recurring urgent overdue unpaid declined pending suspended
misaligned overheating flickering disconnected unresponsive truncated misspelled mislabeled
overcharged undelivered unsigned unverified encrypted greyed-out`)

var fillers = strings.Fields(`after before during since when while yesterday today again still
already every morning recently suddenly sometimes always never`)

var subjectTemplates = []string{
	"Cannot %v my %n",
	"%A %n after %n %v",
	"How do I %v the %n?",
	"%n is %a since the last %n",
	"Please %v %n for our %n",
	"Question about %n and %n",
	"%A %n on %n",
	"Request to %v %n",
	"Error when trying to %v %n",
	"%n keeps showing %a %n",
}

var greetings = []string{"Hello,", "Hi team,", "Good morning,", "Hi there,", "Dear support,"}

var closings = []string{"Thanks!", "Best regards.", "Thank you for your help.", "Cheers.", "Kind regards."}

var agentOpeners = []string{
	"Thanks for reaching out.", "I am sorry for the trouble.", "Thanks for the details.",
	"I have looked into this for you.", "Good news:",
}
