import type { ManifestOptions } from 'vite-plugin-pwa';

/** The Swedish web app manifest; the shortcuts are part of the UI contract. */
export const manifest: Partial<ManifestOptions> = {
  name: 'Värna',
  short_name: 'Värna',
  description:
    'Värna demokratin – handlingsplan, dialoglogg, kontakter och rutin vid oro för våldsbejakande extremism. Fungerar utan nät.',
  lang: 'sv-SE',
  dir: 'ltr',
  theme_color: '#1d4e89',
  background_color: '#f4f7fb',
  display: 'standalone',
  start_url: '/',
  scope: '/',
  id: '/',
  categories: ['productivity', 'government'],
  icons: [
    { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    {
      name: 'Ny dialog',
      short_name: 'Ny dialog',
      description: 'Logga ett dialogmöte',
      url: '/dialoger/ny',
      icons: [{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Rutin vid oro',
      short_name: 'Rutin',
      description: 'Vad som görs och vem som kontaktas vid oro',
      url: '/rutin',
      icons: [{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
};
