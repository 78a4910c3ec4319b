import { create } from 'zustand';

const KEY = 'varna.schoolMode';

function initial(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

interface SchoolModeState {
  enabled: boolean;
  setEnabled: (enabled: boolean) => void;
}

/**
 * School-visit mode: only the routine and the contacts, in large text, no log and no plan on
 * screen. A device-local UI preference (never synced).
 */
export const useSchoolMode = create<SchoolModeState>((set) => ({
  enabled: initial(),
  setEnabled: (enabled) => {
    try {
      globalThis.localStorage?.setItem(KEY, enabled ? '1' : '0');
    } catch {
      // Private mode without storage: the switch still works for this session.
    }
    document.documentElement.classList.toggle('school-mode', enabled);
    set({ enabled });
  },
}));

if (typeof document !== 'undefined') {
  document.documentElement.classList.toggle('school-mode', initial());
}
