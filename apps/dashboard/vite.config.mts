import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The commands run from the repository root (`vite build --config apps/dashboard/vite.config.mts`),
// so every path is anchored to this file rather than to the working directory.
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

const api = 'http://localhost:3000';

export default defineConfig({
  root: projectRoot,
  plugins: [react()],
  resolve: {
    alias: { '@outcomes/models': fromRoot('../../libs/models/src/index.ts') },
  },
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/graphql': api,
      '/exports': api,
      '/health': api,
    },
  },
});
