// Issue 12 (5): Zendesk content loads nothing remote unasked. A comment with a tracking pixel is
// added in Zendesk: its webhook event carries the plain body only (as Zendesk's does), so the
// image arrives with the next sync, which brings Zendesk's HTML. The page must not request the
// pixel until "Load remote images" is clicked, and the window carries a strict CSP. Relies on
// 20-connect and 30-sync ("Demo support" connected, webhook on, tickets synced).
import { expect, test } from '@playwright/test'
import {
  control,
  conversation,
  demo,
  gotoScreen,
  integrationRow,
  names,
  openApp,
  pickTicket,
  searchAndOpenTicket,
} from './env'

test('a tracking pixel in a comment is not requested until Load remote images', async ({ page }) => {
  test.setTimeout(420_000) // a sync or two after the webhook (below)
  const requested: string[] = []
  page.on('request', (r) => requested.push(r.url()))

  await openApp(page)
  const csp = page.locator('meta[http-equiv="Content-Security-Policy"]')
  await expect(csp).toHaveCount(1)
  const policy = (await csp.getAttribute('content')) ?? ''
  expect(policy).toContain("default-src 'self'")
  expect(policy).toContain("script-src 'self'")
  expect(policy).toMatch(/img-src 'self' data: blob: https:;/)
  expect(policy).not.toContain("'unsafe-eval'")

  const ticket = await pickTicket(280, { open: true })
  await searchAndOpenTicket(page, ticket)
  await expect(page.getByRole('heading', { name: ticket.subject, exact: true })).toBeVisible()

  const stamp = Date.now().toString(36)
  const pixel = `https://tracker.example.invalid/open-${stamp}.gif`
  const text = `Pixel check ${stamp}`
  await control(`${demo.subdomain}/tickets/${ticket.id}`, {
    method: 'PUT',
    body: JSON.stringify({
      ticket: {
        comment: {
          body: text,
          html_body: `<p>${text}</p><img src="${pixel}" width="1" height="1">` +
            `<p style="background: url(https://tracker.example.invalid/bg-${stamp}.png)">styled</p>`,
          public: true,
        },
      },
    }),
  })
  // The webhook brings the plain body at once.
  await expect(conversation(page)).toContainText(text, { timeout: 15_000 })

  // A sync brings Zendesk's HTML (the emulator holds a change back from its exports for a
  // minute: its clock moves past that), and the comment's HTML replaces the webhook's copy.
  await control(`${demo.subdomain}/clock`, { method: 'POST', body: JSON.stringify({ advance_seconds: 120 }) })
  // Sync now until the ticket shows Zendesk's HTML: a poll that was already running when the
  // clock moved ends without the comment, and its result may be the one on screen.
  await expect(async () => {
    await gotoScreen(page, 'Integrations')
    await integrationRow(page, names.helpdesk).getByRole('button', { name: 'Sync now' }).click()
    const progress = page.getByRole('status', { name: 'Sync progress' })
    await expect(progress.getByText('Not syncing')).toBeVisible({ timeout: 120_000 })
    await searchAndOpenTicket(page, ticket)
    await expect(conversation(page)).toContainText('styled', { timeout: 5_000 })
  }).toPass({ timeout: 300_000 })

  const notice = page.getByRole('region', { name: 'Remote images are blocked to protect your privacy' })
  await expect(notice).toBeVisible()
  await expect(conversation(page).getByTitle('Remote image blocked')).toHaveCount(1)
  // Give a request time to be made if anything were going to make one.
  await page.waitForTimeout(1_000)
  expect(requested.filter((u) => u.includes('tracker.example.invalid'))).toEqual([])

  // The admin asks: now (and only now) the image is requested; the CSS url() never is.
  const pixelRequest = page.waitForRequest((r) => r.url() === pixel)
  await notice.getByRole('button', { name: 'Load remote images' }).click()
  await pixelRequest
  await expect(notice).toBeHidden()
  expect(requested.filter((u) => u.includes(`bg-${stamp}`))).toEqual([])
})
