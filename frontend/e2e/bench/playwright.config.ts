import { defineConfig } from '@playwright/test'
import base from '../playwright.config'

// make bench: the web view's CPU while a large first sync runs (.ci/webview-cpu.sh starts the
// app, a 100,000-ticket emulator under time-scaled Professional limits, and this config).
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /.*\.bench\.ts$/,
  timeout: 900_000,
})
