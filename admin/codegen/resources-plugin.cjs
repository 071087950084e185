// graphql-codegen plugin (see codegen.ts, block "console"): turns the committed schema and
// schema/console-meta.json into the console's resource definitions (config.emit = 'resources')
// or its typed documents (config.emit = 'documents'). The freshness test regenerates both.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { schemaModel } = require('./schema-model.cjs');
const { emitResources } = require('./emit-resources.cjs');
const { emitDocuments } = require('./emit-documents.cjs');

// Read on every run, not cached by require: the freshness test regenerates in one process.
const readMeta = (file) => JSON.parse(readFileSync(file, 'utf8'));
const META = path.join(__dirname, '../../schema/console-meta.json');

module.exports = {
  plugin(schema, _documents, config) {
    const model = schemaModel(schema, readMeta(META));
    if (config.emit === 'resources') return emitResources(model);
    if (config.emit === 'documents') return emitDocuments(schema, model);
    throw new Error(`resources-plugin: config.emit must be 'resources' or 'documents', not ${config.emit}`);
  },
};
