import { screen } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TestResult } from '../../api/connect';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { goError, stubGo } from '../../test/wails';
import { TestConnectionButton } from './TestConnectionButton';

const result = (over: Partial<TestResult>): TestResult => ({
  ok: false,
  kind: 'error',
  message: '',
  userName: '',
  userEmail: '',
  role: '',
  retryAfterSeconds: 0,
  ...over,
});

describe('TestConnectionButton', () => {
  // Mantine keeps notifications in a module-level store: start every test with none.
  beforeEach(() => notifications.clean());

  const cases: Array<[string, TestResult, string]> = [
    [
      'success names the user and role',
      result({ ok: true, kind: 'success', message: 'Signed in as Jane (admin)', userName: 'Jane', role: 'admin' }),
      'Connection works',
    ],
    [
      'an expired token',
      result({ kind: 'token_expired', message: 'The token expired or was revoked. Re-generate it under Edit → Authentication.' }),
      'Token expired',
    ],
    ['rate limited with the wait', result({ kind: 'rate_limited', message: 'Zendesk is rate limiting requests. Try again in 42 seconds.', retryAfterSeconds: 42 }), 'Rate limited'],
    ['not an admin', result({ kind: 'not_admin', message: 'Signed in as Bob (agent), but Zensync needs an admin' }), 'Not an admin'],
  ];
  it.each(cases)('%s', async (_name, r, title) => {
    const api = stubGo('ConnectAPI', { TestConnection: () => r });
    const i = integration({ status: 'connected' });
    const { user } = renderWithApp(<TestConnectionButton integration={i} />);
    await user.click(screen.getByRole('button', { name: 'Test Connection' }));
    expect(api.TestConnection).toHaveBeenCalledWith(i.id);
    expect(await screen.findByText(`Acme support: ${title}`)).toBeInTheDocument();
    expect(screen.getByText(r.message)).toBeInTheDocument();
  });

  it('shows an error when the test could not run', async () => {
    stubGo('ConnectAPI', {
      TestConnection: () => {
        throw goError('not_found', 'It no longer exists: it may have been deleted. Refresh the list.');
      },
    });
    const { user } = renderWithApp(<TestConnectionButton integration={integration()} />);
    await user.click(screen.getByRole('button', { name: 'Test Connection' }));
    expect(await screen.findByText('It no longer exists: it may have been deleted. Refresh the list.')).toBeInTheDocument();
  });
});
