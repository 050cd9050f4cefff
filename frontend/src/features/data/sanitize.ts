import DOMPurify from 'dompurify';

// Zendesk comment and article HTML is written by anyone who can email a ticket; the web view it is
// shown in can call Go. sanitizeHtml is the only way such HTML reaches the DOM (through SafeHtml).

/** Elements removed with their content, on top of DOMPurify's own rules. */
const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'link',
  'meta',
  'base',
  'noscript',
];

const FORBID_ATTR = ['srcdoc', 'action', 'formaction', 'ping', 'background'];

// tel: and others are not offered as links: openExternal only hands http, https and mailto to the
// system (src/lib/externalLink.ts, and again in Go).
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
const URL_ATTRS = ['href', 'src', 'xlink:href', 'cite', 'poster', 'srcset'];
/** Elements whose src/poster fetch media; remote ones are dropped (only images can be allowed). */
const MEDIA_TAGS = new Set(['video', 'audio', 'source', 'track']);

/**
 * BLOCKED_IMAGE is what a blocked remote image shows instead: a small inline picture (data:, so
 * it leaves nothing on the network).
 */
export const BLOCKED_IMAGE =
  'data:image/svg+xml;base64,' +
  btoa(
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" ' +
      'stroke="#868e96" stroke-width="1.5"><rect x="3" y="3" width="18" height="18" rx="2"/>' +
      '<circle cx="8.5" cy="8.5" r="1.5"/><path d="M21 15l-5-5L5 21"/><path d="M3 3l18 18"/></svg>',
  );
export const BLOCKED_IMAGE_TITLE = 'Remote image blocked';

export interface SanitizeOptions {
  /** baseUrl resolves relative links (an article's own URL); without it they are dropped. */
  baseUrl?: string;
  /**
   * allowRemoteImages lets <img> load from other hosts (the admin chose "Load remote images").
   * Without it, a remote image becomes a placeholder and nothing is fetched from its host.
   */
  allowRemoteImages?: boolean;
  /**
   * localAttachments maps a Zendesk attachment token (the <token> of
   * https://<sub>.zendesk.com/attachments/token/<token>/?name=…, or "article:<id>" for
   * …/hc/article_attachments/<id>/<name>; see attachmentToken) to the same-origin path of its
   * downloaded copy. Images pointing at such an attachment are shown from the copy: nothing is
   * loaded from Zendesk, and they show offline.
   */
  localAttachments?: Record<string, string>;
}

const ATTACHMENT_TOKEN = /\/attachments\/token\/([^/?#]+)\/?/;
/** A Help Center article attachment: /hc/[<locale>/]article_attachments/<id>[/<file name>]. */
const ARTICLE_ATTACHMENT = /\/hc\/(?:[a-z]{2,3}(?:-[a-z0-9]+)*\/)?article_attachments\/(\d+)(?:\/|$)/i;

/**
 * attachmentToken returns the key of a Zendesk attachment URL, or null: the token of a comment
 * attachment's content URL, or "article:<id>" for a Help Center article attachment.
 */
export function attachmentToken(url: string): string | null {
  try {
    const path = new URL(url).pathname;
    const m = ATTACHMENT_TOKEN.exec(path);
    if (m) return decodeURIComponent(m[1]);
    const a = ARTICLE_ATTACHMENT.exec(path);
    return a ? `article:${a[1]}` : null;
  } catch {
    return null;
  }
}

/** localCopy is the same-origin URL of url's downloaded attachment, or null. */
function localCopy(url: string, opts: SanitizeOptions): string | null {
  if (!opts.localAttachments) return null;
  const token = attachmentToken(url);
  const path = token === null ? undefined : opts.localAttachments[token];
  return path && path.startsWith('/') && !path.startsWith('//') ? new URL(path, window.location.origin).href : null;
}

export interface SanitizeResult {
  html: string;
  /** blockedImages counts remote images replaced by the placeholder. */
  blockedImages: number;
}

/** isLocalImage: data: images and this window's own origin (Zensync's files), never another host. */
function isLocal(url: string): boolean {
  if (/^data:image\/(png|gif|jpe?g|webp);base64,/i.test(url) || url === BLOCKED_IMAGE) return true;
  try {
    return new URL(url).origin === window.location.origin;
  } catch {
    return false;
  }
}

/** resolveUrl returns raw as an absolute URL with one of the allowed protocols, or null. */
function resolveUrl(raw: string, allowed: Set<string>, baseUrl?: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const isDataImage = /^data:image\/(png|gif|jpe?g|webp);base64,/i.test(trimmed);
  if (isDataImage && allowed === IMAGE_PROTOCOLS) return trimmed;
  let url: URL;
  try {
    url = baseUrl ? new URL(trimmed, baseUrl) : new URL(trimmed);
  } catch {
    return null;
  }
  return allowed.has(url.protocol) ? url.href : null;
}

/**
 * Any CSS that can fetch: url(), image-set(), image(), element(), and escapes (which could spell
 * them). A declaration holding one is dropped; content keeps its colours, sizes and fonts.
 */
const FETCHING_CSS = /url\s*\(|image-set\s*\(|image\s*\(|element\s*\(|expression\s*\(|@import|\\/i;

function secureStyle(node: HTMLElement): void {
  if (!node.hasAttribute('style')) return;
  const style = node.style;
  for (const prop of Array.from(style)) {
    if (FETCHING_CSS.test(style.getPropertyValue(prop))) style.removeProperty(prop);
  }
  // Content may style itself, but not lift itself out of the flow to cover the app.
  if (['fixed', 'absolute', 'sticky'].includes(style.position)) style.removeProperty('position');
  // Whatever the CSS parser could not take apart, or still fetches, goes as a whole.
  if (!style.cssText || FETCHING_CSS.test(style.cssText)) node.removeAttribute('style');
}

interface Tally {
  blockedImages: number;
}

function secureElement(node: Element, opts: SanitizeOptions, tally: Tally): void {
  for (const attr of Array.from(node.attributes)) {
    if (attr.name.toLowerCase().startsWith('on')) node.removeAttribute(attr.name);
  }
  const tag = node.tagName.toLowerCase();
  const isLink = tag === 'a' || tag === 'area';
  let blocked = false;
  for (const name of URL_ATTRS) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    // srcset is never kept: each of its URLs would need the same checks; src is enough.
    let safe = name === 'srcset' ? null : resolveUrl(value, isLink ? LINK_PROTOCOLS : IMAGE_PROTOCOLS, opts.baseUrl);
    if (safe !== null && tag === 'img' && name === 'src') safe = localCopy(safe, opts) ?? safe;
    if (safe !== null && !isLink && !isLocal(safe)) {
      if (tag === 'img' && name === 'src') {
        blocked = !opts.allowRemoteImages;
        // The CSP allows remote images over https only; upgrade http ones as browsers do.
        if (!blocked) safe = safe.replace(/^http:/i, 'https:');
        else safe = null;
      } else if (name !== 'cite') {
        safe = null; // remote video, audio, posters, backgrounds: never fetched
      }
    }
    if (safe === null) node.removeAttribute(name);
    else node.setAttribute(name, safe);
  }
  if (node instanceof HTMLElement) secureStyle(node);
  if (tag === 'img' && blocked) {
    tally.blockedImages++;
    node.setAttribute('src', BLOCKED_IMAGE);
    node.setAttribute('title', BLOCKED_IMAGE_TITLE);
    if (!node.getAttribute('alt')) node.setAttribute('alt', BLOCKED_IMAGE_TITLE);
  } else if (tag === 'img' && !node.hasAttribute('src')) {
    // An image whose source was dropped would only leave an empty box.
    node.setAttribute('hidden', '');
  }
  if (MEDIA_TAGS.has(tag)) node.removeAttribute('autoplay');
  if (isLink) {
    if (node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('target');
    }
  }
}

/**
 * sanitizeContent returns html with everything that could run script or leave the page removed:
 * forbidden elements (script, style, iframe, object, embed, form…), every on* handler, every URL
 * that is not http(s) (links may also be mailto:), CSS that fetches (url(), image-set()), and
 * remote media. Images of downloaded Zendesk attachments (opts.localAttachments) are rewritten to
 * their local copies. Other remote images become a placeholder unless opts.allowRemoteImages; the result
 * counts them, so the page can offer "Load remote images". Links open in a new window with
 * rel="noopener noreferrer". SVG and MathML are not allowed at all.
 */
export function sanitizeContent(html: string, opts: SanitizeOptions = {}): SanitizeResult {
  if (!html) return { html: '', blockedImages: 0 };
  const tally: Tally = { blockedImages: 0 };
  const purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType === 1) secureElement(node as Element, opts, tally);
  });
  const clean = purifier.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    KEEP_CONTENT: true,
  });
  return { html: clean, blockedImages: tally.blockedImages };
}

/** sanitizeHtml is sanitizeContent's HTML alone. */
export function sanitizeHtml(html: string, opts: SanitizeOptions = {}): string {
  return sanitizeContent(html, opts).html;
}
