// graphql-codegen plugin (see codegen.ts, block "console"): turns the committed schema into
// the console's resource definitions (config.emit = 'resources') or its typed documents
// (config.emit = 'documents'). A test regenerates both in memory and fails when stale.
const { schemaModel } = require('./schema-model.cjs');
const { emitResources } = require('./emit-resources.cjs');
const { emitDocuments } = require('./emit-documents.cjs');

module.exports = {
  plugin(schema, _documents, config) {
    const model = schemaModel(schema);
    if (config.emit === 'resources') return emitResources(model);
    if (config.emit === 'documents') return emitDocuments(schema, model);
    throw new Error(`resources-plugin: config.emit must be 'resources' or 'documents', not ${config.emit}`);
  },
};
