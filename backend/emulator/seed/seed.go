// Package seed builds an account's records from a Config: users, organizations, groups and Help
// Center held as values, tickets generated on demand from their id. The same Config and seed give
// the same records, every time.
package seed

import (
	"fmt"
	"strings"
	"time"

	"zensync/backend/zendesk/wire"
)

// DefaultPassword is the sign-in password of every seeded user unless Config.Password says
// otherwise.
const DefaultPassword = "zensync-demo"

// Id ranges keep record kinds apart, so a test that mixes them up fails.
const (
	UserBase    int64 = 1_000_000
	OrgBase     int64 = 2_000_000
	GroupBase   int64 = 3_000_000
	ArticleBase int64 = 4_000_000
	SectionBase int64 = 5_000_000
	CatBase     int64 = 6_000_000
	BrandID     int64 = 7_000_001
)

// Config says what an account is seeded with. Zero fields take the defaults below.
type Config struct {
	Seed          int64  `json:"seed"`          // random seed (0 = 1)
	Tickets       int    `json:"tickets"`       // default 5000; -1 = none
	Users         int    `json:"users"`         // default 300 (at least 3: admin, agent, end-user)
	Organizations int    `json:"organizations"` // default 60
	Groups        int    `json:"groups"`        // default 6
	Articles      int    `json:"articles"`      // default 120; -1 = none
	NoHelpCenter  bool   `json:"no_help_center"`
	Password      string `json:"password"` // default DefaultPassword
}

func (c Config) WithDefaults() Config {
	def := func(v *int, d, min int) {
		switch {
		case *v == 0:
			*v = d
		case *v < 0:
			*v = 0
		}
		if *v < min {
			*v = min
		}
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	def(&c.Tickets, 5000, 0)
	def(&c.Users, 300, 3)
	def(&c.Organizations, 60, 1)
	def(&c.Groups, 6, 1)
	def(&c.Articles, 120, 0)
	if c.Password == "" {
		c.Password = DefaultPassword
	}
	return c
}

// Dataset is an account's seeded records. Users, organizations, groups and Help Center are
// small and held as values; tickets are generated on demand (ticket.go). Never mutated
// after Build: changes live in the account's tickets.Store.
type Dataset struct {
	Config    Config
	subdomain string
	// Seeded ticket i (1-based) is created in [start+(i-1)*step, start+i*step).
	Start time.Time
	step  time.Duration
	end   time.Time // no seeded record changes after end

	Users    []wire.User
	ByEmail  map[string]int
	Agents   []int64
	EndUsers []int64
	Orgs     []wire.Organization
	Groups   []wire.Group
	HC       *HelpCenter
}

// seedSpan is how far back seeded history reaches.
const seedSpan = 2 * 365 * 24 * time.Hour

func Build(cfg Config, subdomain string, now time.Time) *Dataset {
	end := now.UTC().Add(-time.Hour).Truncate(time.Minute)
	ds := &Dataset{Config: cfg, subdomain: subdomain, Start: end.Add(-seedSpan), end: end}
	if cfg.Tickets > 0 {
		ds.step = seedSpan / time.Duration(cfg.Tickets)
	}
	ds.Groups = seedGroups(cfg, ds.Start, end)
	ds.Orgs = seedOrgs(cfg, ds.Start, end)
	ds.seedUsers()
	ds.HC = seedHelpCenter(cfg, ds.Start, end)
	return ds
}

// spread gives record i of n a time in [start, end) that increases with i.
func spread(start, end time.Time, i, n int) time.Time {
	span := end.Sub(start)
	return start.Add(span / time.Duration(n+1) * time.Duration(i)).Truncate(time.Second)
}

// monotoneLag is a random update delay short enough that updated_at still increases with id.
func monotoneLag(r *rng, start, end time.Time, n int) time.Duration {
	slot := int(end.Sub(start) / time.Duration(n+1) / time.Second / 2)
	return time.Duration(r.intn(max(slot, 1))) * time.Second
}

func (ds *Dataset) seedUsers() {
	cfg := ds.Config
	ds.ByEmail = make(map[string]int, cfg.Users)
	nAgents := max(2, cfg.Users/10)
	for i := 1; i <= cfg.Users; i++ {
		r := rngFor(cfg.Seed, int64(i), 7)
		first, last := pick(&r, firstNames), pick(&r, lastNames)
		u := wire.User{
			ID: UserBase + int64(i), Active: true, TimeZone: pick(&r, timeZones), Locale: "en-US",
			Tags: []string{}, UserFields: map[string]any{"plan": pick(&r, plans)},
		}
		u.CreatedAt = spread(ds.Start, ds.end, i, cfg.Users+1)
		u.UpdatedAt = u.CreatedAt.Add(monotoneLag(&r, ds.Start, ds.end, cfg.Users+1))
		switch {
		case i == 1:
			u.Name, u.Role, u.Email = "Avery Admin", "admin", "admin@"+ds.subdomain+".test"
			u.Tags = []string{"owner"}
		case i <= 1+nAgents:
			u.Name, u.Role = first+" "+last, "agent"
			u.Email = fmt.Sprintf("agent%d@%s.test", i-1, ds.subdomain)
			ds.Agents = append(ds.Agents, u.ID)
		default:
			org := ds.Orgs[(i-2-nAgents)%len(ds.Orgs)]
			oid := org.ID
			u.Name, u.Role, u.OrganizationID = first+" "+last, "end-user", &oid
			u.Email = fmt.Sprintf("%s.%s%d@%s", strings.ToLower(first), strings.ToLower(last), i, org.DomainNames[0])
			u.Tags = []string{pick(&r, userTags)}
			if r.pct(30) {
				p := fmt.Sprintf("+1-555-%04d", r.intn(10000))
				u.Phone = &p
			}
			if r.pct(3) {
				u.Suspended = true
			}
			ds.EndUsers = append(ds.EndUsers, u.ID)
		}
		ds.ByEmail[u.Email] = len(ds.Users)
		ds.Users = append(ds.Users, u)
	}
	if len(ds.EndUsers) == 0 { // tiny seeds: the admin requests too
		ds.EndUsers = []int64{ds.Users[0].ID}
	}
}

func seedOrgs(cfg Config, start, end time.Time) []wire.Organization {
	out := make([]wire.Organization, 0, cfg.Organizations)
	for i := 1; i <= cfg.Organizations; i++ {
		r := rngFor(cfg.Seed, int64(i), 8)
		name := pick(&r, companyWords) + " " + pick(&r, companySuffixes)
		if i > len(companyWords) {
			name = fmt.Sprintf("%s %d", name, i)
		}
		slug := strings.ToLower(strings.NewReplacer(" ", "-", "&", "and").Replace(name))
		gid := GroupBase + 1 + int64(r.intn(cfg.Groups))
		o := wire.Organization{
			ID: OrgBase + int64(i), Name: name, DomainNames: []string{slug + ".example"},
			Details: pick(&r, orgDetails), Notes: "", GroupID: &gid,
			Tags:               []string{pick(&r, orgTags)},
			OrganizationFields: map[string]any{"tier": pick(&r, plans)},
		}
		o.CreatedAt = spread(start, end, i, cfg.Organizations+1)
		o.UpdatedAt = o.CreatedAt.Add(monotoneLag(&r, start, end, cfg.Organizations+1))
		out = append(out, o)
	}
	return out
}

func seedGroups(cfg Config, start, end time.Time) []wire.Group {
	out := make([]wire.Group, 0, cfg.Groups)
	for i := 1; i <= cfg.Groups; i++ {
		name := groupNames[(i-1)%len(groupNames)]
		if i > len(groupNames) {
			name = fmt.Sprintf("%s %d", name, i)
		}
		g := wire.Group{ID: GroupBase + int64(i), Name: name, Description: name + " team", Default: i == 1}
		g.CreatedAt = spread(start, end, i, cfg.Groups+1)
		g.UpdatedAt = g.CreatedAt
		out = append(out, g)
	}
	return out
}
