import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app: root web/, output web/dist (served by src/http/server.ts with an index.html fallback). */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The pages are split off with React.lazy (App.tsx), taking the antd components only they use.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    // `npm run dev` serves the API on :3000; the Vite dev server forwards to it.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
