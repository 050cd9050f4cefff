import { BLOCKED_IMAGE, sanitizeContent, sanitizeHtml } from './sanitize';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('sanitizeHtml', () => {
  const removed: Array<[string, string, (root: HTMLElement) => boolean]> = [
    ['a script element and its content', '<p>hi</p><script>alert(1)</script>', (r) => !r.querySelector('script') && !r.textContent?.includes('alert')],
    ['a style element', '<style>body{display:none}</style><p>x</p>', (r) => !r.querySelector('style')],
    ['an iframe', '<iframe src="https://evil.test"></iframe><p>x</p>', (r) => !r.querySelector('iframe')],
    ['object and embed', '<object data="x.swf"></object><embed src="x.swf">', (r) => !r.querySelector('object,embed')],
    ['a form and its inputs', '<form action="https://evil.test"><input name="p"><button>Go</button></form>', (r) => !r.querySelector('form,input,button')],
    ['an onerror handler', '<img src="https://x.test/a.png" onerror="alert(1)">', (r) => r.querySelector('img')?.getAttribute('onerror') === null],
    ['an onclick handler', '<p onclick="alert(1)" OnMouseOver="alert(2)">x</p>', (r) => Array.from(r.querySelector('p')!.attributes).every((a) => !a.name.startsWith('on'))],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', (r) => !r.querySelector('a')?.hasAttribute('href')],
    ['an obfuscated javascript: link', '<a href="  JaVa&#x09;ScRiPt:alert(1)">x</a>', (r) => !r.querySelector('a')?.hasAttribute('href')],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', (r) => !r.querySelector('a')?.hasAttribute('href')],
    ['a javascript: image (and hides it)', '<img src="javascript:alert(1)">', (r) => !r.querySelector('img')?.hasAttribute('src') && r.querySelector('img')!.hidden],
    ['svg with script', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"></a></svg>', (r) => !r.querySelector('svg,script')],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.test">', (r) => !r.querySelector('meta')],
    ['a base element', '<base href="https://evil.test/"><a href="https://a.test">a</a>', (r) => !r.querySelector('base')],
    ['an iframe with srcdoc hidden in markup', '<div><iframe srcdoc="<script>alert(1)</script>"></iframe></div>', (r) => !r.querySelector('iframe')],
  ];

  it.each(removed)('removes %s', (_name, input, check) => {
    const out = sanitizeHtml(input);
    expect(check(dom(out))).toBe(true);
    expect(out.toLowerCase()).not.toContain('alert(1)</script');
  });

  it('keeps ordinary formatting and text', () => {
    const out = dom(sanitizeHtml('<p>Hello <strong>there</strong><br><ul><li>one</li></ul></p>'));
    expect(out.querySelector('strong')?.textContent).toBe('there');
    expect(out.querySelector('li')?.textContent).toBe('one');
  });

  it('makes links open externally with rel=noopener', () => {
    const a = dom(sanitizeHtml('<a href="https://example.test/x" target="_self">x</a>')).querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.test/x');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toContain('noopener');
  });

  it('keeps mailto links, and https images once remote images are allowed', () => {
    const html = '<a href="mailto:a@b.test">m</a><img src="https://x.test/i.png" alt="i">';
    const r = dom(sanitizeHtml(html, { allowRemoteImages: true }));
    expect(r.querySelector('a')?.getAttribute('href')).toBe('mailto:a@b.test');
    expect(r.querySelector('img')?.getAttribute('src')).toBe('https://x.test/i.png');
  });

  it('does not offer tel: or other schemes as links (only http, https and mailto open)', () => {
    const r = dom(sanitizeHtml('<a href="tel:+123">call</a><a href="smb://evil.test/s">share</a>'));
    expect(r.querySelectorAll('a[href]')).toHaveLength(0);
  });

  it('resolves relative links against the base URL, and drops them without one', () => {
    const withBase = sanitizeHtml('<a href="/hc/articles/2">next</a>', {
      baseUrl: 'https://acme.zendesk.test/hc/articles/1',
    });
    expect(dom(withBase).querySelector('a')?.getAttribute('href')).toBe(
      'https://acme.zendesk.test/hc/articles/2',
    );
    const without = sanitizeHtml('<a href="#/settings/integrations">here</a>');
    expect(dom(without).querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('keeps inline styles but not fixed or absolute positioning', () => {
    const p = dom(sanitizeHtml('<p style="color: red; position: fixed; top: 0">x</p>')).querySelector('p')!;
    expect(p.style.color).toBe('red');
    expect(p.style.position).toBe('');
  });

  it('returns an empty string for empty input', () => {
    expect(sanitizeHtml('')).toBe('');
  });

  // Nothing in Zendesk content may make the web view fetch from another host unasked: a fetch tells
  // the sender the admin's IP address and when the ticket was read.
  const remote = /(?:https?:)?\/\/(?:track|cdn|evil|x)\.test/i;
  const leaks: Array<[string, string, number]> = [
    ['a tracking pixel', '<p>Hi</p><img src="https://track.test/p.gif?u=42" width="1" height="1">', 1],
    ['an http image', '<img src="http://cdn.test/a.png" alt="logo">', 1],
    ['a protocol-relative image resolved against an article', '<img src="//cdn.test/a.png">', 1],
    ['an img srcset', '<img src="https://cdn.test/a.png" srcset="https://cdn.test/a2.png 2x, https://evil.test/b.png 3x">', 1],
    ['picture/source srcset', '<picture><source srcset="https://cdn.test/a.webp" type="image/webp"><img src="https://cdn.test/a.png"></picture>', 1],
    ['video src and poster', '<video src="https://cdn.test/v.mp4" poster="https://track.test/p.png" autoplay></video>', 0],
    ['audio with a source', '<audio controls><source src="https://cdn.test/a.mp3"></audio>', 0],
    ['CSS url() in a style attribute', '<div style="color: red; background: url(https://track.test/bg.png)">x</div>', 0],
    ['CSS background-image with quotes', '<p style="background-image: url(\'https://track.test/q.png\')">x</p>', 0],
    ['CSS image-set()', '<p style="background-image: image-set(\'https://track.test/s.png\' 1x)">x</p>', 0],
    ['a CSS escape spelling url()', '<p style="background: \\75 rl(https://track.test/e.png)">x</p>', 0],
    ['CSS list-style-image', '<ul style="list-style-image: url(https://track.test/l.png)"><li>x</li></ul>', 0],
    ['a <style> tag with @import', '<style>@import url(https://track.test/s.css); p { background: url(https://track.test/b.png) }</style><p>x</p>', 0],
    ['a relative image in an article', '<img src="/hc/article_attachments/1/a.png">', 1],
  ];

  it.each(leaks)('blocks %s', (_name, input, placeholders) => {
    const { html, blockedImages } = sanitizeContent(input, { baseUrl: 'https://acme.zendesk.test/hc/articles/1' });
    const r = dom(html);
    expect(html).not.toMatch(remote);
    expect(html).not.toContain('acme.zendesk.test/hc/article_attachments');
    expect(r.querySelector('style')).toBeNull();
    expect(r.querySelector('[srcset]')).toBeNull();
    expect(blockedImages).toBe(placeholders);
    const shown = Array.from(r.querySelectorAll('img')).filter((i) => i.getAttribute('src') === BLOCKED_IMAGE);
    expect(shown).toHaveLength(placeholders);
    shown.forEach((img) => expect(img.getAttribute('title')).toBe('Remote image blocked'));
  });

  it('keeps the harmless part of a style that also fetched', () => {
    const p = dom(sanitizeHtml('<p style="color: red; background: url(https://track.test/bg.png)">x</p>')).querySelector('p')!;
    expect(p.style.color).toBe('red');
    expect(p.getAttribute('style') ?? '').not.toMatch(/url/i);
  });

  it('keeps data: images and images from the app itself, which are not remote', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const own = `${window.location.origin}/attachments/1/a.png`;
    const { html, blockedImages } = sanitizeContent(`<img src="${png}" alt="inline"><img src="${own}" alt="local">`);
    const imgs = dom(html).querySelectorAll('img');
    expect(blockedImages).toBe(0);
    expect(imgs[0].getAttribute('src')).toBe(png);
    expect(imgs[1].getAttribute('src')).toBe(own);
  });

  it('loads remote images when allowed, upgraded to https (the CSP allows no http images)', () => {
    const { html, blockedImages } = sanitizeContent('<img src="http://cdn.test/a.png" alt="logo">', {
      allowRemoteImages: true,
    });
    expect(blockedImages).toBe(0);
    expect(dom(html).querySelector('img')?.getAttribute('src')).toBe('https://cdn.test/a.png');
  });

  it('never loads remote media or CSS, even with remote images allowed', () => {
    const html = sanitizeHtml(
      '<video poster="https://track.test/p.png"><source src="https://cdn.test/v.mp4"></video><p style="background:url(https://track.test/b.png)">x</p>',
      { allowRemoteImages: true },
    );
    expect(html).not.toMatch(remote);
  });
});
