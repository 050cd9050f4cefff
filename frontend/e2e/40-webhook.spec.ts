// Issue 7: ticket changes pushed by Zendesk's webhook reach an open ticket page within seconds,
// without Sync now (the emulator holds changes back from exports for a minute, and the poll
// interval is 5 minutes, so only the webhook can bring them). Relies on 20-connect ("Demo
// support" connected with the webhook base URL of the app's listener) and 30-sync (tickets synced).
import { expect, test, type Page } from '@playwright/test'
import {
  control,
  conversation,
  demo,
  integrationRow,
  names,
  openApp,
  pickTicket,
  searchAndOpenTicket,
} from './env'

test('Verify webhook shows a tick for every check and the test delivery', async ({ page }) => {
  await openApp(page)
  await expect(integrationRow(page, names.helpdesk).getByRole('cell', { name: 'Active', exact: true })).toBeVisible()
  await integrationRow(page, names.helpdesk).getByRole('button', { name: 'Verify webhook' }).click()
  const dialog = page.getByRole('dialog', { name: `Verify webhook — ${names.helpdesk}` })
  await expect(dialog.getByText('Everything checks out: Zendesk will push ticket changes to Zensync.')).toBeVisible({
    timeout: 30_000,
  })
  await expect(dialog.getByText('Test delivery through the tunnel arrived')).toBeVisible()
  const checks = dialog.getByRole('list', { name: 'Webhook checks' })
  await expect(checks).toContainText('/webhooks/zendesk/')
  const n = await checks.getByRole('listitem').count()
  expect(n).toBeGreaterThanOrEqual(4) // exists, active, endpoint, subscriptions…
  await expect(dialog.getByRole('img', { name: 'passed' })).toHaveCount(n + 1) // + the test delivery
  await expect(dialog.getByRole('img', { name: 'failed' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})

/** acceptedDeliveries is the webhook listener's "Accepted n" on the Activity screen. */
async function acceptedDeliveries(page: Page): Promise<number> {
  const text = await page.getByText(/^Accepted \d+$/).innerText()
  return Number(text.replace('Accepted ', ''))
}

test('an open ticket page shows a change made in Zendesk within seconds', async ({ page, context }) => {
  const ticket = await pickTicket(300, { open: true })
  // The Activity screen, open in a second window, counts webhook deliveries as they arrive.
  const activity = await context.newPage()
  await activity.goto('/#/activity')
  await expect(activity.getByRole('heading', { name: 'Activity', exact: true })).toBeVisible()
  const accepted = await acceptedDeliveries(activity)

  await openApp(page)
  await searchAndOpenTicket(page, ticket)
  await expect(page.getByRole('heading', { name: ticket.subject, exact: true })).toBeVisible()

  const stamp = Date.now().toString(36)
  const subject = `Printer on fire again ${stamp}`
  const reply = `Webhook reply ${stamp}: the technician is on the way.`
  await control(`${demo.subdomain}/tickets/${ticket.id}`, {
    method: 'PUT',
    body: JSON.stringify({ ticket: { subject, comment: { body: reply, public: true } } }),
  })

  await expect(page.getByRole('heading', { name: subject, exact: true })).toBeVisible({ timeout: 10_000 })
  await expect(conversation(page)).toContainText(reply, { timeout: 10_000 })
  await expect(conversation(page).getByRole('article').last()).toContainText(reply)
  // It came through the webhook listener.
  await expect.poll(() => acceptedDeliveries(activity)).toBeGreaterThan(accepted)
})
