import { attachmentToken, BLOCKED_IMAGE, sanitizeContent } from './sanitize';

const SHA = 'ab'.repeat(32);
const CONTENT_URL = 'https://acme.zendesk.com/attachments/token/tok123/?name=screen.png';
const local = { tok123: `/local-attachments/${SHA}` };

function imgSrc(html: string): string | null {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.querySelector('img')?.getAttribute('src') ?? null;
}

describe('sanitizer and downloaded attachments', () => {
  it.each([
    ['the content URL', CONTENT_URL],
    ['the URL with the name escaped in HTML', 'https://acme.zendesk.com/attachments/token/tok123/?name=screen.png&amp;x=1'],
    ['a host-mapped brand URL of the same attachment', 'https://support.acme.com/attachments/token/tok123/?name=screen.png'],
  ])('shows an inline image from its local copy: %s', (_, src) => {
    const out = sanitizeContent(`<p>see <img src="${src}"></p>`, { localAttachments: local });
    expect(imgSrc(out.html)).toBe(`${window.location.origin}/local-attachments/${SHA}`);
    expect(out.blockedImages).toBe(0);
  });

  it('still blocks an attachment image that is not downloaded yet (no remote loading)', () => {
    const out = sanitizeContent(`<img src="https://acme.zendesk.com/attachments/token/other/?name=a.png">`, {
      localAttachments: local,
    });
    expect(imgSrc(out.html)).toBe(BLOCKED_IMAGE);
    expect(out.blockedImages).toBe(1);
  });

  it('never rewrites to anything but a same-origin path', () => {
    for (const bad of ['https://evil.test/x.png', '//evil.test/x.png', 'javascript:alert(1)']) {
      const out = sanitizeContent(`<img src="${CONTENT_URL}">`, { localAttachments: { tok123: bad } });
      expect(imgSrc(out.html)).toBe(BLOCKED_IMAGE);
    }
  });

  it('leaves links to attachments alone (they open in the browser)', () => {
    const out = sanitizeContent(`<a href="${CONTENT_URL}">screen.png</a>`, { localAttachments: local });
    expect(out.html).toContain(`href="${CONTENT_URL.replace('&', '&amp;')}"`);
  });

  it.each([
    [CONTENT_URL, 'tok123'],
    ['https://acme.zendesk.com/attachments/token/a%2Fb/?name=x', 'a/b'],
    ['https://acme.zendesk.com/api/v2/attachments/1.json', null],
    ['not a url', null],
  ])('attachmentToken(%s) = %s', (url, want) => {
    expect(attachmentToken(url)).toBe(want);
  });
});
