import { defineConfig } from '@playwright/test'

// Browser tests run in Debian's Chromium (never a downloaded browser) against the app served by
// the Wails dev-mode endpoint with its real Go bindings; .ci/e2e.sh starts everything.
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  outputDir: process.env.E2E_ARTIFACTS ? `${process.env.E2E_ARTIFACTS}/results` : 'test-results',
  reporter: [['list']],
  use: {
    baseURL: process.env.E2E_APP_URL ?? 'http://127.0.0.1:34115/',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
