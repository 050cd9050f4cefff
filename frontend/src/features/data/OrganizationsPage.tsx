import { dataApi, type OrganizationRow } from '../../api/data';
import { DirectoryPage } from './DirectoryPage';
import { DateCell, formatNumber, Tags } from './labels';
import type { Column } from './VirtualTable';

export const organizationColumns: Column<OrganizationRow>[] = [
  { id: 'id', header: 'ID', width: '80px', render: (o) => `#${o.id}` },
  { id: 'name', header: 'Name', width: 'minmax(160px, 2fr)', render: (o) => o.name || '—' },
  { id: 'domains', header: 'Domains', width: 'minmax(150px, 2fr)', render: (o) => (o.domainNames ?? []).join(', ') || '—' },
  { id: 'tags', header: 'Tags', width: 'minmax(140px, 1.5fr)', render: (o) => <Tags tags={o.tags} max={2} /> },
  { id: 'users', header: 'Users', width: '90px', render: (o) => formatNumber(o.userCount) },
  { id: 'updated', header: 'Updated', width: '96px', render: (o) => <DateCell iso={o.updatedAt} /> },
];

/** OrganizationsPage lists synced organizations from the local database. */
export function OrganizationsPage() {
  return (
    <DirectoryPage
      kind="organizations"
      title="Organizations"
      one="organization"
      many="organizations"
      columns={organizationColumns}
      fetch={dataApi.organizations}
      detail={{
        title: (o) => o.name || `Organization #${o.id}`,
        facts: (o) => [
          ['Domains', (o.domainNames ?? []).join(', ')],
          ['Tags', (o.tags ?? []).length > 0 ? <Tags key="tags" tags={o.tags} /> : ''],
          ['Users', formatNumber(o.userCount)],
        ],
      }}
    />
  );
}
