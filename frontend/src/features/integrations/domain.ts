// The Zendesk domain rules, mirrored from backend/integration/domain.go so the form can answer
// as the admin types. Go is the authority: the form also asks IntegrationsAPI.CheckDomain, and a
// save is validated again in Go. Keep the messages word for word the same as Go's.
import type { DomainCheck } from '../../api/integrations';
import { rules } from '../../api/rules';

export const ZENDESK_SUFFIX = rules.domainSuffix;
export const MAX_DOMAIN_LENGTH = rules.maxDomainLength;

const otherServices: Record<string, string> = {
  'freshdesk.com': 'Freshdesk',
  'freshservice.com': 'Freshservice',
  'salesforce.com': 'Salesforce',
  'force.com': 'Salesforce',
  'hubspot.com': 'HubSpot',
  'intercom.io': 'Intercom',
  'helpscoutdocs.com': 'Help Scout',
  'atlassian.net': 'Atlassian',
  'zoho.com': 'Zoho',
  'gorgias.com': 'Gorgias',
};

const ENTER_DOMAIN =
  'Enter your Zendesk domain: the name before .zendesk.com, for example acme for acme.zendesk.com.';
const CANNOT_READ = 'That address cannot be read. Enter only your account\'s name, for example acme.';

/** q quotes like Go's %q for the printable text these messages carry. */
const q = (s: string) => JSON.stringify(s);

const ok = (domain: string): DomainCheck => ({
  ok: true,
  domain,
  host: domain + ZENDESK_SUFFIX,
  message: `We will connect to ${domain}${ZENDESK_SUFFIX}.`,
});
const refuse = (message: string): DomainCheck => ({ ok: false, domain: '', host: '', message });

/**
 * checkDomain turns what an admin types or pastes into the core Zendesk subdomain:
 * "https://Acme.zendesk.com/agent/tickets/5", "acme.zendesk.com" and " acme " all give "acme".
 * Anything that cannot be a Zendesk subdomain is refused with a message that says why.
 */
export function checkDomain(raw: string): DomainCheck {
  const s = raw.trim();
  if (s === '') return refuse(ENTER_DOMAIN);
  const { host: rawHost, msg } = hostOf(s);
  if (msg) return refuse(msg);
  let host = rawHost.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  let label = host;
  if (host.includes('.')) {
    if (host === 'zendesk.com' || host === 'www.zendesk.com') {
      return refuse(
        `${host} is Zendesk's own website. Enter your account's name, the part before .zendesk.com (for example acme).`,
      );
    }
    if (host.endsWith(ZENDESK_SUFFIX)) {
      label = host.slice(0, -ZENDESK_SUFFIX.length);
      if (label.includes('.')) {
        return refuse(
          `${host} has more than one name before .zendesk.com. Enter only your account's name, for example acme for acme.zendesk.com.`,
        );
      }
    } else {
      const svc = otherService(host);
      if (svc) {
        return refuse(
          `${host} is a ${svc} address, not a Zendesk one. Enter your Zendesk account's name, the part before .zendesk.com.`,
        );
      }
      return refuse(
        `${host} is not a .zendesk.com address. If it is a host-mapped brand domain, use the *.zendesk.com name shown in Admin Center → Account → Brand management (for example acme for acme.zendesk.com).`,
      );
    }
  }
  return checkLabel(label);
}

/** hostOf strips a scheme, user, path, query, fragment and port; msg explains a refusal. */
function hostOf(s: string): { host: string; msg: string } {
  if (/[ \t\r\n]/.test(s)) {
    return {
      host: '',
      msg: "A Zendesk domain has no spaces. Enter only your account's name, for example acme.",
    };
  }
  const i = s.indexOf('://');
  if (i >= 0) {
    const scheme = s.slice(0, i);
    if (!/^[a-zA-Z][a-zA-Z0-9+.-]*$/.test(scheme)) return { host: '', msg: CANNOT_READ };
    let authority = s.slice(i + 3);
    const end = authority.search(/[/?#]/);
    if (end >= 0) authority = authority.slice(0, end);
    const at = authority.lastIndexOf('@');
    if (at >= 0) authority = authority.slice(at + 1);
    const hostname = splitPort(authority, true);
    if (hostname === null || hostname === '') return { host: '', msg: CANNOT_READ };
    const lower = scheme.toLowerCase();
    if (lower !== 'http' && lower !== 'https') {
      return {
        host: '',
        msg: `${q(s)} is not a web address. Enter only your account's name, for example acme.`,
      };
    }
    return { host: hostname, msg: '' };
  }
  if (s.includes('@')) {
    return {
      host: '',
      msg: 'That looks like an email address. Enter the Zendesk domain only, for example acme for acme.zendesk.com.',
    };
  }
  const cut = s.search(/[/?#]/);
  const hostPort = cut >= 0 ? s.slice(0, cut) : s;
  return { host: splitPort(hostPort, false) ?? hostPort, msg: '' };
}

/**
 * splitPort drops a ":port" the way Go does: inside a URL (strict) the port must be digits or the
 * address cannot be read (null); a bare host:port (net.SplitHostPort) accepts any port text.
 */
function splitPort(hostPort: string, strict: boolean): string | null {
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(hostPort);
  if (bracketed) {
    const port = bracketed[2] ?? '';
    if (strict && !/^\d*$/.test(port)) return null;
    return strict || port !== '' ? bracketed[1] : hostPort;
  }
  const colons = hostPort.split(':').length - 1;
  if (colons === 0) return hostPort;
  if (colons > 1) return strict ? null : hostPort;
  const [h, port] = hostPort.split(':');
  if (strict) return /^\d*$/.test(port) ? h : null;
  return port !== '' ? h : hostPort;
}

function otherService(host: string): string {
  for (const [suffix, name] of Object.entries(otherServices)) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return name;
  }
  return '';
}

function checkLabel(label: string): DomainCheck {
  if (label === '') {
    return refuse('Enter your Zendesk domain: the name before .zendesk.com, for example acme.');
  }
  for (const r of label) {
    if (!(/[a-z0-9-]/.test(r))) {
      return refuse(
        `${q(label)} contains ${q(r)}: a Zendesk domain has only letters, digits and hyphens. Check the name in Admin Center → Account → Brand management.`,
      );
    }
  }
  if (label.length > MAX_DOMAIN_LENGTH) {
    return refuse(
      `${q(label)} is ${label.length} characters long; a Zendesk domain has at most ${MAX_DOMAIN_LENGTH}. Enter only your account's name, for example acme.`,
    );
  }
  if (label.startsWith('-') || label.endsWith('-')) {
    return refuse(
      `${q(label)} starts or ends with a hyphen, which a Zendesk domain never does. Check for a typing mistake.`,
    );
  }
  return ok(label);
}
