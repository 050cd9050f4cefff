package seed

import "zensync/backend/emulator/record"

// UserOK finds a seeded user by id.
func (ds *Dataset) UserOK(id int64) (record.User, bool) {
	i := id - UserBase - 1
	if i < 0 || i >= int64(len(ds.Users)) {
		return record.User{}, false
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
