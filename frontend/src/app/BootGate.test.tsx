import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { stubGo } from '../test/wails';

describe('App boot', () => {
  it('shows a full-page error, not the app, when the database could not be opened', async () => {
    stubGo('Boot', {
      Status: async () => ({
        ok: false,
        message: 'file is not a database',
        path: '/home/ada/.config/zensync/zensync.db',
        dataDir: '/home/ada/.config/zensync',
        version: 'dev',
      }),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Zensync could not open its database' })).toBeInTheDocument();
    expect(screen.getByText('file is not a database')).toBeInTheDocument();
    expect(screen.getByText('/home/ada/.config/zensync/zensync.db')).toBeInTheDocument();
    expect(screen.getByText(/The file was left untouched/)).toBeInTheDocument();
    // The flag is one unbreakable piece of code, not "-" and "-data-dir" on two lines.
    expect(screen.getByText('--data-dir')).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('opens on Settings → Integrations when the back end started', async () => {
    stubGo('Boot', {
      Status: async () => ({ ok: true, message: '', path: '', dataDir: '/tmp/z', version: 'dev' }),
    });
    stubGo('IntegrationsAPI', { List: async () => [] });
    render(<App />);
    // The whole app renders here; on two busy cores that can take more than the default second.
    expect(await screen.findByRole('heading', { name: 'Integrations' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Integrations' })).toHaveAttribute('href', '#/settings/integrations');
    expect(screen.getByText('Settings')).toBeInTheDocument();
  });
});

describe('App boot without a back end', () => {
  it('says the back end could not be reached instead of showing a blank page', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Zensync could not start' })).toBeInTheDocument();
    expect(screen.getByText(/back end is not available \(Boot\.Status\)/)).toBeInTheDocument();
  });
});
