// Links from Zendesk content leave the app only to the system browser or mail program, and only
// as http, https or mailto: never smb: (a network share), file:, javascript: or a handler of some
// installed program. Go checks the same list again (backend/weblink) before opening anything.

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);
const MAX_SCHEME_SHOWN = 24;

export type ExternalLinkCheck = { ok: true; url: string } | { ok: false; message: string };

/** checkExternalUrl says whether raw may be opened outside the app, and why not. */
export function checkExternalUrl(raw: string): ExternalLinkCheck {
  const notALink = { ok: false, message: 'This is not a web or e-mail link, so Zensync did not open it.' } as const;
  const s = raw.trim();
  // eslint-disable-next-line no-control-regex
  if (!s || /[\u0000-\u001f\u007f]/.test(s)) return notALink;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return notALink;
  }
  if (!ALLOWED.has(url.protocol)) {
    const scheme = url.protocol.slice(0, -1).slice(0, MAX_SCHEME_SHOWN);
    return {
      ok: false,
      message: `Zensync opens only web (http, https) and e-mail (mailto) links; this ${scheme}: link was not opened. Copy it yourself if you trust it.`,
    };
  }
  if (url.protocol === 'mailto:' ? !url.pathname && !url.search : !url.host || url.username || url.password) {
    return notALink;
  }
  return { ok: true, url: url.href };
}
