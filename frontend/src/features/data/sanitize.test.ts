import { sanitizeHtml } from './sanitize';

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

  it('keeps mailto links and https images', () => {
    const r = dom(sanitizeHtml('<a href="mailto:a@b.test">m</a><img src="https://x.test/i.png" alt="i">'));
    expect(r.querySelector('a')?.getAttribute('href')).toBe('mailto:a@b.test');
    expect(r.querySelector('img')?.getAttribute('src')).toBe('https://x.test/i.png');
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
});
