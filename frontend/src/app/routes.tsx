// The app's screens, one entry each. To add a screen, add ONE line to `routes` (and its import):
//
//   { path: '/tickets', label: 'Tickets', section: 'data', icon: IconTicket, element: <TicketsPage /> },
//
// - section: where the nav shows it: 'data' (Tickets, Users, Organizations, Help Center),
//   'activity', or 'settings' (shown under "Settings"). Within a section, nav order = list order.
// - nav: false keeps a route out of the nav (detail pages such as '/tickets/:id').
// - Paths are hash routes (HashRouter): the window shows #/tickets.
// Keep page components in your feature folder (src/features/<feature>/); import them here.
import type { Icon } from '@tabler/icons-react';
import { IconPlugConnected } from '@tabler/icons-react';
import { IconBook, IconBuilding, IconTicket, IconUsers } from '@tabler/icons-react';
import type { ReactElement } from 'react';
import { IntegrationsPage } from '../features/integrations/IntegrationsPage';
import { TicketsPage } from '../features/data/TicketsPage';
import { TicketPage } from '../features/data/TicketPage';
import { UsersPage } from '../features/data/UsersPage';
import { OrganizationsPage } from '../features/data/OrganizationsPage';
import { HelpCenterPage } from '../features/data/HelpCenterPage';
import { ArticlePage } from '../features/data/ArticlePage';
import { ActivityPage } from '../features/activity/ActivityPage';
import { IconActivity, IconInfoCircle, IconShieldLock } from '@tabler/icons-react';
import { PrivacySettingsPage } from '../features/privacy/PrivacySettingsPage';
import { AboutPage } from '../features/about/AboutPage';

export type NavSection = 'data' | 'activity' | 'settings';

export interface AppRoute {
  path: string;
  label: string;
  section: NavSection;
  icon: Icon;
  element: ReactElement;
  nav?: boolean;
}

export const routes: AppRoute[] = [
  { path: '/tickets', label: 'Tickets', section: 'data', icon: IconTicket, element: <TicketsPage /> },
  { path: '/tickets/:integrationId/:id', label: 'Ticket', section: 'data', icon: IconTicket, element: <TicketPage />, nav: false },
  { path: '/users', label: 'Users', section: 'data', icon: IconUsers, element: <UsersPage /> },
  { path: '/organizations', label: 'Organizations', section: 'data', icon: IconBuilding, element: <OrganizationsPage /> },
  { path: '/help-center', label: 'Help Center', section: 'data', icon: IconBook, element: <HelpCenterPage /> },
  { path: '/help-center/:integrationId/:articleId', label: 'Article', section: 'data', icon: IconBook, element: <ArticlePage />, nav: false },
  { path: '/activity', label: 'Activity', section: 'activity', icon: IconActivity, element: <ActivityPage /> },
  { path: '/settings/integrations', label: 'Integrations', section: 'settings', icon: IconPlugConnected, element: <IntegrationsPage /> },
  { path: '/settings/privacy', label: 'Privacy', section: 'settings', icon: IconShieldLock, element: <PrivacySettingsPage /> },
  { path: '/settings/about', label: 'About', section: 'settings', icon: IconInfoCircle, element: <AboutPage /> },
];

/** Where "/" goes. */
export const homePath = '/settings/integrations';
