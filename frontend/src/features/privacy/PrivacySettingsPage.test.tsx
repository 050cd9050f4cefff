import { screen } from '@testing-library/react';
import { renderWithApp } from '../../test/render';
import { PrivacySettingsPage } from './PrivacySettingsPage';
import { ALWAYS_LOAD_REMOTE_IMAGES_KEY } from './remoteImagesPreference';

describe('PrivacySettingsPage', () => {
  afterEach(() => window.localStorage.clear());

  it('keeps remote images blocked by default and saves "Always load remote images"', async () => {
    const { user, unmount } = renderWithApp(<PrivacySettingsPage />);
    const toggle = screen.getByRole('switch', { name: /^Always load remote images/ });
    expect(toggle).not.toBeChecked();

    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(window.localStorage.getItem(ALWAYS_LOAD_REMOTE_IMAGES_KEY)).toBe('true');

    unmount();
    renderWithApp(<PrivacySettingsPage />);
    const again = screen.getByRole('switch', { name: /^Always load remote images/ });
    expect(again).toBeChecked();
    await user.click(again);
    expect(window.localStorage.getItem(ALWAYS_LOAD_REMOTE_IMAGES_KEY)).toBeNull();
  });
});
