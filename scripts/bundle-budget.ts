import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface ChunkInfo {
  code: string;
  imports: string[];
  isEntry: boolean;
}

/**
 * Fails the build when the JavaScript the browser loads before first render (the entry chunk and
 * its static imports, gzip) exceeds the budget. Lazy route chunks are not counted.
 */
export function bundleBudget(limitBytes: number): Plugin {
  return {
    name: 'varna-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkInfo>();
      for (const [fileName, item] of Object.entries(bundle)) {
        if (item.type === 'chunk') chunks.set(fileName, item);
      }
      const initial = new Set<string>();
      const visit = (fileName: string): void => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        for (const dep of chunks.get(fileName)?.imports ?? []) visit(dep);
      };
      for (const [fileName, chunk] of chunks) if (chunk.isEntry) visit(fileName);
      let total = 0;
      const sizes: string[] = [];
      for (const fileName of initial) {
        const size = gzipSync(chunks.get(fileName)?.code ?? '', { level: 9 }).length;
        total += size;
        sizes.push(`${fileName} ${(size / 1024).toFixed(1)} KiB`);
      }
      const kib = (total / 1024).toFixed(1);
      const limit = (limitBytes / 1024).toFixed(0);
      if (total > limitBytes) {
        this.error(
          `Initial JS is ${kib} KiB gzip, over the budget of ${limit} KiB:\n  ${sizes.join('\n  ')}`,
        );
      }
      this.info(`Initial JS: ${kib} KiB gzip (budget ${limit} KiB).`);
    },
  };
}
