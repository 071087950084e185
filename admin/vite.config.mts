import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is served by the API process at /admin/ (server/src/http/admin-static.ts);
// `npm run dev:admin` runs this dev server with hot reload and proxies /graphql to the API.
// An ES module (.mts) using import.meta.dirname, not __dirname: Vite's coming native config
// loader refuses ESM syntax in a CommonJS-typed file and warns on every build until it is.
export default defineConfig({
  root: import.meta.dirname,
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: {
    port: Number(process.env.ADMIN_DEV_PORT ?? 5173),
    proxy: { '/graphql': process.env.API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}` },
  },
});
