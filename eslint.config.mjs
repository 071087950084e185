// Lint for correctness only (formatting is a later issue): a promise nobody awaits or
// handles is an error. That is how one anonymous request could kill the process (issue 12:
// a rejection inside values.forEach). Type-aware, so it needs the TypeScript program.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  { ignores: ['**/node_modules/', '**/dist/', 'admin/', 'graphiql/', 'test/partner/generated/'] },
  {
    files: ['server/**/*.ts', 'seeds/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
]);
