// Addresses and helpers shared by the browser tests; .ci/e2e-session.sh sets the variables.
export const emulatorURL = process.env.E2E_EMULATOR_URL ?? 'http://127.0.0.1:18089'
export const emulatorPID = Number(process.env.E2E_EMULATOR_PID ?? 0)

export async function control(path: string, init?: RequestInit): Promise<any> {
  const res = await fetch(`${emulatorURL}/_emulator/${path}`, {
    headers: { 'Content-Type': 'application/json' },
    ...init,
  })
  if (!res.ok) throw new Error(`emulator control ${path}: ${res.status} ${await res.text()}`)
  const text = await res.text()
  return text ? JSON.parse(text) : null
}
