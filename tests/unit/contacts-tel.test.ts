import { describe, expect, it } from 'vitest';
import { dialString, mailtoHref, smsHref, telHref } from '../../src/lib/tel';

describe('tel:, sms: and mailto: links', () => {
  it('strips spaces from short numbers', () => {
    expect(telHref('114 14')).toBe('tel:11414');
    expect(telHref('112')).toBe('tel:112');
  });

  it('strips dashes and spaces from the switchboard number', () => {
    expect(telHref('060-16 31 00')).toBe('tel:060163100');
  });

  it('keeps a leading + for international numbers', () => {
    expect(telHref('+46 60 16 31 00')).toBe('tel:+4660163100');
    expect(dialString(' +46-60-163100 ')).toBe('+4660163100');
  });

  it('builds sms: links the same way', () => {
    expect(smsHref('070-123 45 67')).toBe('sms:0701234567');
  });

  it('builds mailto: links, encoding unsafe characters', () => {
    expect(mailtoHref(' rth@timra.se ')).toBe('mailto:rth@timra.se');
    expect(mailtoHref('a b@x.se')).toBe('mailto:a%20b@x.se');
  });
});
