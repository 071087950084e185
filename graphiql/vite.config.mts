import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into graphiql/dist and served by the server at /graphiql (server/src/http/graphiql.ts).
// import.meta.dirname, not __dirname: Vite's native config loader (its future default) has no
// __dirname in an ES module and warns on every build that uses it.
export default defineConfig({
  root: import.meta.dirname,
  base: '/graphiql/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  worker: { format: 'es' },
});
