import { foldForSearch } from '../../lib/dates';

/** `foldForSearch` of every character below U+0250 (Latin, with Swedish and European accents). */
const FOLDED: string[] = Array.from({ length: 0x250 }, (_, code) =>
  foldForSearch(String.fromCharCode(code)),
);

/**
 * Exactly `foldForSearch(text)`, about twice as fast for Latin text: characters below U+0250 fold
 * one by one through a table made from `foldForSearch` itself; any other text takes the slow path.
 */
export function foldFast(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x250) return foldForSearch(text);
    out += FOLDED[code];
  }
  return out;
}
