// Lint for correctness (Prettier owns the layout): a promise nobody awaits or handles is an
// error. That is how one anonymous request could kill the process (issue 12: a rejection
// inside values.forEach). A switch must name every member of the union it decides on, with
// no `default` standing in for a forgotten one: a new attribute kind, operator or block
// fails the check everywhere it matters. Type-aware, so it needs the TypeScript program.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  { ignores: ['**/node_modules/', '**/dist/', 'admin/codegen/', 'admin/src/generated/', 'graphiql/', 'test/partner/generated/'] },
  {
    files: ['server/**/*.ts', 'seeds/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts', 'admin/src/**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { allowDefaultCaseForExhaustiveSwitch: false, considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
]);
