import { describe, expect, it } from 'vitest';
import { formatHistoryValue } from '../../src/lib/history-values';

describe('values as Historik, its CSV and Konflikter show them', () => {
  it('names a follow-up status as the plan does, only for the status field', () => {
    expect(formatHistoryValue('delvis', 'status')).toBe('Delvis uppfyllt');
    expect(formatHistoryValue('ejBedomd', 'status')).toBe('Ej bedömd');
    // The same word in a free-text field is what someone wrote.
    expect(formatHistoryValue('delvis', 'comment')).toBe('delvis');
  });

  it('names the status in a follow-up’s own history list', () => {
    const history = [{ at: '2026-03-01', status: 'helt', comment: 'Klart i tid', by: 'Strateg' }];
    expect(formatHistoryValue(history, 'history')).toBe(
      '2026-03-01 – Helt uppfyllt – Klart i tid – Strateg',
    );
  });

  it('shows lists one item a line and phones as label and number, never JSON', () => {
    const phones = [
      { label: 'Växel', number: '060-16 30 00' },
      { label: '', number: '112' },
    ];
    expect(formatHistoryValue(phones, 'phones')).toBe('Växel 060-16 30 00\n112');
  });
});
