import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API under /console/ with a CSP that allows scripts from 'self' only: no inline script in the
// output, assets under the same path.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
