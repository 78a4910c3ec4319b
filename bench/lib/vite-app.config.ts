import type { PluginOption, UserConfig } from 'vite';
import base from '../../vite.config.ts';

/**
 * The app's own Vite config with two changes for benchmarking: the bundle budget check does not
 * stop the build (bench/bundle.ts measures and reports the same figure, over budget or not), and a
 * build manifest is written so the initial chunks can be found. Nothing else differs.
 */
const isBudgetCheck = (p: unknown): boolean =>
  typeof p === 'object' && p !== null && 'name' in p && p.name === 'varna-bundle-budget';

const plugins: PluginOption[] = ([base.plugins ?? []] as PluginOption[])
  .flat(Infinity as 1)
  .filter((p) => Boolean(p) && !isBudgetCheck(p));

const config: UserConfig = {
  ...base,
  plugins,
  build: { ...base.build, manifest: true },
};

export default config;
