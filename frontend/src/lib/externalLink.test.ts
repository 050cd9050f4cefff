import { checkExternalUrl } from './externalLink';
import { openExternal } from '../api/links';
import { stubGo } from '../test/wails';

describe('checkExternalUrl', () => {
  const allowed: Array<[string, string]> = [
    ['https://acme.zendesk.com/hc/en-us/articles/1', 'https://acme.zendesk.com/hc/en-us/articles/1'],
    ['  http://example.test/a?b=c ', 'http://example.test/a?b=c'],
    ['mailto:help@example.test?subject=Hi', 'mailto:help@example.test?subject=Hi'],
  ];
  it.each(allowed)('opens %s', (url, want) => {
    expect(checkExternalUrl(url)).toEqual({ ok: true, url: want });
  });

  const refused: Array<[string, RegExp]> = [
    ['smb://evil.test/share', /this smb: link was not opened/],
    ['file:///etc/passwd', /this file: link/],
    ['javascript:alert(1)', /this javascript: link/],
    ['vscode://file/etc/passwd', /this vscode: link/],
    ['tel:+123', /this tel: link/],
    ['/relative/path', /not a web or e-mail link/],
    ['', /not a web or e-mail link/],
    ['https://bank.test@evil.test/', /not a web or e-mail link/],
    ['mailto:', /not a web or e-mail link/],
  ];
  it.each(refused)('refuses %s', (url, message) => {
    const r = checkExternalUrl(url);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('openExternal', () => {
  it('asks Go to open an allowed link', async () => {
    const links = stubGo('LinksAPI', { OpenExternal: () => undefined });
    await openExternal('https://example.test/x');
    expect(links.OpenExternal).toHaveBeenCalledWith('https://example.test/x');
  });

  it('refuses smb: in the front end, before Go is asked', async () => {
    const links = stubGo('LinksAPI', { OpenExternal: () => undefined });
    await expect(openExternal('smb://evil.test/share')).rejects.toMatchObject({ code: 'forbidden' });
    expect(links.OpenExternal).not.toHaveBeenCalled();
  });
});
