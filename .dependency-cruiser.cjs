// The architecture rules `npm run check` enforces (dependency-cruiser): assembly at the
// top, no upward imports, no cycles. test/schema/architecture.test.ts proves each rule
// fails on a planted violation. Paths are relative to the folder depcruise runs in.
//
// server/src, from the top down:
//   main.ts, scripts/      process entries
//   app.ts                 composes modules/index.ts (the one list of modules) into the schema and the ORM
//   ops/                   logs and metrics: what core/ and http/ report through hooks app.ts hands them
//   modules/<name>/        the domain: declarations, rules, module resolvers
//   http/, db/             the transport and the database plumbing
//   core/                  the machinery, built from what it is given: it names no module
//   config.ts              settings, read by every layer

const SRC = '^server/src';

/**
 * core/ from the bottom up: a part may import the parts of lower layers only, never one of
 * its own layer or a higher one (so the parts cannot form a cycle). A new part of core
 * must be added here (the rule core-part-unlisted says so).
 */
const CORE_LAYERS = [
  ['scalars'],
  ['declare', 'base'],
  ['errors.ts'],
  ['access'],
  ['crud'],
  ['loaders'],
  ['graphql', 'cache', 'one-statement'],
];

// The request context type (core/context.ts) names the policy and the loaders, and
// every part receives it: it sits outside the layers and may hold types only, so
// naming it costs nothing at run time (the rule core-context-types-only keeps it so).
const CONTEXT = 'context.ts';

const partPath = (part) => `${SRC}/core/${part.replace(/\./g, '\\.')}${part.endsWith('.ts') ? '$' : '/'}`;
const anyOf = (parts) => `(${parts.map(partPath).join('|')})`;

const layerRules = CORE_LAYERS.flatMap((layer, i) => {
  const above = CORE_LAYERS.slice(i + 1).flat();
  return layer.map((part) => ({
    // One rule per part: depcruise reports a rule's comment by its name.
    name: `core-layer-${part.replace(/\.ts$/, '')}`,
    severity: 'error',
    comment:
      `core/${part} may import only lower layers of core (CORE_LAYERS in .dependency-cruiser.cjs). ` +
      'Move what both sides need down to the lower part, or pass it in from above.',
    from: { path: partPath(part) },
    to: { path: anyOf([...above, ...layer.filter((p) => p !== part)]) },
  }));
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'Import cycle (type-only imports count too). Move what both files need into a third file ' +
        'both can import, at the lower of the two places.',
      from: { path: `${SRC}/` },
      to: { circular: true },
    },
    {
      name: 'core-not-to-modules',
      severity: 'error',
      comment:
        'core/ and db/ import nothing from modules/: take what is built from as an argument, and ' +
        'compose the modules in server/src/app.ts (appSchema, appOrmConfig).',
      from: { path: `${SRC}/(core|db)/` },
      to: { path: `${SRC}/modules/` },
    },
    {
      name: 'core-not-to-top',
      severity: 'error',
      comment:
        'core/ and db/ sit below the transport and the app: they import nothing from http/, ops/, app.ts, ' +
        'main.ts, scripts/ or seeds/. Pass what they need in from the caller (ops/ subscribes to hooks).',
      from: { path: `${SRC}/(core|db)/` },
      to: { path: `(${SRC}/(http/|ops/|app\\.ts$|main\\.ts$|scripts/|process-guard\\.ts$))|^seeds/` },
    },
    {
      name: 'not-to-entries',
      severity: 'error',
      comment:
        'app.ts, main.ts and scripts/ are the top: only process entries import app.ts, nothing imports ' +
        'main.ts or a script. Move what is shared down to where both can import it.',
      from: { path: `${SRC}/(core|db|http|modules|ops)/` },
      to: { path: `${SRC}/(app\\.ts|main\\.ts|scripts/)` },
    },
    ...layerRules,
    {
      name: 'core-context-types-only',
      severity: 'error',
      comment: 'core/context.ts is the request context type every part of core names: it may import types only (`import type`).',
      from: { path: partPath(CONTEXT) },
      to: { dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-part-unlisted',
      severity: 'error',
      comment: 'A part of core/ not in CORE_LAYERS of .dependency-cruiser.cjs: add it to the layer it belongs to.',
      from: { path: `${SRC}/core/`, pathNot: anyOf([...CORE_LAYERS.flat(), CONTEXT]) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // `import type` is a dependency too: a cycle of types is still a cycle in the design.
    tsPreCompilationDeps: true,
  },
};
