import { levelLabels, reasonSentences, reasonText } from './reasons';

describe('reasonText', () => {
  it.each([
    ['sign_in_failed', 'The sign-in to Zendesk did not finish.'],
    ['bad_signature', 'The signature did not match this integration’s webhook secret (not from Zendesk, or an old secret).'],
    ['stale_timestamp', 'The delivery was more than 5 minutes old (a replay?) and was refused.'],
    ['registration_failed', 'The Zendesk webhook could not be created or updated.'],
  ])('words %s', (code, sentence) => {
    expect(reasonText(code)).toBe(sentence);
  });

  it('turns an unknown code into words, and nothing into nothing', () => {
    expect(reasonText('brand_new_reason')).toBe('Brand new reason.');
    expect(reasonText('')).toBe('');
  });

  it('has a full sentence for every code Go sends, never the code itself', () => {
    // The codes of backend/webhook (reasons and duplicate), app/connect.go and app/webhooks_wire.go.
    const codes = [
      'method_not_allowed', 'not_found', 'unknown_integration', 'body_too_large', 'body_unreadable',
      'missing_signature', 'bad_timestamp', 'not_registered', 'bad_signature', 'test_secret',
      'stale_timestamp', 'malformed_json', 'unavailable', 'duplicate', 'sign_in_failed', 'cancelled',
      'registration_failed',
    ];
    for (const code of codes) {
      expect(reasonSentences[code], code).toMatch(/^[A-Z].*\.$/);
      expect(reasonSentences[code]).not.toContain('_');
    }
  });

  it('words the levels', () => {
    expect(levelLabels).toEqual({ info: 'Info', warn: 'Warning', error: 'Error' });
  });
});
