// The Tickets search box speaks Zendesk's search syntax. Relies on 30-sync ("Demo support"
// tickets synced); the expected tickets are read from the emulator as Zendesk would answer.
import { expect, test, type Page } from '@playwright/test'
import { gotoScreen, openApp, zendesk } from './env'

interface OpenTagged {
  id: number
  tag: string
}

/** openTaggedTicket finds a synced ticket (near the one 30-sync opened) that is open and tagged. */
async function openTaggedTicket(from: number): Promise<OpenTagged> {
  for (let id = from; id > from - 80; id--) {
    try {
      const { ticket } = await zendesk(`/api/v2/tickets/${id}.json`)
      const tags = (ticket.tags ?? []) as string[]
      if (ticket.status === 'open' && tags.length > 0) return { id, tag: tags[0] }
    } catch {
      // deleted
    }
  }
  throw new Error(`no open tagged ticket below #${from}`)
}

/**
 * search opens the Tickets screen afresh with the query in its address (as Back would), so no
 * count from the previous query can be mistaken for this one's.
 */
async function search(page: Page, query: string) {
  await page.goto(`/#/tickets?q=${encodeURIComponent(query)}`)
  await page.reload()
  await expect(page.getByLabel('Search tickets')).toHaveValue(query)
}

const count = (page: Page) => page.getByTestId('ticket-count')
const table = (page: Page) => page.getByRole('table', { name: 'Tickets' })
const idCell = (page: Page, id: number) => table(page).getByRole('cell', { name: `#${id}`, exact: true })

test('finds a ticket by #number and by status:open tags:<tag>, and says what is wrong with a keyword', async ({ page }) => {
  const t = await openTaggedTicket(150)
  await openApp(page)
  await gotoScreen(page, 'Tickets')
  await expect(count(page)).toHaveText(/^\d[\d,]* tickets?/)

  // Typed: the list goes from every ticket to the one.
  await page.getByLabel('Search tickets').fill(`#${t.id}`)
  await expect(count(page)).toHaveText('1 ticket')
  await expect(idCell(page, t.id)).toBeVisible()

  await search(page, `status:open tags:${t.tag}`)
  await expect(count(page)).toHaveText(/^\d[\d,]* tickets?/)
  const rows = table(page).getByRole('row').filter({ has: page.getByRole('cell', { name: /^#\d+$/ }) })
  await expect(rows.first()).toBeVisible()
  for (const row of await rows.all()) await expect(row).toContainText('Open')

  // The same ticket through the tag and status filters; excluded by -tags: and by another status.
  await search(page, `status:open tags:${t.tag} #${t.id}`)
  await expect(count(page)).toHaveText('1 ticket')
  await search(page, `status:open -tags:${t.tag} #${t.id}`)
  await expect(page.getByText('No tickets match')).toBeVisible()
  await search(page, `status:pending #${t.id}`)
  await expect(page.getByText('No tickets match')).toBeVisible()

  await search(page, 'colour:blue')
  await expect(page.getByText("Unknown keyword 'colour:'")).toBeVisible()
})
