import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The agent app is served under /agent/ on the app host (http://localhost:4000/agent/).
// In development, open http://localhost:5174/agent/: the proxy keeps the Host header, so the API
// sees the app host exactly as it does behind the real server.
export default defineConfig({
  base: '/agent/',
  plugins: [react()],
  resolve: {
    alias: {
      // The shared engine is compiled from its TypeScript source, not from its CommonJS build.
      '@actionconnect/shared': fileURLToPath(new URL('../packages/shared/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5174,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/](react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
});
