// Runs after 90-offline, with the emulator gone: the ticket list, filtered by status and sorted by
// id, still exports to CSV from the local database, row for row as the screen lists it.
// Relies on 30-sync ("Demo support" tickets synced).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { emulatorURL, openApp } from './env'
import { newFiles, parseCSV, saveDir, waitFinished } from './exports'

test('with Zendesk unreachable, the list filtered by status exports to CSV', async ({ page }) => {
  expect(saveDir, 'E2E_SAVE_DIR').not.toBe('')
  const up = await fetch(`${emulatorURL}/healthz`).then(
    () => true,
    () => false,
  )
  expect(up, 'the emulator is stopped by 90-offline').toBe(false)

  await openApp(page)
  await page.goto('/#/tickets?status=open&sort=id_asc')
  const count = page.getByTestId('ticket-count')
  await expect(count).toHaveText(/^\d[\d,]* tickets?/)
  const shown = Number(/^([\d,]+)/.exec(await count.innerText())![1].replace(/,/g, ''))
  expect(shown).toBeGreaterThan(0)
  const table = page.getByRole('table', { name: 'Tickets' })
  await expect(table).toBeVisible()

  const before = new Set(readdirSync(saveDir))
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'CSV (.csv)' }).click()
  await expect(await waitFinished(page)).toContainText(`${shown.toLocaleString('en-US')} of`)

  const files = newFiles(before, '.csv')
  expect(files).toHaveLength(1)
  const data = parseCSV(readFileSync(join(saveDir, files[0]), 'utf8')).slice(1)
  expect(data).toHaveLength(shown)
  expect(new Set(data.map((r) => r[2]))).toEqual(new Set(['open']))
  const ids = data.map((r) => Number(r[0]))
  expect(ids).toEqual([...ids].sort((a, b) => a - b))
  // The lowest id is the list's first row, on screen without scrolling.
  await expect(table.getByRole('row').filter({ has: page.getByRole('cell', { name: `#${ids[0]}`, exact: true }) })).toBeVisible()
})
