import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  actionLabel?: string;
  /** May return a promise: focus is settled (see Toasts) once it resolves. */
  onAction?: () => unknown;
  tone?: 'info' | 'error';
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>, timeoutMs?: number) => number;
  dismiss: (id: number) => void;
  /**
   * Stops every toast's timer while someone is reading or reaching one (pointer over the toasts,
   * focus in them), and starts each again with its full time when they leave: an "Ångra" never
   * vanishes under a finger or a keyboard (WCAG 2.2.1, timing adjustable).
   */
  hold: (held: boolean) => void;
}

let nextId = 1;
/** Each timed toast's full time and its running timer (none while held). */
const timers = new Map<number, { ms: number; handle: ReturnType<typeof setTimeout> | null }>();
let held = false;

/** Transient messages ("Sparat", "Borttagen – Ångra"). UI state only, never rows. */
export const useToasts = create<ToastState>((set, get) => {
  const arm = (id: number) => {
    const timer = timers.get(id);
    if (timer && !held) timer.handle = setTimeout(() => get().dismiss(id), timer.ms);
  };
  return {
    toasts: [],
    show: (toast, timeoutMs = 6000) => {
      const id = nextId++;
      set({ toasts: [...get().toasts, { ...toast, id }] });
      if (timeoutMs > 0) {
        timers.set(id, { ms: timeoutMs, handle: null });
        arm(id);
      }
      return id;
    },
    dismiss: (id) => {
      const timer = timers.get(id);
      if (timer?.handle) clearTimeout(timer.handle);
      timers.delete(id);
      set({ toasts: get().toasts.filter((t) => t.id !== id) });
    },
    hold: (on) => {
      if (on === held) return;
      held = on;
      for (const [id, timer] of timers) {
        if (timer.handle) clearTimeout(timer.handle);
        timer.handle = null;
        arm(id);
      }
    },
  };
});

export const showToast = (toast: Omit<Toast, 'id'>, timeoutMs?: number): number =>
  useToasts.getState().show(toast, timeoutMs);
