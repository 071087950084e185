import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is served by the API process at /admin/ (server/src/http/admin-static.ts);
// `npm run dev:admin` runs this dev server with hot reload and proxies /graphql to the API.
export default defineConfig({
  root: __dirname,
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: {
    port: Number(process.env.ADMIN_DEV_PORT ?? 5173),
    proxy: { '/graphql': process.env.API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}` },
  },
});
