import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  tone?: 'info' | 'error';
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>, timeoutMs?: number) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Transient messages ("Sparat", "Borttagen – Ångra"). UI state only, never rows. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast, timeoutMs = 6000) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...toast, id }] });
    if (timeoutMs > 0) setTimeout(() => get().dismiss(id), timeoutMs);
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const showToast = (toast: Omit<Toast, 'id'>, timeoutMs?: number): number =>
  useToasts.getState().show(toast, timeoutMs);
