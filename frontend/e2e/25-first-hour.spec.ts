// Issue 14: a new admin's first hour. The backfill start defaults to the whole history and says
// what a changed start does; a domain typo is caught before anything is saved; closing the setup
// dialog cancels the sign-in, so a later Allow connects nothing. Relies on 20-connect ("Demo
// support" connected); leaves nothing behind.
import { expect, test } from '@playwright/test'
import { addIntegration, demo, fillIntegrationForm, integrationRow, names, openApp, signInThroughEmulator } from './env'

test('the backfill start is empty (the whole history) and says what moving it does', async ({ page }) => {
  await openApp(page)
  const setup = await fillIntegrationForm(page, {
    name: 'Whole history', capability: 'Helpdesk', domain: demo.subdomain, expectHost: demo.host,
  })
  const backfill = setup.getByLabel('Backfill start date')
  await expect(backfill).toHaveValue('')
  await expect(setup.getByText(/Empty: the whole history, for a complete local copy\./)).toBeVisible()
  await expect(setup.getByText(/about a minute per 10,000 tickets/)).toBeVisible()
  await setup.getByRole('button', { name: 'Cancel' }).click()
  await expect(setup).toBeHidden()

  // "Demo support" was saved with 2020-01-01 (20-connect).
  await integrationRow(page, names.helpdesk).getByRole('button', { name: 'Edit' }).click()
  const edit = page.getByRole('dialog', { name: `Edit ${names.helpdesk}` })
  await edit.getByRole('tab', { name: 'Authentication & configuration' }).click()
  await edit.getByLabel('Backfill start date').fill('2019-01-01')
  await expect(edit.getByText(/Saving fetches the missing range: the sync walks Zendesk's export again from 2019-01-01\./)).toBeVisible()
  await edit.getByLabel('Backfill start date').fill('2021-01-01')
  await expect(edit.getByText(/Tickets before the new date that are already stored are kept/)).toBeVisible()
  await edit.getByRole('button', { name: 'Cancel' }).click()
  await expect(edit).toBeHidden()
})

test('a domain with no Zendesk account is said next to the field and nothing is saved', async ({ page }) => {
  await openApp(page)
  const setup = await fillIntegrationForm(page, {
    name: 'Typo', capability: 'Helpdesk', domain: 'demoo', expectHost: 'demoo.zendesk.com',
  })
  const domain = setup.getByLabel('Zendesk domain')
  await domain.focus()
  await domain.blur()
  const message = 'No Zendesk account at demoo.zendesk.com — check the spelling.'
  await expect(setup.getByText(message)).toBeVisible()
  await setup.getByRole('button', { name: 'Save' }).click()
  await expect(setup.getByText(message)).toBeVisible()
  await expect(setup.getByText('Integration saved')).toHaveCount(0)
  await setup.getByRole('button', { name: 'Cancel' }).click()
  await expect(integrationRow(page, 'Typo')).toHaveCount(0)
})

test('closing the setup dialog cancels the sign-in: a later Allow connects nothing', async ({ page, context }) => {
  test.setTimeout(120_000)
  await openApp(page)
  const name = 'Closed too soon'
  const dialog = await addIntegration(page, {
    name, capability: 'Helpdesk', domain: demo.subdomain, expectHost: demo.host, pullRecordBy: 'Updated Time',
  })
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(dialog.getByText('Waiting for Zendesk')).toBeVisible()
  const link = await dialog.getByLabel('Sign-in link').inputValue()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  const browser = await signInThroughEmulator(context, link, { returns: false })
  await expect(browser.getByRole('heading', { name: 'Signed in to Zendesk' })).toHaveCount(0)
  await browser.close()
  await page.waitForTimeout(1000) // what a late connect would need to show
  await expect(integrationRow(page, name).getByText('Not connected', { exact: true })).toBeVisible()

  await integrationRow(page, name).getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog', { name: `Delete ${name}?` }).getByRole('button', { name: 'Delete integration' }).click()
  await expect(page.getByText(`${name} was deleted.`)).toBeVisible()
})
