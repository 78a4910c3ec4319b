// `npm start`: builds the PWA when the build is missing or older than its sources, then runs the
// endpoint, which serves the build. Signals are forwarded so Ctrl+C stops the server cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'dist', 'index.html');

/** Newest modification time under `dir`, skipping `skip` (absolute paths). */
function newestIn(dir, skip) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip.includes(full)) continue;
    const time = entry.isDirectory() ? newestIn(full, skip) : statSync(full).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

function needsBuild() {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  // The server is run from source by tsx: its changes need no build.
  const sources = newestIn(path.join(root, 'src'), [path.join(root, 'src', 'server')]);
  const inputs = ['index.html', 'vite.config.ts', 'public']
    .map((name) => path.join(root, name))
    .filter((file) => existsSync(file))
    .map((file) => (statSync(file).isDirectory() ? newestIn(file, []) : statSync(file).mtimeMs));
  return Math.max(sources, ...inputs) > built;
}

if (needsBuild()) {
  console.log('Bygger appen …');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('Bygget misslyckades; servern startas inte.');
    process.exit(build.status ?? 1);
  }
}

const server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['src/server/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 0 : 1));
});
