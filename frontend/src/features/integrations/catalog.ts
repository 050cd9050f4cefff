/** The integrations Zensync offers in "+ Add Integration". Only Zendesk is available today. */
export interface CatalogEntry {
  id: string;
  name: string;
  summary: string;
  keywords: string[];
  available: boolean;
}

export const catalog: CatalogEntry[] = [
  {
    id: 'zendesk',
    name: 'Zendesk',
    summary: 'Tickets, users, organizations and Help Center articles, synced for offline use.',
    keywords: ['helpdesk', 'crm', 'content management', 'help center', 'tickets', 'support'],
    available: true,
  },
  {
    id: 'freshdesk',
    name: 'Freshdesk',
    summary: 'Tickets and contacts.',
    keywords: ['helpdesk', 'tickets', 'support'],
    available: false,
  },
  {
    id: 'salesforce',
    name: 'Salesforce',
    summary: 'Accounts, contacts and cases.',
    keywords: ['crm', 'cases'],
    available: false,
  },
];

/** searchCatalog matches a query against names, summaries and keywords, ignoring case. */
export function searchCatalog(query: string): CatalogEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return catalog;
  return catalog.filter((e) =>
    [e.name, e.summary, ...e.keywords].some((text) => text.toLowerCase().includes(q)),
  );
}
