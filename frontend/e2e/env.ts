// Addresses and helpers shared by the browser tests; .ci/e2e-session.sh sets the variables.
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test'

export const emulatorURL = process.env.E2E_EMULATOR_URL ?? 'http://127.0.0.1:18089'
export const emulatorPID = Number(process.env.E2E_EMULATOR_PID ?? 0)

/** The emulator's default account and its seeded admin and OAuth client (see backend/emulator). */
export const demo = {
  subdomain: 'demo',
  host: 'demo.zendesk.com',
  email: 'admin@demo.test',
  password: 'zensync-demo',
  clientId: 'zensync_desktop',
  /**
   * The app's webhook listener: the emulator delivers to it directly, no tunnel needed. The
   * port is the app's default in a network namespace of the tests' own, a free one otherwise.
   */
  webhookBaseURL: process.env.E2E_WEBHOOK_BASE_URL ?? 'http://127.0.0.1:47601',
}

/** Names of the integrations the specs create and later specs rely on. */
export const names = {
  helpdesk: 'Demo support', // 20-connect: Helpdesk for demo, connected, webhook on
  content: 'Demo Help Center', // 30-sync: Content Management for demo, connected
}

/**
 * control calls the emulator's control API below /_emulator/. The API takes only JSON on requests
 * that change state (and refuses browsers' cross-site requests), so the Content-Type is always set.
 */
export async function control(path: string, init?: RequestInit): Promise<any> {
  const res = await fetch(`${emulatorURL}/_emulator/${path}`, {
    ...init,
    headers: { ...(init?.headers as Record<string, string> | undefined), 'Content-Type': 'application/json' },
  })
  if (!res.ok) throw new Error(`emulator control ${path}: ${res.status} ${await res.text()}`)
  const text = await res.text()
  return text ? JSON.parse(text) : null
}

/** mintToken asks the control API for an admin token of the account (as if OAuth had run). */
export async function mintToken(subdomain = demo.subdomain): Promise<string> {
  const t = await control(`${subdomain}/tokens`, { method: 'POST', body: '{}' })
  return t.access_token as string
}

/** zendesk calls the emulator's Zendesk API (path below /<subdomain>) with a fresh admin token. */
export async function zendesk(path: string, init?: RequestInit): Promise<any> {
  const token = await mintToken()
  const res = await fetch(`${emulatorURL}/${demo.subdomain}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  })
  if (!res.ok) throw new Error(`zendesk ${path}: ${res.status} ${await res.text()}`)
  return res.json()
}

/** gotoScreen opens a screen from the left navigation, as a user would. */
export async function gotoScreen(page: Page, label: 'Integrations' | 'Tickets' | 'Help Center' | 'Activity') {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: label, exact: true })
    .click()
  await expect(page.getByRole('heading', { name: label, exact: true })).toBeVisible()
}

/** openApp loads the app on its home screen, Integrations. */
export async function openApp(page: Page) {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Integrations', exact: true })).toBeVisible()
}

export const integrationsTable = (page: Page) => page.getByRole('table', { name: 'Integrations' })

/** integrationRow is the list row of one integration (rows are named after the integration). */
export const integrationRow = (page: Page, name: string) =>
  integrationsTable(page).getByRole('row', { name, exact: true })

/** rowNames is the integration names in list order. */
export async function rowNames(page: Page): Promise<string[]> {
  const rows = integrationsTable(page).locator('tbody tr')
  return rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('aria-label') ?? ''))
}

/** expectAtTop checks that the integration is the first row of the list, with that status. */
export async function expectAtTop(page: Page, name: string, status: string) {
  const first = integrationsTable(page).locator('tbody tr').first()
  await expect(first).toHaveAttribute('aria-label', name)
  await expect(first.getByText(status, { exact: true })).toBeVisible()
}

export interface IntegrationSpec {
  name: string
  capability: 'Helpdesk' | 'CRM' | 'Content Management'
  domain: string
  /** expectHost is what "We will connect to …" must show for the domain typed. */
  expectHost: string
  pullRecordBy?: 'Created Time' | 'Updated Time'
  backfillStart?: string
  pollMinutes?: number
  webhookBaseURL?: string
  locale?: string
}

/**
 * openSetupDialog goes "+ Add Integration" → catalog "zendesk" → Basic (name, capability) → Next,
 * and returns the setup dialog open on Authentication & configuration.
 */
export async function openSetupDialog(
  page: Page,
  { name, capability }: Pick<IntegrationSpec, 'name' | 'capability'>,
): Promise<Locator> {
  await page.getByRole('button', { name: '+ Add Integration' }).click()
  const catalog = page.getByRole('dialog', { name: 'Add Integration' })
  await catalog.getByLabel('Search integrations').fill('zendesk')
  await expect(catalog.getByRole('button', { name: /Freshdesk/ })).toHaveCount(0)
  await catalog.getByRole('button', { name: 'Zendesk', exact: true }).click()

  const dialog = page.getByRole('dialog', { name: 'Set up Zendesk' })
  await expect(dialog.getByRole('tab', { name: 'Basic' })).toHaveAttribute('aria-selected', 'true')
  await dialog.getByLabel('Integration name').fill(name)
  await dialog.getByRole('radio', { name: capability, exact: true }).check()
  await dialog.getByRole('button', { name: 'Next' }).click()
  await expect(dialog.getByRole('tab', { name: 'Authentication & configuration' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  return dialog
}

/** fillIntegrationForm opens the setup dialog (openSetupDialog), fills every field and returns it. */
export async function fillIntegrationForm(page: Page, s: IntegrationSpec): Promise<Locator> {
  const dialog = await openSetupDialog(page, s)
  await dialog.getByLabel('Zendesk domain').fill(s.domain)
  await expect(dialog.getByText(`We will connect to ${s.expectHost}`)).toBeVisible()
  if (s.capability === 'Content Management') {
    if (s.locale) await dialog.getByLabel('Help Center locale').fill(s.locale)
  } else {
    await dialog.getByRole('radio', { name: s.pullRecordBy ?? 'Updated Time', exact: true }).check()
    if (s.backfillStart) await dialog.getByLabel('Backfill start date').fill(s.backfillStart)
    await dialog.getByLabel('Poll interval (minutes)').fill(String(s.pollMinutes ?? 5))
    await dialog.getByLabel('OAuth client identifier').fill(demo.clientId)
    if (s.webhookBaseURL) await dialog.getByLabel('Webhook public base URL').fill(s.webhookBaseURL)
  }
  return dialog
}

/** addIntegration fills the setup form and saves; the dialog stays open (to Connect). */
export async function addIntegration(page: Page, s: IntegrationSpec): Promise<Locator> {
  const dialog = await fillIntegrationForm(page, s)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByText('Integration saved')).toBeVisible()
  return dialog
}

/**
 * signInThroughEmulator completes Zendesk's pages for a sign-in link in a second browser page:
 * sign-in and 2FA (code read from the emulator's outbox) unless the emulator's session cookie
 * skips them, then Allow; it ends on Zensync's own "you can close this tab" page.
 */
export async function signInThroughEmulator(
  context: BrowserContext,
  link: string,
  { returns = true }: { returns?: boolean } = {},
): Promise<Page> {
  const page = await context.newPage()
  await page.goto(link)
  const signIn = page.getByRole('button', { name: 'Sign in' })
  const allow = page.getByRole('button', { name: 'Allow' })
  await expect(signIn.or(allow)).toBeVisible()
  if (await signIn.isVisible()) {
    const before = (await outbox(demo.email)).length
    await page.getByLabel('Email').fill(demo.email)
    await page.getByLabel('Password').fill(demo.password)
    await signIn.click()
    await expect(page.getByRole('heading', { name: 'Two-factor authentication' })).toBeVisible()
    let code = ''
    await expect
      .poll(async () => {
        const mails = await outbox(demo.email)
        code = mails.length > before ? mails[mails.length - 1].code : ''
        return code
      })
      .toMatch(/^\d{6}$/)
    await page.getByLabel('Verification code').fill(code)
    await page.getByRole('button', { name: 'Verify' }).click()
  }
  await allow.click()
  // returns: false when Zensync stopped listening (a cancelled sign-in): Allow's redirect then
  // finds no one, and the browser shows its own error page.
  if (!returns) return page
  await expect(page.getByRole('heading', { name: 'Signed in to Zendesk' })).toBeVisible()
  await expect(page.getByText('You can close this tab and return to Zensync.')).toBeVisible()
  return page
}

async function outbox(to: string): Promise<Array<{ code: string }>> {
  return control(`${demo.subdomain}/outbox?to=${encodeURIComponent(to)}`)
}

/**
 * connectFromDialog clicks Connect (or Re-generate Token) in an open setup or edit dialog, signs
 * in with the link the app shows, and waits for the app's confirmation.
 */
export async function connectFromDialog(
  context: BrowserContext,
  dialog: Locator,
  button: 'Connect' | 'Re-generate Token',
  confirmation: string,
) {
  await dialog.getByRole('button', { name: button, exact: true }).click()
  await expect(dialog.getByText('Waiting for Zendesk')).toBeVisible()
  const link = await dialog.getByLabel('Sign-in link').inputValue()
  expect(link).toContain(`/${demo.subdomain}/oauth/authorizations/new?`)
  const browser = await signInThroughEmulator(context, link)
  await browser.close()
  await expect(dialog.getByRole('status').filter({ hasText: confirmation })).toBeVisible()
  await expect(dialog.getByLabel('Sign-in link')).toHaveCount(0)
}

/**
 * testConnection clicks Test Connection on a row and waits for its notification: the title
 * ("<name>: Connection works", "<name>: Token expired"…) and the message in words.
 */
export async function testConnection(page: Page, name: string, title: string, message: string | RegExp) {
  const note = notification(page, `${name}: ${title}`)
  await expect(note).toHaveCount(0) // an earlier notification of the same kind has closed
  await integrationRow(page, name).getByRole('button', { name: 'Test Connection' }).click()
  await expect(note).toBeVisible()
  await expect(note).toContainText(message)
}

/** notification is a notification (role alert) whose text contains the title. */
export function notification(page: Page, title: string): Locator {
  return page.getByRole('alert').filter({ hasText: title })
}

export interface PickedTicket {
  id: number
  subject: string
  status: string
  /** words are distinctive words of one comment after the first, not in the subject or description. */
  words: string
  /** phrase is a run of words of that same comment, to find on the ticket page. */
  phrase: string
  /** image is the file name of an inline image in one of its comments (with inlineImage). */
  image?: string
  /** file is a listed (not inline) attachment under the per-file limit, alone of its name on the ticket (with file). */
  file?: { name: string; contentUrl: string }
}

/** PER_FILE_LIMIT is the app's default per-file download limit (50 MB). */
const PER_FILE_LIMIT = 50 << 20

/** listedFile is a ticket's attachment shown in its Attachments list, one name only, that the app downloads. */
function listedFile(comments: any[]): { name: string; contentUrl: string } | undefined {
  const all = comments.flatMap((c) => c.attachments ?? [])
  const a = all.find(
    (x: any) => !x.inline && x.size < PER_FILE_LIMIT && all.filter((y: any) => y.file_name === x.file_name).length === 1,
  )
  return a && { name: a.file_name, contentUrl: a.content_url }
}

/**
 * attachmentBytes downloads an attachment as Zendesk serves it: content_url with the token,
 * then the storage address it redirects to without it.
 */
export async function attachmentBytes(contentUrl: string): Promise<Buffer> {
  const token = await mintToken()
  const first = await fetch(contentUrl, { headers: { Authorization: `Bearer ${token}` }, redirect: 'manual' })
  const location = first.headers.get('location')
  if (first.status !== 302 || !location) throw new Error(`attachment ${contentUrl}: ${first.status}, no redirect`)
  const res = await fetch(new URL(location, contentUrl))
  if (!res.ok) throw new Error(`attachment storage ${location}: ${res.status}`)
  return Buffer.from(await res.arrayBuffer())
}

const letters = /^[A-Za-z]{3,}$/

/**
 * wordRun finds n words of letters that follow each other, one space apart, inside one line or
 * one HTML text node (so the run reads the same on screen).
 */
export function wordRun(text: string, n: number): string {
  for (const chunk of text.split(/<[^>]*>|\n/)) {
    const ws = chunk.split(/\s+/).map((w) => w.replace(/[.,!?;:]+$/, ''))
    for (let i = 0; i + n <= ws.length; i++) {
      const run = ws.slice(i, i + n)
      if (run.every((w) => letters.test(w)) && chunk.includes(run.join(' '))) return run.join(' ')
    }
  }
  return ''
}

/** distinctiveWords is up to three long words of the text that avoid does not contain. */
function distinctiveWords(text: string, avoid: string): string[] {
  const skip = new Set(avoid.toLowerCase().split(/[^a-z]+/))
  const out: string[] = []
  for (const raw of text.split(/[^A-Za-z]+/)) {
    const w = raw.toLowerCase()
    if (w.length >= 6 && !skip.has(w) && !out.includes(w)) out.push(w)
  }
  return out.slice(0, 3)
}

/** liveTickets is every ticket the emulator's API lists (deleted ones are not listed). */
async function liveTickets(): Promise<any[]> {
  const out: any[] = []
  for (let page = 1; page < 1000; page++) {
    const res = await zendesk(`/api/v2/tickets.json?per_page=100&page=${page}`)
    out.push(...(res.tickets as any[]))
    if (!res.next_page) break
  }
  return out
}

/**
 * pickTicket finds, through the emulator's API, a live ticket (not deleted or merged; not closed
 * when open is set) with a comment after the first whose distinctive words are not in the
 * ticket's subject and description, so a search for them can only match through comments.
 * It chooses by that seeded state, never by id or date: it looks at every listed ticket, the
 * ones nearest to #near first, so specs that pass the same near get the same ticket.
 */
export async function pickTicket(
  near: number,
  opts: { open?: boolean; inlineImage?: boolean; file?: boolean } = {},
): Promise<PickedTicket> {
  const all = await liveTickets()
  const candidates = all
    .filter((t) => !(t.tags ?? []).includes('closed_by_merge') && t.status !== 'deleted')
    .filter((t) => !opts.open || ['new', 'open', 'pending', 'hold'].includes(t.status))
    .sort((a, b) => Math.abs(a.id - near) - Math.abs(b.id - near) || a.id - b.id)
  for (const ticket of candidates) {
    const { comments } = await zendesk(`/api/v2/tickets/${ticket.id}/comments.json`)
    const inline = (comments as any[]).flatMap((c) => c.attachments ?? []).find((a: any) => a.inline)
    if (opts.inlineImage && !inline) continue
    const file = listedFile(comments as any[])
    if (opts.file && !file) continue
    for (const c of (comments as any[]).slice(1).reverse()) {
      const body = String(c.plain_body || c.body)
      const words = distinctiveWords(body, `${ticket.subject} ${ticket.description}`)
      const phrase = wordRun(body, 4)
      if (words.length >= 2 && phrase) {
        return {
          id: ticket.id,
          subject: ticket.subject,
          status: ticket.status,
          words: words.join(' '),
          phrase,
          image: inline?.file_name,
          file,
        }
      }
    }
  }
  throw new Error(
    `no suitable ticket: ${all.length} live tickets listed, ${candidates.length} ${opts.open ? 'open and ' : ''}` +
      'not merged, none with a later comment of distinctive words',
  )
}

/**
 * searchAndOpenTicket searches the Tickets screen, waits until the search has narrowed the list
 * to a few tickets, and opens the ticket's row.
 */
export async function searchAndOpenTicket(page: Page, t: PickedTicket) {
  await gotoScreen(page, 'Tickets')
  const count = page.getByTestId('ticket-count')
  await expect(count).toHaveText(/^\d[\d,]* tickets?/)
  const all = ticketCount(await count.innerText())
  await page.getByLabel('Search tickets').fill(t.words)
  await expect.poll(async () => ticketCount(await count.innerText())).toBeLessThanOrEqual(Math.min(10, all - 1))
  await expect(page).toHaveURL(/[?&]q=/) // the search is in the address, so Back keeps it
  const table = page.getByRole('table', { name: 'Tickets' })
  const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: `#${t.id}`, exact: true }) })
  await expect(row).toBeVisible()
  await row.click()
  await expect(page.getByText(`#${t.id}`, { exact: true })).toBeVisible()
}

/** ticketCount reads the number of the ticket count line ("1,234 tickets"); not a count: Infinity. */
export function ticketCount(text: string): number {
  const m = /^([\d,]+) tickets?/.exec(text.trim())
  return m ? Number(m[1].replace(/,/g, '')) : Number.POSITIVE_INFINITY
}

/** conversation is the ticket page's thread. */
export const conversation = (page: Page) => page.getByRole('region', { name: 'Conversation' })

/**
 * openFirstArticle opens the first article of the Help Center tree of an integration and
 * returns its id (from the address).
 */
export async function openFirstArticle(page: Page, integration: string): Promise<number> {
  await gotoScreen(page, 'Help Center')
  const picker = page.getByRole('combobox', { name: 'Integration', exact: true })
  await expect(picker).not.toHaveValue('')
  if ((await picker.inputValue()) !== integration) {
    await picker.click()
    await page.getByRole('option', { name: integration, exact: true }).click()
  }
  await expect(picker).toHaveValue(integration)
  const link = page.getByRole('main').getByRole('navigation').first().getByRole('link').first()
  const title = (await link.innerText()).trim()
  await link.click()
  await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible()
  const m = /#\/help-center\/[^/]+\/(\d+)/.exec(page.url())
  expect(m, `article address ${page.url()}`).not.toBeNull()
  return Number(m![1])
}

/** articleText is a run of words of an article's body as Zendesk's API serves it. */
export async function articleText(id: number): Promise<string> {
  const { article } = await zendesk(`/api/v2/help_center/articles/${id}.json`)
  const words = wordRun(String(article.body), 4)
  expect(words, `a run of words in article ${id}`).not.toBe('')
  return words
}

/** articleTexts is articleText for every article, read while the emulator is still there. */
export async function articleTexts(): Promise<Map<number, string>> {
  const out = new Map<number, string>()
  for (let page = 1; page < 50; page++) {
    const res = await zendesk(`/api/v2/help_center/articles.json?per_page=100&page=${page}`)
    for (const a of res.articles as any[]) out.set(a.id, wordRun(String(a.body), 4))
    if (!res.next_page) break
  }
  return out
}

/** expectArticleBody checks the Article region shows the text and holds no script element. */
export async function expectArticleBody(page: Page, text: string) {
  const body = page.getByRole('region', { name: 'Article', exact: true })
  await expect(body).toBeVisible()
  await expect(body).toContainText(text)
  await expect(body.locator('script')).toHaveCount(0)
  await expect(page.locator('main script')).toHaveCount(0)
}
