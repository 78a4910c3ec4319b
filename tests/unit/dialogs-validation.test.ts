import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/shared/schemas';
import { emptyForm, type DialogFormState } from '../../src/features/dialogs/form-state';
import {
  privacyMessage,
  privacyWarnings,
  validateForm,
} from '../../src/features/dialogs/validate-form';

// 2026-03-10 13:00 in Stockholm.
const NOW = new Date('2026-03-10T12:00:00Z');
const valid = (patch: Partial<DialogFormState> = {}): DialogFormState => ({
  ...emptyForm(NOW),
  organisationText: 'Kvarnen',
  ...patch,
});

describe('validateForm', () => {
  it('accepts a dialog with only a date and an organisation', () => {
    expect(validateForm(valid(), NOW)).toEqual({});
  });

  it('needs an organisation for a dialog meeting, but not for the other kinds', () => {
    const none = { organisationText: '  ' };
    expect(validateForm(valid(none), NOW)).toEqual({
      organisation: 'Välj eller skriv minst en organisation.',
    });
    for (const kind of ['network', 'training', 'intervention'] as const) {
      expect(validateForm(valid({ ...none, kind }), NOW)).toEqual({});
    }
  });

  it('a chosen organisation counts, a typed one too', () => {
    expect(
      validateForm(valid({ organisationText: '', organisations: [{ id: 'o1', name: 'A' }] }), NOW),
    ).toEqual({});
  });

  it('rejects a date more than a day in the future, in Swedish, and accepts up to a day ahead', () => {
    expect(validateForm(valid({ date: '2026-03-11', time: '13:00' }), NOW)).toEqual({});
    expect(validateForm(valid({ date: '2026-03-11', time: '13:01' }), NOW)).toEqual({
      date: 'Datumet ligger mer än ett dygn fram i tiden. Kontrollera datumet.',
    });
    expect(validateForm(valid({ date: '2099-01-01' }), NOW).date).toMatch(/fram i tiden/);
  });

  it('needs a real date', () => {
    expect(validateForm(valid({ date: '' }), NOW).date).toBe('Ange datum.');
    expect(validateForm(valid({ date: '2026-02-30' }), NOW).date).toBe(
      'Ange datum som åååå-mm-dd.',
    );
    expect(validateForm(valid({ time: '25' }), NOW).time).toBe('Ange tid som tt:mm.');
  });

  it('reports over-long text at its field, saying how long it is', () => {
    const errors = validateForm(
      valid({
        summary: 'a'.repeat(LIMITS.longText + 1),
        organisationText: 'o'.repeat(LIMITS.shortText + 1),
        topicText: 't'.repeat(LIMITS.shortText + 5),
      }),
      NOW,
    );
    expect(errors.summary).toBe(
      // Numbers as Swedish writes them, a (no-break) space between thousands.
      'Texten är för lång: 20\u00a0001 tecken, högst 20\u00a0000. Inget av det du skrev har tagits bort.',
    );
    expect(errors.organisation).toMatch(/för lång/);
    expect(errors.topicText).toMatch(/för lång/);
    expect(validateForm(valid({ summary: 'a'.repeat(LIMITS.longText) }), NOW)).toEqual({});
  });

  it('counts are whole numbers, 0 or more', () => {
    expect(validateForm(valid({ orgParticipants: '12' }), NOW)).toEqual({});
    expect(validateForm(valid({ orgParticipants: '-1' }), NOW).orgParticipants).toBe(
      'Ange ett heltal, 0 eller mer.',
    );
    expect(
      validateForm(valid({ kind: 'intervention', interventionCount: '2,5' }), NOW)
        .interventionCount,
    ).toBeDefined();
  });

  it("checks each follow-up's text and due date", () => {
    const followUps = [
      { id: 'f1', text: 'x'.repeat(LIMITS.longText + 1), due: '2026-13-01', done: false },
    ];
    const errors = validateForm(valid({ followUps }), NOW);
    expect(Object.keys(errors).sort()).toEqual(['followUp:f1', 'followUpDue:f1']);
  });

  it('never changes the state it checks (nothing typed is lost)', () => {
    const state = valid({ date: '2099-01-01', summary: 'Viktig text', organisationText: '' });
    const copy = structuredClone(state);
    validateForm(state, NOW);
    expect(state).toEqual(copy);
  });
});

describe('privacy warnings on the form', () => {
  it('warns at the summary and at follow-ups, not blocking validation', () => {
    const state = valid({
      summary: 'Kontakt: 811218-9876',
      followUps: [{ id: 'f1', text: 'mejla anna@example.se', due: '', done: false }],
    });
    const warnings = privacyWarnings(state);
    expect(Object.keys(warnings).sort()).toEqual(['followUp:f1', 'summary']);
    expect(privacyMessage(warnings.summary)).toBe(
      'Texten ser ut att innehålla ett personnummer (811218-9876). Skriv organisationer och roller, inte privatpersoner. Du kan spara ändå.',
    );
    expect(validateForm(state, NOW)).toEqual({});
  });

  it('names every kind found', () => {
    const hits = privacyWarnings(valid({ summary: '070-123 45 67, a@b.se' })).summary;
    expect(privacyMessage(hits)).toMatch(
      /ett telefonnummer \(070-123 45 67\) och en e-postadress \(a@b\.se\)/,
    );
    expect(privacyMessage(undefined)).toBeNull();
  });
});
