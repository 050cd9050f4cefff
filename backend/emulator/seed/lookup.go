package seed

import "zensync/backend/zendesk/wire"

// UserOK finds a seeded user by id.
func (ds *Dataset) UserOK(id int64) (wire.User, bool) {
	i := id - UserBase - 1
	if i < 0 || i >= int64(len(ds.Users)) {
		return wire.User{}, false
	}
	return ds.Users[i], true
}

// GroupIndex is the index of the group with id in Groups, or -1.
func (ds *Dataset) GroupIndex(id int64) int {
	i := int(id - GroupBase - 1)
	if i < 0 || i >= len(ds.Groups) {
		return -1
	}
	return i
}

// OrgIndex is the index of the organization with id in Orgs, or -1.
func (ds *Dataset) OrgIndex(id int64) int {
	i := int(id - OrgBase - 1)
	if i < 0 || i >= len(ds.Orgs) {
		return -1
	}
	return i
}
