/// <reference types="vitest/config" />
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// dist/ is embedded by the Go binary and ignored by git except for .gitkeep, which keeps the
// folder present on a fresh clone (go:embed fails on a missing folder). Vite empties dist/ on
// every build, so put the marker back afterwards.
function keepGitkeep(): Plugin {
  return {
    name: 'zensync-keep-gitkeep',
    apply: 'build',
    closeBundle() {
      writeFileSync(resolve(import.meta.dirname, 'dist/.gitkeep'), '');
    },
  };
}

// The Vite dev server (`npm run dev`, `wails dev`) injects an inline React Refresh preamble that
// the strict CSP in index.html would block. Only in dev, let inline scripts run; builds keep
// script-src 'self' as written.
function devServerCsp(): Plugin {
  return {
    name: 'zensync-dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';"),
  };
}

export default defineConfig({
  plugins: [react(), keepGitkeep(), devServerCsp()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { strictPort: false },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 30000,
  },
});
