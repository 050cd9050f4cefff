import { expect, test } from '@playwright/test'

test('the app opens on the Integrations page with its Go bindings', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Integrations', exact: true })).toBeVisible()
  // The list comes from Go through the bindings: an empty list or rows, never an error.
  await expect(page.getByText('The integrations could not be loaded')).toHaveCount(0)
})
