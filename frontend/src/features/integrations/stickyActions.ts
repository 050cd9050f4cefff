/**
 * stickyActions keeps the Actions column in view when a narrow window scrolls the table sideways:
 * Test Connection, Sync now, Edit and Delete must not hide off the right edge.
 */
export const stickyActions = {
  position: 'sticky',
  right: 0,
  background: 'var(--mantine-color-body)',
  boxShadow: '-1px 0 0 var(--mantine-color-default-border)',
} as const;
