// Issue 5: connect a Helpdesk integration to the emulator's "demo" account through the browser
// sign-in (password, emailed 2FA code, Allow), test the connection, lose the token and
// re-generate it. Leaves "Demo support" connected, with its webhook pointing at the app's
// listener; 30-sync, 40-webhook and 90-offline rely on it.
import { expect, test } from '@playwright/test'
import {
  addIntegration,
  connectFromDialog,
  control,
  demo,
  expectAtTop,
  integrationRow,
  names,
  openApp,
  testConnection,
  zendesk,
} from './env'

const signedIn = /Signed in as .+ \(admin\)/

// One test, one browser context: the second sign-in can reuse the emulator's session cookie
// (straight to Allow), as an admin's browser would.
test('Connect, Test Connection, a revoked token, Re-generate Token', async ({ page, context }) => {
  test.setTimeout(180_000)
  await openApp(page)
  const dialog = await addIntegration(page, {
    name: names.helpdesk,
    capability: 'Helpdesk',
    domain: demo.subdomain,
    expectHost: demo.host,
    pullRecordBy: 'Updated Time',
    // The emulator's history spans the two years before now: a date before any of it syncs all
    // of it on any later day too.
    backfillStart: '2020-01-01',
    pollMinutes: 5,
    webhookBaseURL: demo.webhookBaseURL,
  })
  await connectFromDialog(context, dialog, 'Connect', `Connected to ${demo.host}`)
  await expect(dialog.getByText('The integration is connected and its first sync is running.')).toBeVisible()
  // Issue 14: the first sync's expected time, from Zendesk's ticket count.
  const count = (await zendesk('/api/v2/tickets/count.json')).count.value as number
  await expect(
    dialog.getByText(`${count.toLocaleString('en-US')} tickets in Zendesk: about 1 minute at Zendesk's export limit`, {
      exact: false,
    }),
  ).toBeVisible()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  await expectAtTop(page, names.helpdesk, 'Connected')
  await testConnection(page, names.helpdesk, 'Connection works', signedIn)

  // Zendesk ends the grant: access and refresh tokens stop working.
  await control(`${demo.subdomain}/tokens/expire`, { method: 'POST', body: JSON.stringify({ refresh: true }) })
  await control(`${demo.subdomain}/tokens/revoke`, { method: 'POST', body: '{}' })
  await testConnection(
    page,
    names.helpdesk,
    'Token expired',
    'The token expired or was revoked. Re-generate it under Edit → Authentication.',
  )
  await expect(integrationRow(page, names.helpdesk).getByText('Token expired', { exact: true })).toBeVisible()

  await integrationRow(page, names.helpdesk).getByRole('button', { name: 'Edit' }).click()
  const edit = page.getByRole('dialog', { name: `Edit ${names.helpdesk}` })
  await edit.getByRole('tab', { name: 'Authentication & configuration' }).click()
  await expect(edit.getByText(`Sign in to ${demo.host} again to replace the token.`, { exact: false })).toBeVisible()
  await connectFromDialog(context, edit, 'Re-generate Token', 'Token re-generated')
  await expect(edit.getByText('The new token is saved. Test Connection should now pass.')).toBeVisible()
  await edit.getByRole('button', { name: 'Cancel' }).click()
  await expect(edit).toBeHidden()

  await expect(integrationRow(page, names.helpdesk).getByText('Connected', { exact: true })).toBeVisible()
  await testConnection(page, names.helpdesk, 'Connection works', signedIn)
  // Settings were kept.
  await integrationRow(page, names.helpdesk).getByRole('button', { name: 'Edit' }).click()
  await edit.getByRole('tab', { name: 'Authentication & configuration' }).click()
  await expect(edit.getByLabel('Webhook public base URL')).toHaveValue(demo.webhookBaseURL)
  await expect(edit.getByLabel('Backfill start date')).toHaveValue('2020-01-01')
})
