// The window stays light during a sync (issue 15): while the first sync of a large account runs,
// the app's real web view (the WebKitGTK window of the dev build, on the Integrations page with
// the sync's progress) and the browser page (Chromium, on the same page) are measured for the
// CPU they use. The figures go to $E2E_ARTIFACTS/webview-cpu.json; .ci/webview-cpu.sh merges
// them into build/bench/results.json.
import { expect, test, type Page } from '@playwright/test'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { addIntegration, connectFromDialog, demo, integrationRow, openApp } from '../env'

const appPID = Number(process.env.E2E_APP_PID ?? 0)
const clockTicks = 100 // USER_HZ on Linux

interface Proc {
  pid: number
  ppid: number
  comm: string
  cpuTicks: number // utime + stime
}

/** processes reads every process's parent, name and CPU ticks from /proc/<pid>/stat. */
function processes(): Proc[] {
  const out: Proc[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8')
    } catch {
      continue // it exited meanwhile
    }
    const open = stat.indexOf('('),
      close = stat.lastIndexOf(')')
    const rest = stat.slice(close + 2).split(' ') // from field 3 (state) on
    out.push({
      pid: Number(name),
      comm: stat.slice(open + 1, close),
      ppid: Number(rest[1]),
      cpuTicks: Number(rest[11]) + Number(rest[12]), // fields 14 and 15
    })
  }
  return out
}

/** cpuSeconds sums the CPU of the app process and of its WebKit processes (the web view). */
function cpuSeconds(): { app: number; webview: number; webviewProcesses: number } {
  const all = processes()
  const children = new Map<number, Proc[]>()
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p])
  let app = 0,
    webview = 0,
    webviewProcesses = 0
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      if (c.comm.startsWith('WebKit')) {
        webview += c.cpuTicks
        webviewProcesses++
      }
      walk(c.pid)
    }
  }
  app = all.find((p) => p.pid === appPID)?.cpuTicks ?? 0
  walk(appPID)
  return { app: app / clockTicks, webview: webview / clockTicks, webviewProcesses }
}

/** pageTaskSeconds is Chromium's main-thread task time of the page (DevTools Performance metrics). */
async function pageTaskSeconds(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0
  }
}

test('the web view stays light while a large first sync runs', async ({ page, context }) => {
  expect(appPID, 'E2E_APP_PID').toBeGreaterThan(0)
  const name = 'Large account'
  await openApp(page)
  const before = cpuSeconds()
  expect(before.webviewProcesses, 'the app has a WebKit web view').toBeGreaterThan(0)
  const taskSeconds = await pageTaskSeconds(page)
  // The baseline: the same screen for a while with nothing syncing.
  const idle0 = cpuSeconds(),
    idleTask0 = await taskSeconds(),
    idleStart = Date.now()
  await page.waitForTimeout(15_000)
  const idleWall = (Date.now() - idleStart) / 1000
  const idle1 = cpuSeconds(),
    idleTask1 = await taskSeconds()
  const dialog = await addIntegration(page, {
    name,
    capability: 'Helpdesk',
    domain: `${demo.subdomain}.zendesk.com`,
    expectHost: demo.host,
  })
  const start = Date.now()
  const cpu0 = cpuSeconds()
  const task0 = await taskSeconds()
  await connectFromDialog(context, dialog, 'Connect', `Connected to ${demo.host}`)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  // The sync Connect started: Sync now shows its progress (it does not start a second one).
  const progress = page.getByRole('status', { name: 'Sync progress' })
  await integrationRow(page, name).getByRole('button', { name: 'Sync now' }).click()
  await expect(progress).toBeVisible()
  await expect(progress.getByText('Not syncing')).toBeVisible({ timeout: 840_000 })
  const wall = (Date.now() - start) / 1000
  const cpu1 = cpuSeconds()
  const task1 = await taskSeconds()
  // The row's counts catch up once the list is refetched after the sync's end.
  const rowTickets = async () => {
    const text = (await integrationRow(page, name).textContent()) ?? ''
    return Number(text.match(/([\d,]+) tickets/)?.[1].replace(/,/g, '') ?? 0)
  }
  // Most of the seeded account (E2E_SEED_TICKETS, set from WEBVIEW_TICKETS) is synced.
  const seeded = Number(process.env.E2E_SEED_TICKETS ?? 100_000)
  await expect.poll(rowTickets, { timeout: 30_000 }).toBeGreaterThan(seeded / 2)
  const tickets = await rowTickets()

  const pct = (s: number, over = wall) => Math.round((1000 * s) / over) / 10
  const figures = {
    webview_idle_cpu_percent: pct(idle1.webview - idle0.webview, idleWall),
    webview_idle_browser_page_cpu_percent: pct(idleTask1 - idleTask0, idleWall),
    webview_sync_wall_s: Math.round(wall * 10) / 10,
    webview_sync_tickets: tickets,
    webview_cpu_percent: pct(cpu1.webview - cpu0.webview),
    webview_app_cpu_percent: pct(cpu1.app - cpu0.app),
    webview_browser_page_cpu_percent: pct(task1 - task0),
  }
  console.log('webview-cpu:', JSON.stringify(figures))
  writeFileSync(`${process.env.E2E_ARTIFACTS ?? '.'}/webview-cpu.json`, JSON.stringify(figures, null, 2))
})
