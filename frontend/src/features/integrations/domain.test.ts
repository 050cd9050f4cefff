import { describe, expect, it } from 'vitest';
import { checkDomain } from './domain';

// The same inputs as backend/integration's table: what is accepted becomes the core subdomain;
// what is refused says why (matched here by a phrase of Go's message).
const accepted: [string, string][] = [
  ['acme', 'acme'],
  [' acme ', 'acme'],
  ['Acme', 'acme'],
  ['acme.zendesk.com', 'acme'],
  ['ACME.ZENDESK.COM', 'acme'],
  ['acme.zendesk.com.', 'acme'],
  ['https://Acme.zendesk.com/agent/tickets/5', 'acme'],
  ['http://acme.zendesk.com', 'acme'],
  ['https://acme.zendesk.com:443/hc/en-us?x=1#top', 'acme'],
  ['HTTPS://acme.zendesk.com', 'acme'],
  ['https://admin@acme.zendesk.com/', 'acme'],
  ['acme.zendesk.com/agent', 'acme'],
  ['acme.zendesk.com:8443', 'acme'],
  ['acme-support', 'acme-support'],
  ['d3v-acme2', 'd3v-acme2'],
  ['a'.repeat(63), 'a'.repeat(63)],
];

const refused: [string, string][] = [
  ['', 'Enter your Zendesk domain'],
  ['   ', 'Enter your Zendesk domain'],
  ['acme corp', 'has no spaces'],
  ['admin@acme.com', 'looks like an email address'],
  ['ftp://acme.zendesk.com', 'is not a web address'],
  ['https://', 'cannot be read'],
  ['https://acme.zendesk.com:abc/', 'cannot be read'],
  ['zendesk.com', "is Zendesk's own website"],
  ['https://www.zendesk.com', "is Zendesk's own website"],
  ['eu.acme.zendesk.com', 'more than one name before .zendesk.com'],
  ['acme.freshdesk.com', 'is a Freshdesk address'],
  ['https://acme.my.salesforce.com', 'is a Salesforce address'],
  ['support.acme.com', 'host-mapped brand domain'],
  ['acme_support', 'contains "_"'],
  ['acmé', 'contains "é"'],
  ['a'.repeat(64), 'is 64 characters long; a Zendesk domain has at most 63'],
  ['-acme', 'starts or ends with a hyphen'],
  ['acme-', 'starts or ends with a hyphen'],
  ['.zendesk.com', 'the name before .zendesk.com, for example acme.'],
];

describe('checkDomain', () => {
  it.each(accepted)('accepts %j as %j', (raw, want) => {
    const got = checkDomain(raw);
    expect(got.message).toBe(`We will connect to ${want}.zendesk.com.`);
    expect(got.ok).toBe(true);
    expect(got.domain).toBe(want);
    expect(got.host).toBe(`${want}.zendesk.com`);
  });

  it.each(refused)('refuses %j saying %j', (raw, phrase) => {
    const got = checkDomain(raw);
    expect(got.ok).toBe(false);
    expect(got.domain).toBe('');
    expect(got.message).toContain(phrase);
  });

  it('quotes the offending name and character like Go', () => {
    expect(checkDomain('acme!').message).toBe(
      '"acme!" contains "!": a Zendesk domain has only letters, digits and hyphens. Check the name in Admin Center → Account → Brand management.',
    );
  });
});
