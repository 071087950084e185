import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into graphiql/dist and served by the server at /graphiql (server/src/http/graphiql.ts).
export default defineConfig({
  root: __dirname,
  base: '/graphiql/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  worker: { format: 'es' },
});
