import { common } from '../common';
import { privacy } from '../privacy';

/** The privacy check's words (src/lib/privacy-warning.ts). */
export const sv = { ...common, privacy } as const;
