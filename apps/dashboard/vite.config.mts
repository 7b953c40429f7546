import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The commands run from the repository root (`vite build --config apps/dashboard/vite.config.mts`),
// so every path is anchored to this file rather than to the working directory.
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

// `vite` (nx run dashboard:serve) proxies the API's paths; API_URL points it at another port,
// e.g. API_URL=http://localhost:3100 for an API started with PORT=3100.
const api = process.env['API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: projectRoot,
  plugins: [react()],
  resolve: {
    alias: {
      '@outcomes/models': fromRoot('../../libs/models/src/index.ts'),
      '@outcomes/metrics': fromRoot('../../libs/metrics/src/index.ts'),
    },
  },
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // The libraries every page needs, as one named chunk, so the build output says what a first
        // visit downloads. Chart code is left to the default splitting: it must stay out of the
        // initial chunks (a group that also caught a module the entry needs would pull it in).
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@apollo|graphql|rxjs|@wry|optimism|tslib|cookie|set-cookie-parser)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/exports': api,
      '/health': api,
    },
  },
});
