// Issue 6: the synced data, browsed in the app. Relies on 20-connect ("Demo support", a connected
// Helpdesk integration of the emulator's demo account). Adds "Demo Help Center" (Content
// Management for demo, connected); 90-offline relies on both.
import { expect, test, type Page } from '@playwright/test'
import {
  addIntegration,
  articleText,
  connectFromDialog,
  conversation,
  demo,
  expectArticleBody,
  integrationRow,
  names,
  notification,
  openApp,
  openFirstArticle,
  pickTicket,
  searchAndOpenTicket,
} from './env'

test.describe.configure({ mode: 'serial' })

/** syncNow clicks Sync now on a row and waits until that sync (or the one running) finishes. */
async function syncNow(page: Page, name: string) {
  const end = notification(page, `: ${name}`).filter({ hasText: /^Sync (finished|failed): / })
  await integrationRow(page, name).getByRole('button', { name: 'Sync now' }).click()
  const progress = page.getByRole('status', { name: 'Sync progress' })
  await expect(progress).toBeVisible()
  // The sync that Connect started may still be running (or its result still on screen): wait
  // for the row to stop syncing, then read the latest result (a new run's replaces the last).
  await expect(progress.getByText('Not syncing')).toBeVisible({ timeout: 150_000 })
  await expect(end).toBeVisible({ timeout: 15_000 })
  await expect(end).toContainText(`Sync finished: ${name}`) // not "Sync failed", with Go's reason
  await expect(progress.getByText(/^Last successful sync: /)).toBeVisible()
  await expect(integrationRow(page, name).getByRole('cell').nth(4)).not.toHaveText('—')
  // The row says what is kept locally now.
  await expect(integrationRow(page, name)).toContainText(/\d[\d,]* (ticket|article)s?/)
}

test('search finds a ticket by a word of a later comment; its page shows that comment', async ({ page }) => {
  test.setTimeout(240_000)
  const ticket = await pickTicket(150)
  await openApp(page)
  await syncNow(page, names.helpdesk)

  await searchAndOpenTicket(page, ticket)
  await expect(page.getByRole('heading', { name: ticket.subject, exact: true })).toBeVisible()
  await expect(conversation(page)).toContainText(ticket.phrase)
  await expect(conversation(page).getByRole('article').first()).toBeVisible()
  // Back keeps the search.
  await page.getByRole('link', { name: 'Back to tickets' }).click()
  await expect(page.getByLabel('Search tickets')).toHaveValue(ticket.words)
})

test('a Content Management integration syncs the Help Center; an article renders safely', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000)
  await openApp(page)
  const dialog = await addIntegration(page, {
    name: names.content,
    capability: 'Content Management',
    domain: `${demo.subdomain}.zendesk.com`,
    expectHost: demo.host,
    locale: 'en-us',
  })
  await connectFromDialog(context, dialog, 'Connect', `Connected to ${demo.host}`)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
  await expect(integrationRow(page, names.content).getByText('Connected', { exact: true })).toBeVisible()
  await syncNow(page, names.content)

  const id = await openFirstArticle(page, names.content)
  await expectArticleBody(page, await articleText(id))
})
