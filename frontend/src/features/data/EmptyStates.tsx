import { Alert, Button, EmptyState } from '@mantine/core';
import { IconAlertTriangle, IconBook, IconDatabaseOff, IconSearchOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { toAppError } from '../../api/client';

/** NOTHING_SYNCED is the words every data screen shows before a first sync. */
export const NOTHING_SYNCED = 'Nothing synced yet — connect an integration and run Sync now';

/** NothingSynced is the data screens' empty state when the local database has nothing to show. */
export function NothingSynced() {
  return (
    <SetUpIntegration
      icon={<IconDatabaseOff size={28} />}
      title={NOTHING_SYNCED}
      description="Everything synced stays on this computer and can be browsed offline."
    />
  );
}

/** NO_CONTENT_INTEGRATION says where Help Center articles come from. */
export const NO_CONTENT_INTEGRATION = 'Help Center articles come from a Content Management integration';

/**
 * NoContentIntegration is the Help Center screen's empty state when no integration has the
 * Content Management capability: Helpdesk and CRM never bring articles, however often they sync.
 */
export function NoContentIntegration() {
  return (
    <SetUpIntegration
      icon={<IconBook size={28} />}
      title={NO_CONTENT_INTEGRATION}
      description="Add one in Settings → Integrations: + Add Integration → Zendesk, capability Content Management. Helpdesk and CRM integrations bring tickets, users and organizations, not articles."
    />
  );
}

/** SetUpIntegration is an empty state whose way out is the Integrations settings. */
function SetUpIntegration({ icon, title, description }: { icon: ReactNode; title: string; description: string }) {
  return (
    <EmptyState mt="xl" icon={icon} withIndicatorBackground title={title} description={description}>
      <EmptyState.Actions>
        <Button component={Link} to="/settings/integrations" variant="light">
          Go to Integrations
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

/** NoMatch is the empty state of a search or filter that matches nothing. */
export function NoMatch({ what }: { what: string }) {
  return (
    <EmptyState
      mt="xl"
      icon={<IconSearchOff size={28} />}
      title={`No ${what} match`}
      description="Try other words or clear a filter."
    />
  );
}

/** LoadError shows a failed read of the local database in words. */
export function LoadError({ error, what }: { error: unknown; what: string }) {
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={`Could not load ${what}`} mt="md">
      {toAppError(error).message}
    </Alert>
  );
}

/**
 * ListBody is a data list's body: its load error; the empty state of nothing synced (no
 * integration, or no row while nothing narrows the list); that of no match; else the table.
 */
export function ListBody({ error, total, noIntegrations, filtered, what, children }: {
  error: unknown;
  /** total is the count of rows the query matches, undefined while it is counted. */
  total: number | undefined;
  noIntegrations: boolean;
  filtered: boolean;
  what: string;
  children: ReactNode;
}) {
  if (error) return <LoadError error={error} what={what} />;
  if (noIntegrations || (total === 0 && !filtered)) return <NothingSynced />;
  if (total === 0) return <NoMatch what={what} />;
  return children;
}
