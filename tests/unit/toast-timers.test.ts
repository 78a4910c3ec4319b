import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showToast, useToasts } from '../../src/ui/toast-store';

const shown = () => useToasts.getState().toasts.map((t) => t.message);

describe('toasts with an action (Ångra) stay while someone reaches them', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    useToasts.getState().hold(false);
    for (const toast of useToasts.getState().toasts) useToasts.getState().dismiss(toast.id);
    vi.useRealTimers();
  });

  it('closes a toast after its time when nobody touches it', () => {
    showToast({ message: 'Borttagen', actionLabel: 'Ångra', onAction: () => undefined }, 6000);
    vi.advanceTimersByTime(5999);
    expect(shown()).toEqual(['Borttagen']);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
  });

  it('keeps every toast while held, however long, and gives each its full time after', () => {
    showToast({ message: 'Borttagen', actionLabel: 'Ångra', onAction: () => undefined }, 6000);
    vi.advanceTimersByTime(5000);
    useToasts.getState().hold(true);
    showToast({ message: 'Sparat' }, 3000);
    vi.advanceTimersByTime(60_000);
    expect(shown()).toEqual(['Borttagen', 'Sparat']);

    useToasts.getState().hold(false);
    vi.advanceTimersByTime(2999);
    expect(shown()).toEqual(['Borttagen', 'Sparat']);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual(['Borttagen']);
    vi.advanceTimersByTime(3000);
    expect(shown()).toEqual([]);
  });

  it('never closes a toast shown without a time, and a dismissed one stays gone after release', () => {
    const kept = showToast({ message: 'Konflikt' }, 0);
    const gone = showToast({ message: 'Sparat' }, 1000);
    useToasts.getState().hold(true);
    useToasts.getState().dismiss(gone);
    useToasts.getState().hold(false);
    vi.advanceTimersByTime(120_000);
    expect(shown()).toEqual(['Konflikt']);
    useToasts.getState().dismiss(kept);
    expect(shown()).toEqual([]);
  });
});
