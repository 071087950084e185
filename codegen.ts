import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Everything generated from the committed schema (never from a running server).
 * Each target lives in its own block: the console's and the partners'.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    // console: typed documents for the admin console (admin/src/**/*.graphql)
    // partner: the partner example's typed client (test/partner/**/*.graphql)
  },
};

export default config;
