import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { stubGo } from '../../test/wails';
import { AboutPage } from './AboutPage';

describe('AboutPage', () => {
  it('shows the version, platform and data folder the Go side reports', async () => {
    stubGo('Boot', {
      About: () => ({ version: '1.4.0+git3.g1a2b3c4', os: 'windows', arch: 'amd64', dataDir: 'C:\\Users\\a\\AppData\\Roaming\\zensync' }),
    });
    renderWithApp(<AboutPage />);
    expect(await screen.findByLabelText('Version')).toHaveTextContent('1.4.0+git3.g1a2b3c4');
    expect(screen.getByText('Windows (amd64)')).toBeInTheDocument();
    expect(screen.getByText('C:\\Users\\a\\AppData\\Roaming\\zensync')).toBeInTheDocument();
  });

  it('says so when the version cannot be read', async () => {
    stubGo('Boot', {
      About: () => {
        throw JSON.stringify({ code: 'internal', message: 'boom' });
      },
    });
    renderWithApp(<AboutPage />);
    expect(await screen.findByText(/Could not read the version: boom/)).toBeInTheDocument();
  });
});
