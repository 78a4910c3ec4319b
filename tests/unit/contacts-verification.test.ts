import { describe, expect, it } from 'vitest';
import { needsVerification } from '../../src/features/contacts/verification';

describe('"Ej verifierad på 12 månader"', () => {
  it('flags a contact that was never verified', () => {
    expect(needsVerification(null, '2026-03-15')).toBe(true);
  });

  it('does not flag the day before 12 months have passed', () => {
    expect(needsVerification('2025-03-15', '2026-03-14')).toBe(false);
  });

  it('flags on the day 12 months have passed, and after', () => {
    expect(needsVerification('2025-03-15', '2026-03-15')).toBe(true);
    expect(needsVerification('2025-03-15', '2026-09-01')).toBe(true);
  });

  it('does not flag a contact verified today or recently', () => {
    expect(needsVerification('2026-03-15', '2026-03-15')).toBe(false);
    expect(needsVerification('2025-12-31', '2026-03-15')).toBe(false);
  });

  it('handles a leap day: verified 29 Feb is due on 28 Feb the next year', () => {
    expect(needsVerification('2024-02-29', '2025-02-27')).toBe(false);
    expect(needsVerification('2024-02-29', '2025-02-28')).toBe(true);
  });
});
