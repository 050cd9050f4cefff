// Helpers for the export specs. The app runs with ZENSYNC_E2E_SAVE_DIR (see .ci/e2e-session.sh):
// with no native Save dialog in the browser tests, every export lands in that folder.
import { readdirSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'
import { notification } from './env'

export const saveDir = process.env.E2E_SAVE_DIR ?? ''

/** parseCSV reads RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks). */
export function parseCSV(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(cell), (cell = '')
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '')
    else cell += c
  }
  if (cell || row.length) rows.push([...row, cell])
  return rows
}

export function newFiles(before: Set<string>, suffix: string): string[] {
  return readdirSync(saveDir).filter((f) => f.endsWith(suffix) && !before.has(f) && !f.startsWith('.'))
}

export async function waitFinished(page: Page) {
  const done = notification(page, 'Export finished')
  await expect(done).toBeVisible()
  return done
}

