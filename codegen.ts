import type { CodegenConfig } from '@graphql-codegen/cli';
import { registerManifest } from './server/src/http/trusted-documents/register';

/**
 * Everything generated from the committed schema (never from a running server).
 * Each target lives in its own block: the console's and the partners'.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    // console: typed documents for the admin console (admin/src/**/*.graphql)
    // partner: the partner example's typed client (test/partner/**/*.graphql). A partner
    // copies this block into their own project: typed documents plus a manifest
    // (persisted-documents.json) of each operation's sha256 hash, which the platform
    // registers as trusted documents (schema/trusted-documents/).
    'test/partner/generated/': {
      documents: ['test/partner/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        scalars: { Decimal: 'string', Date: 'string', DateTime: 'string' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
      // The platform side: the example's operations are registered trusted documents.
      hooks: { afterOneFileWrite: (file: string) => void (file.endsWith('persisted-documents.json') && registerManifest(file, 'partner-example')) },
    },
  },
};

export default config;
