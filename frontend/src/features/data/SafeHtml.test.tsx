import { fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { SafeHtml } from './SafeHtml';

function renderHtml(html: string, plainText = '') {
  return render(
    <MantineProvider>
      <div data-testid="box">
        <SafeHtml html={html} plainText={plainText} />
      </div>
    </MantineProvider>,
  );
}

describe('SafeHtml', () => {
  it('renders sanitized HTML', () => {
    renderHtml('<p>Hello <em>world</em></p><script>window.__ran = true</script>');
    expect(screen.getByText('world').tagName).toBe('EM');
    expect(screen.getByTestId('box').querySelector('script')).toBeNull();
  });

  it('falls back to the plain text when the HTML is empty or all removed', () => {
    renderHtml('<script>x()</script>', 'Plain words\nsecond line');
    expect(screen.getByText(/Plain words/)).toBeInTheDocument();
  });

  it('hides an image that cannot load (offline)', () => {
    renderHtml(`<p>see <img src="${window.location.origin}/x.png" alt="x"></p>`);
    const img = screen.getByTestId('box').querySelector('img')!;
    expect(img.hidden).toBe(false);
    fireEvent.error(img);
    expect(img.hidden).toBe(true);
  });
});
