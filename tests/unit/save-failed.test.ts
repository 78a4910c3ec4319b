import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFull, saveFailedText } from '../../src/lib/save-failed';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('what a failed save tells the user', () => {
  it('says the device is full for IndexedDB’s QuotaExceededError, as thrown or as Dexie wraps it', () => {
    expect(isStorageFull(quota())).toBe(true);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isStorageFull(new Error('write failed', { cause: quota() }))).toBe(true);
    expect(saveFailedText(new Dexie.AbortError('aborted', quota()))).toMatch(
      /^Det gick inte att spara: enheten har inte mer lagringsutrymme/,
    );
  });

  it('says "try again" for any other failure, and for values that are not errors', () => {
    for (const error of [
      new Dexie.ConstraintError('key exists'),
      new DOMException('closing', 'InvalidStateError'),
      new Error('unknown'),
      'text',
      null,
      undefined,
    ]) {
      expect(isStorageFull(error)).toBe(false);
      expect(saveFailedText(error)).toBe(
        'Det gick inte att spara. Det du skrev finns kvar – försök igen.',
      );
    }
  });
});
