import { Badge } from '@mantine/core';
import { dataApi, type UserRow } from '../../api/data';
import { humanize } from '../../lib/format';
import { DirectoryPage } from './DirectoryPage';
import { DateCell } from './labels';
import type { Column } from './VirtualTable';

function UserState({ user }: { user: UserRow }) {
  if (user.suspended) return <Badge size="sm" color="red" variant="light">Suspended</Badge>;
  if (!user.active) return <Badge size="sm" color="gray" variant="light">Inactive</Badge>;
  return <Badge size="sm" color="teal" variant="light">Active</Badge>;
}

export const userColumns: Column<UserRow>[] = [
  { id: 'id', header: 'ID', width: '80px', render: (u) => `#${u.id}` },
  { id: 'name', header: 'Name', width: 'minmax(150px, 2fr)', render: (u) => u.name || '—' },
  { id: 'email', header: 'Email', width: 'minmax(180px, 2fr)', render: (u) => u.email || '—' },
  { id: 'role', header: 'Role', width: '90px', render: (u) => (u.role ? humanize(u.role) : '—') },
  { id: 'org', header: 'Organization', width: 'minmax(140px, 1.5fr)', render: (u) => u.organizationName || '—' },
  { id: 'state', header: 'State', width: '100px', render: (u) => <UserState user={u} /> },
  { id: 'updated', header: 'Updated', width: '96px', render: (u) => <DateCell iso={u.updatedAt} /> },
];

/** UsersPage lists synced users (CRM and Helpdesk) from the local database. */
export function UsersPage() {
  return (
    <DirectoryPage
      kind="users"
      title="Users"
      one="user"
      many="users"
      columns={userColumns}
      fetch={dataApi.users}
      detail={{
        title: (u) => u.name || `User #${u.id}`,
        facts: (u) => [
          ['Email', u.email],
          ['Role', u.role ? humanize(u.role) : ''],
          ['Organization', u.organizationName],
          ['State', <UserState key="state" user={u} />],
        ],
      }}
    />
  );
}
