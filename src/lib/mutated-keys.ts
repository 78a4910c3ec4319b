import type { IntervalTree } from 'dexie';

/**
 * The single keys of a part of Dexie's `storagemutated` event, or null when it holds a real range
 * (e.g. a clear or a bulk put): read models use it to read again only the records that changed.
 */
export function mutatedKeys(tree: IntervalTree | undefined): string[] | null {
  const keys: string[] = [];
  const stack: IntervalTree[] = tree ? [tree] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('from' in node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}
