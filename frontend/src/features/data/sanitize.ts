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

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
const URL_ATTRS = ['href', 'src', 'xlink:href', 'cite', 'poster', 'srcset'];

export interface SanitizeOptions {
  /** baseUrl resolves relative links (an article's own URL); without it they are dropped. */
  baseUrl?: string;
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

function secureElement(node: Element, baseUrl?: string): void {
  for (const attr of Array.from(node.attributes)) {
    if (attr.name.toLowerCase().startsWith('on')) node.removeAttribute(attr.name);
  }
  const tag = node.tagName.toLowerCase();
  for (const name of URL_ATTRS) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const allowed = tag === 'a' || tag === 'area' ? LINK_PROTOCOLS : IMAGE_PROTOCOLS;
    const safe = name === 'srcset' ? null : resolveUrl(value, allowed, baseUrl);
    if (safe === null) node.removeAttribute(name);
    else node.setAttribute(name, safe);
  }
  // Content may style itself, but not lift itself out of the flow to cover the app.
  const style = (node as HTMLElement).style;
  if (style && ['fixed', 'absolute', 'sticky'].includes(style.position)) style.removeProperty('position');
  // An image whose source was dropped would only leave an empty box.
  if (tag === 'img' && !node.hasAttribute('src')) node.setAttribute('hidden', '');
  if (tag === 'a' || tag === 'area') {
    if (node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('target');
    }
  }
}

/**
 * sanitizeHtml returns html with everything that could run script or leave the page removed:
 * forbidden elements (script, style, iframe, object, embed, form…), every on* handler, and every
 * URL that is not http(s) (links may also be mailto:/tel:). Links open in a new window with
 * rel="noopener noreferrer". SVG and MathML are not allowed at all.
 */
export function sanitizeHtml(html: string, opts: SanitizeOptions = {}): string {
  if (!html) return '';
  const purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType === 1) secureElement(node as Element, opts.baseUrl);
  });
  return purifier.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    KEEP_CONTENT: true,
  });
}
