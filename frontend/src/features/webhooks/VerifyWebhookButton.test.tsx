import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../api/webhooks';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { goError, stubGo } from '../../test/wails';
import { VerifyWebhookButton } from './VerifyWebhookButton';

const checks = (failing: string[] = []) =>
  ['exists', 'name', 'active', 'endpoint', 'ticket_created', 'ticket_updated'].map((id) => ({
    id,
    label: `Check ${id}`,
    ok: !failing.includes(id),
    detail: failing.includes(id) ? `${id} is wrong` : `${id} is fine`,
  }));

const report = (over: Partial<VerifyReport>): VerifyReport => ({
  integrationId: 'b7a8c1de-0000-4000-8000-000000000001',
  webhookId: '01HW',
  endpoint: 'https://tunnel.example/webhooks/zendesk/b7a8c1de-0000-4000-8000-000000000001',
  checks: checks(),
  testSent: true,
  testArrived: true,
  testDetail: 'A signed test delivery reached the listener in 12 ms.',
  ok: true,
  off: false,
  message: '',
  ...over,
});

async function openVerify(r: VerifyReport | (() => never)) {
  const api = stubGo('WebhooksAPI', { Verify: typeof r === 'function' ? r : () => r });
  const i = integration({ status: 'connected', webhookState: 'active', webhookBaseUrl: 'https://tunnel.example' });
  const view = renderWithApp(<VerifyWebhookButton integration={i} />);
  await view.user.click(screen.getByRole('button', { name: 'Verify webhook' }));
  expect(api.Verify).toHaveBeenCalledWith(i.id);
  return screen.findByRole('dialog');
}

describe('VerifyWebhookButton', () => {
  it('shows a tick for every check and the test delivery when all is well', async () => {
    const dialog = await openVerify(report({}));
    expect(await within(dialog).findByText('Check exists')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('img', { name: 'passed' })).toHaveLength(7);
    expect(within(dialog).queryByRole('img', { name: 'failed' })).toBeNull();
    expect(within(dialog).getByText('Test delivery through the tunnel arrived')).toBeInTheDocument();
    expect(within(dialog).getByText(/Everything checks out/)).toBeInTheDocument();
  });

  it('shows a cross with the detail for each failing check and a missing test delivery', async () => {
    const dialog = await openVerify(
      report({
        checks: checks(['active', 'ticket_updated']),
        testArrived: false,
        testDetail: 'No signed delivery reached the listener within 5s.',
        ok: false,
      }),
    );
    expect(await within(dialog).findByText('active is wrong')).toBeInTheDocument();
    expect(within(dialog).getByText('ticket_updated is wrong')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('img', { name: 'failed' })).toHaveLength(3);
    expect(within(dialog).getByText('Test delivery through the tunnel did not arrive')).toBeInTheDocument();
    expect(within(dialog).getByText(/No signed delivery reached the listener/)).toBeInTheDocument();
  });

  it('says webhooks are off and how to turn them on without a public base URL', async () => {
    const dialog = await openVerify(
      report({ off: true, checks: [], message: 'Webhooks off — polling only. To receive changes within seconds, set a public base URL.' }),
    );
    expect(await within(dialog).findByText('Webhooks off — polling only')).toBeInTheDocument();
    expect(within(dialog).getByText(/set a public base URL/)).toBeInTheDocument();
    expect(within(dialog).getByText('cloudflared tunnel --url http://127.0.0.1:47601')).toBeInTheDocument();
  });

  it('names the tunnel command once when Go already gives it', async () => {
    const message =
      'Webhooks off — polling only. To receive changes within seconds, set a public base URL that tunnels to the webhook listener (for example: cloudflared tunnel --url http://127.0.0.1:47611) in Edit → Authentication & configuration.';
    const dialog = await openVerify(report({ off: true, checks: [], message }));
    expect(await within(dialog).findByText(/cloudflared tunnel --url http:\/\/127\.0\.0\.1:47611/)).toBeInTheDocument();
    expect(within(dialog).queryByText(/For example, run/)).not.toBeInTheDocument();
    expect(within(dialog).getAllByText(/cloudflared/)).toHaveLength(1);
  });

  it('shows why Zendesk could not be asked', async () => {
    const dialog = await openVerify(() => {
      throw goError('unauthorized', 'The token is expired or revoked: Edit → Authentication → Re-generate Token.');
    });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The token is expired or revoked');
  });
});
