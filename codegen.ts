import type { CodegenConfig } from '@graphql-codegen/cli';
import { registerManifest } from './server/src/http/trusted-documents/register';

/**
 * Everything generated from the committed schema (never from a running server).
 * Each target lives in its own block: the console's and the partners'.
 */
const scalars = { Decimal: 'string', Date: 'string', DateTime: 'string' };

// console: the admin console's schema types and hand-written documents (admin/src/**/*.graphql),
// plus its resource definitions and per-type typed documents from admin/codegen.
const console: CodegenConfig['generates'] = {
  'admin/src/generated/gql/': {
    preset: 'client',
    documents: ['admin/src/**/*.graphql'],
    config: { enumsAsTypes: true, scalars, useTypeImports: true },
    presetConfig: { fragmentMasking: false },
  },
  // Every schema type (inputs, filters, mutation arguments) for the per-type documents below.
  'admin/src/generated/schema-types.ts': {
    plugins: [
      { add: { content: '// generated from schema/schema.graphql: generated, do not edit (run `npm run codegen`).' } },
      'typescript',
    ],
    config: { enumsAsTypes: true, scalars, useTypeImports: true },
  },
  'admin/src/generated/resources.ts': { plugins: ['./admin/codegen/resources-plugin.cjs'], config: { emit: 'resources' } },
  'admin/src/generated/documents.ts': { plugins: ['./admin/codegen/resources-plugin.cjs'], config: { emit: 'documents' } },
};

// partner: the partner example's typed client (test/partner/**/*.graphql). A partner copies
// this block into their own project: typed documents plus a manifest (persisted-documents.json)
// of each operation's sha256 hash, which the platform registers as trusted documents.
const partner: CodegenConfig['generates'] = {
  'test/partner/generated/': {
    documents: ['test/partner/**/*.graphql'],
    preset: 'client',
    presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
    config: { scalars, strictScalars: true, enumsAsTypes: true, useTypeImports: true },
    // The platform side: the example's operations are registered trusted documents (schema/trusted-documents/).
    hooks: {
      afterOneFileWrite: (file: string) => void (file.endsWith('persisted-documents.json') && registerManifest(file, 'partner-example')),
    },
  },
};

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    ...console,
    ...partner,
  },
};

export default config;
