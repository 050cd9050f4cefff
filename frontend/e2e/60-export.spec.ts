// Export: the Tickets screen's list as shown (here narrowed by a search) to CSV, and one ticket to
// HTML. The browser tests have no native Save dialog: the app runs with ZENSYNC_E2E_SAVE_DIR, so
// every export lands in that folder under the name the dialog would suggest.
// Relies on 20-connect and 30-sync ("Demo support" tickets synced).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { gotoScreen, openApp, pickTicket, searchAndOpenTicket, type PickedTicket } from './env'
import { newFiles, parseCSV, saveDir, waitFinished } from './exports'

test.describe.configure({ mode: 'serial' })

let ticket: PickedTicket

test.beforeAll(async () => {
  expect(saveDir, 'E2E_SAVE_DIR').not.toBe('')
  ticket = await pickTicket(150)
})

test('exports the ticket list, as searched, to CSV', async ({ page }) => {
  await openApp(page)
  await gotoScreen(page, 'Tickets')
  const count = page.getByTestId('ticket-count')
  await expect(count).toHaveText(/^\d[\d,]* tickets?/)
  const all = await count.innerText()
  await page.getByLabel('Search tickets').fill(ticket.words)
  await expect(count).not.toHaveText(all)
  await expect(count).toHaveText(/^\d+ tickets?/)
  const shown = Number(/^(\d+)/.exec(await count.innerText())![1])
  const rows = page.getByRole('table', { name: 'Tickets' }).getByRole('row')
  await expect(rows.filter({ has: page.getByRole('cell', { name: `#${ticket.id}`, exact: true }) })).toBeVisible()

  const before = new Set(readdirSync(saveDir))
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'CSV (.csv)' }).click()
  const done = await waitFinished(page)
  await expect(done).toContainText(`${shown} of ${shown} records`)

  const files = newFiles(before, '.csv')
  expect(files).toHaveLength(1)
  const csv = parseCSV(readFileSync(join(saveDir, files[0]), 'utf8'))
  expect(csv[0].slice(0, 4)).toEqual(['id', 'subject', 'status', 'priority'])
  const data = csv.slice(1)
  expect(data).toHaveLength(shown)
  const mine = data.find((r) => r[0] === String(ticket.id))
  expect(mine, `ticket #${ticket.id} in the CSV`).toBeDefined()
  expect(mine![1].replace(/^'/, '')).toBe(ticket.subject)
  expect(readdirSync(saveDir).filter((f) => f.includes('.partial-'))).toEqual([])
})

test('exports a ticket with its conversation to one HTML file with no script', async ({ page }) => {
  await openApp(page)
  await searchAndOpenTicket(page, ticket)
  const before = new Set(readdirSync(saveDir))
  await page.getByRole('button', { name: 'Export HTML' }).click()
  await waitFinished(page)
  const files = newFiles(before, '.html')
  expect(files).toEqual([`ticket-${ticket.id}.html`])
  const html = readFileSync(join(saveDir, files[0]), 'utf8')
  expect(html).toContain(ticket.phrase)
  expect(html).not.toMatch(/<script|\bsrc\s*=\s*["']?https?:/i)
  expect(html).toContain("default-src &#39;none&#39;")
})
