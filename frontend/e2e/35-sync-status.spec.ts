// Issue 14, point 6: the sync status tells the truth. Relies on 20-connect and 30-sync ("Demo
// support", a connected Helpdesk integration of the emulator's demo account, synced once).
// Leaves no integration behind and no fault injected.
import { expect, test, type Page } from '@playwright/test'
import { addIntegration, control, demo, integrationRow, names, notification, openApp } from './env'

test.describe.configure({ mode: 'serial' })

const progressOf = (page: Page) => page.getByRole('status', { name: 'Sync progress' })

/** secondsLeft reads "… resumes in N s" from the progress popover. */
async function secondsLeft(page: Page): Promise<number> {
  const text = await progressOf(page).getByText(/resumes in \d+ s/).first().innerText()
  return Number(/resumes in (\d+) s/.exec(text)![1])
}

test('Sync now on a never-connected integration says to connect first and records nothing', async ({ page }) => {
  await openApp(page)
  const name = 'Never connected'
  const dialog = await addIntegration(page, {
    name,
    capability: 'Helpdesk',
    domain: demo.subdomain,
    expectHost: demo.host,
  })
  await dialog.press('Escape')
  await expect(dialog).toBeHidden()
  const row = integrationRow(page, name)
  await row.getByRole('button', { name: 'Sync now' }).click()
  await expect(progressOf(page)).toContainText('Connect first')
  await page.keyboard.press('Escape')
  await expect(row.getByRole('cell').nth(4)).toContainText('Never')
  await expect(row).not.toContainText('Last attempt')

  await row.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog', { name: `Delete ${name}?` }).getByRole('button', { name: 'Delete integration' }).click()
  await expect(row).toBeHidden()
})

test('a rate-limit wait counts down while the sync waits, and the new run starts from zero', async ({ page }) => {
  test.setTimeout(120_000)
  await openApp(page)
  // The next export page of the tickets stream is refused with Retry-After: 12.
  await control(`${demo.subdomain}/faults`, {
    method: 'POST',
    body: JSON.stringify({ kind: 'status', status: 429, retry_after: 12, path_prefix: '/api/v2/incremental/tickets', count: 1 }),
  })
  const end = notification(page, `: ${names.helpdesk}`).filter({ hasText: /^Sync (finished|failed): / })
  await integrationRow(page, names.helpdesk).getByRole('button', { name: 'Sync now' }).click()
  // The run before this one synced thousands of records: this one starts from zero.
  await expect(progressOf(page)).toContainText('Syncing…')
  await expect(progressOf(page).getByText(/^\d{1,3} records so far/)).toBeVisible()

  await expect(progressOf(page).getByText(/Tickets resumes in \d+ s/)).toBeVisible({ timeout: 30_000 })
  const first = await secondsLeft(page)
  // No event arrives while the stream waits: the words must follow the clock.
  await page.waitForTimeout(3_000)
  const later = await secondsLeft(page)
  expect(first - later).toBeGreaterThanOrEqual(2)
  expect(first - later).toBeLessThanOrEqual(5)

  await expect(end).toBeVisible({ timeout: 90_000 })
  await expect(end).toContainText(`Sync finished: ${names.helpdesk}`)
  await expect(progressOf(page).getByText(/^Last successful sync: /)).toBeVisible()
})

test('a failed attempt is not the last successful sync', async ({ page }) => {
  test.setTimeout(120_000)
  await openApp(page)
  const row = integrationRow(page, names.helpdesk)
  const lastSync = await row.getByRole('cell').nth(4).locator('p').first().innerText()
  expect(lastSync).not.toBe('Never')
  // Zendesk refuses the exports (400 is not retried): this attempt fails at once.
  await control(`${demo.subdomain}/faults`, {
    method: 'POST',
    body: JSON.stringify({ kind: 'status', status: 400, path_prefix: '/api/v2/incremental/', count: 20 }),
  })
  try {
    await page.waitForTimeout(1_100) // the times are kept to the second
    const end = notification(page, `: ${names.helpdesk}`).filter({ hasText: /^Sync (finished|failed): / })
    await row.getByRole('button', { name: 'Sync now' }).click()
    await expect(end).toContainText(`Sync failed: ${names.helpdesk}`, { timeout: 60_000 })
    await expect(row.getByRole('cell').nth(4).locator('p').first()).toHaveText(lastSync)
    await expect(row.getByText(/^Last attempt failed · /)).toBeVisible()
    await expect(progressOf(page)).toContainText(/Last successful sync: .+/)
  } finally {
    await control(`${demo.subdomain}/faults`, { method: 'DELETE' })
  }
  // A good sync clears the failed attempt.
  const end = notification(page, `: ${names.helpdesk}`).filter({ hasText: /^Sync (finished|failed): / })
  await row.getByRole('button', { name: 'Sync now' }).click()
  await expect(end).toContainText(`Sync finished: ${names.helpdesk}`, { timeout: 90_000 })
  await expect(row.getByText(/^Last attempt failed/)).toBeHidden()
})
