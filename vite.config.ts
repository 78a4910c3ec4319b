import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { bundleBudget } from './scripts/bundle-budget.ts';
import { manifest } from './scripts/manifest.ts';

/** Initial JavaScript budget, gzip (issue 10): the build fails above it. */
const INITIAL_JS_BUDGET_BYTES = 125 * 1024;

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // Prompt mode: a new service worker waits until the user chooses "Uppdatera".
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      manifest,
      includeAssets: ['favicon.png', 'apple-touch-icon.png', 'icon.svg'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
    bundleBudget(INITIAL_JS_BUDGET_BYTES),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
