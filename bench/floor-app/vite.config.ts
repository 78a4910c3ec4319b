import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * A hello-world React PWA built by the app's toolchain (Vite, @vitejs/plugin-react,
 * vite-plugin-pwa generateSW): the floor that the app's offline cold start is compared with.
 */
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      strategies: 'generateSW',
      manifest: { name: 'Golv', short_name: 'Golv', start_url: '/', display: 'standalone' },
      workbox: { globPatterns: ['**/*.{js,css,html}'], navigateFallback: '/index.html' },
    }),
  ],
  build: { target: 'es2022', sourcemap: false, manifest: true },
});
