import { AppShell, Group, NavLink, ScrollArea, Text, ThemeIcon, Title } from '@mantine/core';
import { IconRefreshDot, IconSettings } from '@tabler/icons-react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useExportEvents } from '../features/export/useExport';
import { routes, type AppRoute, type NavSection } from './routes';
import { useWindowTitle } from './useWindowTitle';

const sectionTitles: Record<Exclude<NavSection, 'settings'>, string> = {
  data: 'Data',
  activity: 'Activity',
};

function RouteLink({ route, pathname }: { route: AppRoute; pathname: string }) {
  const Icon = route.icon;
  return (
    <NavLink
      component={Link}
      to={route.path}
      label={route.label}
      leftSection={<Icon size={18} stroke={1.6} />}
      active={pathname === route.path || pathname.startsWith(`${route.path}/`)}
    />
  );
}

function inNav(section: NavSection) {
  return routes.filter((r) => r.section === section && r.nav !== false);
}

/** Layout is the window's frame: the left navigation and the current screen. */
export function Layout() {
  const { pathname } = useLocation();
  useWindowTitle(pathname);
  useExportEvents();
  const settings = inNav('settings');
  return (
    <AppShell navbar={{ width: 232, breakpoint: 0 }} padding="lg">
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <Group gap="xs" px="xs" py="sm" mb="xs">
          <ThemeIcon variant="light" size="lg" radius="md">
            <IconRefreshDot size={20} />
          </ThemeIcon>
          <Title order={4}>Zensync</Title>
        </Group>
        <AppShell.Section grow component={ScrollArea}>
          {(['data', 'activity'] as const).map((section) => {
            const items = inNav(section);
            if (items.length === 0) return null;
            return (
              <div key={section}>
                <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mt="sm" mb={4}>
                  {sectionTitles[section]}
                </Text>
                {items.map((r) => (
                  <RouteLink key={r.path} route={r} pathname={pathname} />
                ))}
              </div>
            );
          })}
        </AppShell.Section>
        <AppShell.Section>
          <NavLink
            label="Settings"
            leftSection={<IconSettings size={18} stroke={1.6} />}
            defaultOpened
            childrenOffset={20}
          >
            {settings.map((r) => (
              <RouteLink key={r.path} route={r} pathname={pathname} />
            ))}
          </NavLink>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
