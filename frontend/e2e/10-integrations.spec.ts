// Issue 3: set up, edit and delete integrations through the Integrations screen.
// Runs first after 00-boot, on an app with no integrations of its own; it leaves "E2E Helpdesk"
// and "E2E CRM renamed" (Not connected) in the list, which later specs ignore.
import { expect, test, type Page } from '@playwright/test'
import {
  addIntegration,
  expectAtTop,
  integrationRow,
  openApp,
  openSetupDialog,
  rowNames,
  type IntegrationSpec,
} from './env'

const specs: IntegrationSpec[] = [
  {
    name: 'E2E Helpdesk',
    capability: 'Helpdesk',
    domain: 'https://Demo.zendesk.com/agent/tickets/5',
    expectHost: 'demo.zendesk.com',
    pullRecordBy: 'Created Time',
    backfillStart: '2025-01-15', // fixed past dates are safe: the form refuses only dates after today
    pollMinutes: 10,
  },
  {
    name: 'E2E CRM',
    capability: 'CRM',
    // Every domain must name an account that exists: the form asks Zendesk (issue 14).
    domain: 'demo.zendesk.com',
    expectHost: 'demo.zendesk.com',
    pullRecordBy: 'Updated Time',
    backfillStart: '2024-06-01',
    pollMinutes: 15,
  },
  {
    name: 'E2E Content',
    capability: 'Content Management',
    domain: ' Demo ',
    expectHost: 'demo.zendesk.com',
    locale: 'en-us',
  },
]

test.describe.configure({ mode: 'serial' })

/**
 * expectRowsAfterReload reloads the app, so the list comes from Go and not from the screen, and
 * checks its names in order.
 */
async function expectRowsAfterReload(page: Page, names: string[]) {
  await page.reload()
  await expect.poll(() => rowNames(page)).toEqual(names)
}

test('adds one integration of each capability; each shows at the top as Not connected', async ({ page }) => {
  await openApp(page)
  for (const s of specs) {
    const dialog = await addIntegration(page, s)
    await dialog.getByRole('button', { name: 'Done' }).click()
    await expect(dialog).toBeHidden()
    await expectAtTop(page, s.name, 'Not connected')
    const row = integrationRow(page, s.name)
    await expect(row.getByRole('cell', { name: s.capability, exact: true })).toBeVisible()
    await expect(row.getByText(s.expectHost, { exact: true })).toBeVisible()
  }
  // Saved in Go, not only on screen: a reload lists them, newest first.
  await expectRowsAfterReload(page, ['E2E Content', 'E2E CRM', 'E2E Helpdesk'])
})

test('edit renames an integration and keeps its settings', async ({ page }) => {
  await openApp(page)
  await integrationRow(page, 'E2E CRM').getByRole('button', { name: 'Edit' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit E2E CRM' })
  await expect(dialog.getByLabel('Integration name')).toHaveValue('E2E CRM')
  await dialog.getByLabel('Integration name').fill('E2E CRM renamed')
  await dialog.getByRole('tab', { name: 'Authentication & configuration' }).click()
  await expect(dialog.getByLabel('Zendesk domain')).toHaveValue('demo')
  await expect(dialog.getByLabel('Backfill start date')).toHaveValue('2024-06-01')
  await expect(dialog.getByLabel('Poll interval (minutes)')).toHaveValue('15')
  await expect(dialog.getByLabel('OAuth client identifier')).toHaveValue('zensync_desktop')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('E2E CRM renamed was saved.')).toBeVisible()
  await expect(integrationRow(page, 'E2E CRM renamed')).toBeVisible()
  await expect(integrationRow(page, 'E2E CRM')).toHaveCount(0)
  await expectRowsAfterReload(page, ['E2E Content', 'E2E CRM renamed', 'E2E Helpdesk'])
})

test('delete asks for confirmation, says what it removes, and removes the row', async ({ page }) => {
  await openApp(page)
  await integrationRow(page, 'E2E Content').getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete E2E Content?' })
  // Content Management has no webhook, so there is none to remove.
  await expect(dialog.getByText('the webhook Zensync created in Zendesk for this integration;')).toHaveCount(0)
  await expect(dialog.getByText('its tokens (and client secret) in the keyring;')).toBeVisible()
  await expect(dialog.getByRole('checkbox', { name: 'Also delete the local data' })).not.toBeChecked()
  // Cancel keeps it.
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(integrationRow(page, 'E2E Content')).toBeVisible()

  await integrationRow(page, 'E2E Content').getByRole('button', { name: 'Delete' }).click()
  await dialog.getByRole('checkbox', { name: 'Also delete the local data' }).check()
  await dialog.getByRole('button', { name: 'Delete integration' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('E2E Content was deleted.')).toBeVisible()
  await expect(integrationRow(page, 'E2E Content')).toHaveCount(0)
  await expectRowsAfterReload(page, ['E2E CRM renamed', 'E2E Helpdesk'])
})

test('a domain that is not Zendesk is refused and nothing is saved', async ({ page }) => {
  await openApp(page)
  const before = await rowNames(page)
  expect(before.length).toBeGreaterThan(0)

  const dialog = await openSetupDialog(page, { name: 'E2E Freshdesk by mistake', capability: 'Helpdesk' })
  await dialog.getByLabel('Zendesk domain').fill('acme.freshdesk.com')
  const refusal =
    'acme.freshdesk.com is a Freshdesk address, not a Zendesk one. Enter your Zendesk account\'s name, the part before .zendesk.com.'
  await expect(dialog.getByText(refusal)).toBeVisible()
  await expect(dialog.getByText(/We will connect to/)).toHaveCount(0)
  await dialog.getByRole('radio', { name: 'Updated Time', exact: true }).check()
  await dialog.getByLabel('OAuth client identifier').fill('zensync_desktop')
  await dialog.getByRole('button', { name: 'Save' }).click()
  // Still refused, still open, nothing saved.
  await expect(dialog.getByText(refusal)).toBeVisible()
  await expect(dialog.getByText('Integration saved')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  await expectRowsAfterReload(page, before)
  await expect(integrationRow(page, 'E2E Freshdesk by mistake')).toHaveCount(0)
})

test('the catalog search finds Zendesk and only Zendesk can be opened', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: '+ Add Integration' }).click()
  const catalog = page.getByRole('dialog', { name: 'Add Integration' })
  await expect(catalog.getByRole('button', { name: 'Freshdesk (coming soon)' })).toBeDisabled()
  await catalog.getByLabel('Search integrations').fill('zendesk')
  await expect(catalog.getByRole('button', { name: 'Zendesk', exact: true })).toBeEnabled()
  await expect(catalog.getByRole('button', { name: /coming soon/ })).toHaveCount(0)
  await catalog.getByLabel('Search integrations').fill('nothing-like-this')
  await expect(catalog.getByText('No integration matches “nothing-like-this”.')).toBeVisible()
})
