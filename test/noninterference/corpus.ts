import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type pg from 'pg';
import type { AccessPolicy } from '../../server/src/core/access/policy';
import { allRecords, inverseListsOf, pinyinForms, recordOf, type AttrDecl, type RecordDecl } from '../../server/src/core/declare';
import { operatorsFor } from '../../server/src/core/crud/operators';
import type { GqlResult } from '../support/test-app';
import { duplicateItems } from './duplicate-items';
import { publicationItems } from './publication-items';

/**
 * The queries every pair is asked, generated from the declarations and the schema:
 * a new type or field is covered without a hand edit. Each item runs against one
 * database and returns what it saw; items that follow a cursor run several operations.
 */
export type Exec = (query: string, variables?: Record<string, unknown>) => Promise<GqlResult>;
export interface Item {
  name: string;
  run(exec: Exec): Promise<unknown>;
}

export interface CorpusInput {
  schema: GraphQLSchema;
  policy: AccessPolicy;
  sql: pg.Client;
  /** Ids only B holds (rows the pairs add): asked for by id in both databases. */
  addedIds: Map<string, string[]>;
  /** Ids of rows the pairs change: asked for by id. */
  changedIds: Map<string, string[]>;
  /** Ids of rows whose values a pair swaps (values a figure sums): asked for by id, and summed alone. */
  swappedIds: Map<string, string[]>;
  year: number;
  centers: string[];
  /** Settings of the run: how many pages to follow. */
  pages: number;
}

const SYSTEM = new Set(['createdAt', 'updatedAt', 'deletedAt']);
const FORGED = [
  'not-a-cursor',
  Buffer.from(JSON.stringify(['张', '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
  'AQ' + 'A'.repeat(60),
];

/** Every field of a figure's answer type, nested objects included (records they link to by id only). */
function selectAll(type: GraphQLObjectType, depth = 0): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (isObjectType(named)) {
      const isRecord = allRecords().some((d) => d.name === named.name);
      if (isRecord) parts.push(`${f.name} { id }`);
      else if (depth < 3) parts.push(`${f.name} { ${selectAll(named, depth + 1)} }`);
    }
  }
  return parts.join(' ');
}

/** The fields of a record type: every one, or those the caller may read in every row (which one-statement reads compile). */
function recordFields(d: RecordDecl, policy: AccessPolicy, readableOnly: boolean, depth = 0, lists = depth === 0): string {
  const ok = (f: string) => !readableOnly || policy.readsEverywhere(d, f);
  const out = ['__typename', 'id', 'version', ...d.attrs.filter((a) => a.name !== 'id' && ok(a.name)).map((a) => a.name)];
  for (const ref of d.refs.filter((r) => ok(r.name))) {
    out.push(`${ref.name}Id`);
    if (depth === 0) out.push(`${ref.name} { id ${recordOf(ref.target()).displayField} }`);
  }
  if (lists)
    for (const [name, inv] of inverseListsOf(d))
      if (ok(name)) out.push(`${name}(first: 2) { ${recordFields(inv.child, policy, readableOnly, 1)} }`);
  return out.join(' ');
}

const CONNECTION = (fields: string) => `totalCount nodes { ${fields} } edges { cursor } pageInfo { hasNextPage endCursor }`;

/** Values to filter by, from the data (the same constants in both databases), per operator. */
function operand(attr: AttrDecl, op: string, sample: string | null): unknown {
  const enumKey = attr.enum?.keys[0];
  const typed = (v: string | null): unknown => {
    if (attr.type === 'int') return Number(v ?? 0);
    if (attr.type === 'float') return Number(v ?? 0);
    if (attr.type === 'boolean') return v === 't';
    if (attr.type === 'enum') return v ?? enumKey;
    if (attr.type === 'datetime') return v ? new Date(v.replace(' ', 'T').replace(/\+00$/, 'Z')).toISOString() : '2026-01-01T00:00:00.000Z';
    if (attr.type === 'date') return v ?? '2026-01-01';
    if (attr.type === 'decimal') return v ?? '1.00';
    return v ?? '社';
  };
  switch (op) {
    case 'isNull':
      return false;
    case 'contains':
    case 'startsWith':
      return [...(sample ?? '社')][0];
    case 'in':
      return [typed(sample)];
    case 'has':
      return enumKey;
    case 'hasAny':
      return [enumKey];
    default:
      return typed(sample);
  }
}

/** A few operators per attribute: equality, a range or a text match, and presence. */
const pick = (attr: AttrDecl) => {
  const ops = operatorsFor(attr);
  return ['eq', 'contains', 'gte', 'in', 'has', 'hasAny', 'isNull'].filter((o) => ops.includes(o as never)).slice(0, 2);
};

async function samples(sql: pg.Client, table: string): Promise<Array<Record<string, string | null>>> {
  return (await sql.query(`select * from "${table}" order by id limit 40`)).rows;
}

/**
 * One operation of many aliased root fields. An error in a non-null root field (a list
 * refused) nulls the whole answer and hides the other aliases; then each alias is also
 * asked alone, so a refusal cannot hide the rest. Errors beside data (a field withheld
 * inside a node) leave the answer whole.
 */
function batch(name: string, vars: string, fields: Array<{ alias: string; text: string; variables: Record<string, unknown> }>): Item {
  return {
    name,
    async run(exec) {
      if (!fields.length) return null;
      const variables = Object.assign({}, ...fields.map((f) => f.variables));
      const decl = vars ? `(${vars})` : '';
      const whole = await exec(`query${decl} { ${fields.map((f) => `${f.alias}: ${f.text}`).join(' ')} }`, variables);
      if (!whole.errors?.length || whole.data) return whole;
      const alone = [];
      for (const f of fields) {
        const used = Object.keys(f.variables);
        const own = vars
          .split(', ')
          .filter((v) => used.includes(v.split(':')[0].slice(1)))
          .join(', ');
        alone.push(await exec(`query${own ? `(${own})` : ''} { ${f.alias}: ${f.text} }`, f.variables));
      }
      return { whole, alone };
    },
  };
}

const argType = (field: GraphQLField<unknown, unknown> | undefined, arg: string) => {
  const t = field?.args.find((a) => a.name === arg)?.type;
  return t ? String(t) : undefined;
};

function recordItems(d: RecordDecl, input: CorpusInput, rows: Array<Record<string, string | null>>, column: (f: string) => string): Item[] {
  const { policy, schema } = input;
  const query = schema.getQueryType()!.getFields();
  const list = query[d.plural];
  const filterType = argType(list, 'filter')!;
  const orderType = argType(list, 'orderBy')!.replace(/[[\]!]/g, '');
  const readable = recordFields(d, policy, true);
  const items: Item[] = [];

  // A page of what the caller may read everywhere (compiled to one statement), and of everything (the resolvers, with refusals).
  items.push(
    batch(`${d.plural}: a page`, '', [{ alias: 'page', text: `${d.plural}(first: 4) { ${CONNECTION(readable)} }`, variables: {} }]),
  );
  items.push(
    batch(`${d.plural}: a page of every field`, '', [
      { alias: 'page', text: `${d.plural}(first: 4) { ${CONNECTION(recordFields(d, policy, false))} }`, variables: {} },
    ]),
  );
  items.push({
    name: `${d.plural}: page by page`,
    async run(exec) {
      const seen = [];
      let after: string | null = null;
      for (let i = 0; i < input.pages; i++) {
        const r: GqlResult = await exec(`query($a: String) { ${d.plural}(first: 3, after: $a) { ${CONNECTION('id')} } }`, { a: after });
        seen.push(r);
        after = (r.data as any)?.[d.plural]?.pageInfo?.endCursor ?? null;
        if (!after) break;
      }
      return seen;
    },
  });

  // Every filter: each attribute with a few operators, each reference by id and through the related type. Those the
  // caller may use are asked together (split when anything is refused); each field it may not filter by is asked alone.
  const filters: Array<{ alias: string; text: string; variables: Record<string, unknown> }> = [];
  const vars: string[] = [];
  const refused: Array<Record<string, unknown>> = [];
  const sample = (f: string) => rows.find((r) => r[column(f)] !== null)?.[column(f)] ?? null;
  const addFilter = (filter: Record<string, unknown>, allowed: boolean) => {
    if (!allowed) {
      refused.push(filter);
      return;
    }
    const n = filters.length;
    vars.push(`$f${n}: ${filterType}`);
    filters.push({
      alias: `f${n}`,
      text: `${d.plural}(filter: $f${n}, first: 2) { totalCount nodes { id } }`,
      variables: { [`f${n}`]: filter },
    });
  };
  const may = (decl: RecordDecl, f: string) => policy.readsEverywhere(decl, f);
  for (const a of d.attrs.filter((x) => x.filterable)) {
    const ops = may(d, a.name) ? pick(a) : pick(a).slice(0, 1);
    for (const op of ops)
      addFilter({ [a.name]: { [op]: operand(a, op, a.name === 'id' ? (rows[0]?.id ?? null) : sample(a.name)) } }, may(d, a.name));
  }
  for (const ref of d.refs) {
    const target = recordOf(ref.target());
    addFilter({ [`${ref.name}Id`]: { eq: sample(ref.name) ?? '00000000-0000-4000-8000-000000000000' } }, may(d, ref.name));
    const shown = target.attrs.find((a) => a.name === target.displayField);
    if (shown) addFilter({ [ref.name]: { [shown.name]: { contains: '社' } } }, may(d, ref.name) && may(target, shown.name));
    const counted = target.attrs.find((a) => a.filterable && a.type === 'int' && !SYSTEM.has(a.name));
    if (counted) addFilter({ [ref.name]: { [counted.name]: { gte: 0 } } }, may(d, ref.name) && may(target, counted.name));
  }
  addFilter({ or: [{ deletedAt: { isNull: false } }, { createdAt: { gte: '2000-01-01T00:00:00.000Z' } }] }, true);
  items.push(batch(`${d.plural}: every filter it may use`, vars.join(', '), filters));
  items.push({
    name: `${d.plural}: filters it may not use`,
    async run(exec) {
      const out = [];
      for (const f of refused)
        out.push(await exec(`query($f: ${filterType}) { ${d.plural}(filter: $f, first: 2) { totalCount nodes { id } } }`, { f }));
      return out;
    },
  });

  // Every order it may use, both ways, with cursors, and the page after each; each key it may not sort by, alone.
  const sortable = d.attrs.filter((a) => a.sortable);
  const orders = sortable.filter((a) => may(d, a.name)).flatMap((a) => ['ASC', 'DESC'].map((dir) => ({ [a.name]: dir })));
  items.push({
    name: `${d.plural}: every order it may use, and the next page of each`,
    async run(exec) {
      const fields = orders.map((o, i) => ({
        alias: `o${i}`,
        text: `${d.plural}(first: 3, orderBy: [$o${i}]) { nodes { id } edges { cursor } pageInfo { endCursor } }`,
        variables: { [`o${i}`]: o },
      }));
      const first = await batch('orders', orders.map((_, i) => `$o${i}: ${orderType}!`).join(', '), fields).run(exec);
      const data = ((first as { whole?: GqlResult })?.whole ?? (first as GqlResult))?.data as Record<string, any> | null;
      // The page after each ascending order: where a cursor goes on from (descending ones show their cursors).
      const next = orders.flatMap((o, i) => {
        const after = Object.values(o)[0] === 'ASC' ? data?.[`o${i}`]?.pageInfo?.endCursor : undefined;
        return after
          ? [
              {
                alias: `n${i}`,
                text: `${d.plural}(first: 3, orderBy: [$o${i}], after: $a${i}) { nodes { id } }`,
                variables: { [`o${i}`]: o, [`a${i}`]: after },
              },
            ]
          : [];
      });
      const nextVars = next.flatMap((n) =>
        Object.keys(n.variables).map((k) => (k.startsWith('o') ? `$${k}: ${orderType}!` : `$${k}: String`)),
      );
      return [first, await batch('next pages', nextVars.join(', '), next).run(exec)];
    },
  });
  items.push({
    name: `${d.plural}: orders it may not use`,
    async run(exec) {
      const out = [];
      for (const a of sortable.filter((x) => !may(d, x.name)))
        out.push(
          await exec(`query($o: ${orderType}!) { ${d.plural}(first: 3, orderBy: [$o]) { nodes { id } } }`, { o: { [a.name]: 'ASC' } }),
        );
      return out;
    },
  });

  if (d.search)
    items.push(
      ...searchItems(
        d,
        input,
        rows.map((r) => r[column(d.search!.display)]),
      ),
    );

  // A forged cursor (garbage, an old-style readable one, a well-formed but unsealed one: each type gets one of them).
  const forged = FORGED[allRecords().indexOf(d) % FORGED.length];
  items.push({
    name: `${d.plural}: a forged cursor`,
    run: (exec) => exec(`query($c: String) { ${d.plural}(first: 2, after: $c) { nodes { id } } }`, { c: forged }),
  });

  // Child lists through each inverse list, in their default order.
  const children = [...inverseListsOf(d)].map(([name, inv], i) => ({
    alias: `k${i}`,
    text: `${d.plural}(first: 5) { nodes { id ${name}(first: 5) { id ${recordFields(inv.child, policy, true, 1)} } } }`,
    variables: {},
  }));
  if (children.length) items.push(batch(`${d.plural}: child lists`, '', children));

  // One record by id: ones every caller sees, ones outside some callers' scope, ones only B holds; with its history.
  const ids = [
    ...new Set(
      [
        rows[0]?.id,
        rows.at(-1)?.id,
        ...(input.addedIds.get(d.name) ?? []).slice(0, 3),
        ...(input.changedIds.get(d.name) ?? []).slice(0, 3),
        ...(input.swappedIds.get(d.name) ?? []).slice(0, 4),
      ].filter(Boolean),
    ),
  ] as string[];
  items.push(
    batch(
      `${d.single}: by id, with history`,
      '',
      ids.map((id, i) => ({
        alias: `r${i}`,
        text: `${d.single}(id: "${id}") { ${recordFields(d, policy, false, 0, false)} history { action version actorName role changes { field before after masked } } }`,
        variables: {},
      })),
    ),
  );

  // Masked fields read in clear (@reveal): the page and the records by id, through the field guard, which notes each
  // clear read for the access log (asked for below): the same reads must be recorded from both databases.
  const masked = d.attrs.filter((a) => a.mask);
  if (masked.length) {
    const revealed = `id ${masked.map((a) => `${a.name} @reveal(purpose: AUDIT_CHECK)`).join(' ')}`;
    items.push(
      batch(`${d.plural}: masked fields revealed`, '', [
        { alias: 'page', text: `${d.plural}(first: 4) { nodes { ${revealed} } }`, variables: {} },
        ...ids.map((id, i) => ({ alias: `r${i}`, text: `${d.single}(id: "${id}") { ${revealed} }`, variables: {} })),
      ]),
    );
  }

  // Writes that must fail, with the same refusal whatever the caller may not see.
  const mutation = schema.getMutationType()!.getFields();
  const plural = d.plural[0].toUpperCase() + d.plural.slice(1);
  const absent = '00000000-0000-4000-8000-00000000dead';
  const target = input.addedIds.get(d.name)?.[0] ?? absent;
  const writes: Array<[string, string, Record<string, unknown>?]> = [
    ['create, empty', `mutation($i: ${d.name}CreateInput!) { create${d.name}(input: $i) { id } }`, { i: {} }],
    ['update, stale version', `mutation { update${d.name}(id: "${rows[0]?.id ?? absent}", input: {}, expectedVersion: 99999) { id } }`],
    ['update, a row only B holds', `mutation { update${d.name}(id: "${target}", input: {}) { id } }`],
    ['delete, a row only B holds', `mutation { delete${d.name}(id: "${target}") }`],
    ['restore, a row only B holds', `mutation { restore${d.name}(id: "${target}") { id } }`],
  ];
  // Several at once goes through the same steps as one; ask it where there are rows only B holds.
  if (input.addedIds.has(d.name))
    writes.push(['delete several, one only B holds', `mutation { delete${plural}(ids: ["${target}", "${absent}"]) }`]);
  if (mutation[`import${plural}`])
    writes.push(['import, a bad row', `mutation($r: [${d.name}CreateInput!]!) { import${plural}(rows: $r) { id } }`, { r: [{}] }]);
  for (const [label, text, variables] of writes) items.push({ name: `${d.name}: ${label}`, run: (exec) => exec(text, variables) });
  return items;
}

/**
 * Texts that hit names in the world: of a name seen in the sample, its first characters, its
 * full pinyin, the same spaced, its initials, and one syllable (a substring of many).
 */
function searchTexts(names: Array<string | null>, personName: boolean): string[] {
  const name = names.find((n) => n && n.length >= 2) ?? '社区';
  const { pinyin, initials } = pinyinForms(name, personName);
  return [
    ...new Set([name.slice(0, 2), pinyin!, `${pinyin!.slice(0, 3)} ${pinyin!.slice(3)}`, initials!.slice(0, 3), pinyin!.slice(0, 2)]),
  ];
}

/** `search` on a type's list: each text ranked (no orderBy) with the next page, one with an order, totalCount. */
function searchItems(d: RecordDecl, input: CorpusInput, names: Array<string | null>): Item[] {
  const texts = searchTexts(names, d.search!.personName);
  return [
    {
      name: `${d.plural}: search, page by page`,
      async run(exec) {
        const seen = [];
        for (const text of texts) {
          let after: string | null = null;
          for (let i = 0; i < input.pages; i++) {
            const r: GqlResult = await exec(
              `query($s: String, $a: String) { ${d.plural}(search: $s, first: 3, after: $a) { ${CONNECTION('id')} } }`,
              {
                s: text,
                a: after,
              },
            );
            seen.push(r);
            after = (r.data as any)?.[d.plural]?.pageInfo?.endCursor ?? null;
            if (!after) break;
          }
        }
        return seen;
      },
    },
    {
      name: `${d.plural}: search with an order`,
      run: (exec) =>
        exec(`query($s: String) { ${d.plural}(search: $s, first: 5, orderBy: [{ createdAt: DESC }]) { ${CONNECTION('id')} } }`, {
          s: texts[1],
        }),
    },
  ];
}

/** The top-level search across types, over every type and over one, with texts from the world's names. */
async function topSearchItems(input: CorpusInput, tableOf: (d: RecordDecl) => string, columnOf: (d: RecordDecl, f: string) => string) {
  const texts: string[] = [];
  for (const d of allRecords().filter((x) => x.search)) {
    const names = (await samples(input.sql, tableOf(d))).map((r) => r[columnOf(d, d.search!.display)]);
    texts.push(...searchTexts(names, d.search!.personName).slice(0, 2));
  }
  return [...new Set(texts)].slice(0, 12).map((text, i) => ({
    name: `search: ${text}`,
    run: (exec: Exec) =>
      exec(`query($t: String!, $ty: [String!]) { search(text: $t, types: $ty, first: 30) { type id display rank } }`, {
        t: text,
        ty: i % 3 === 2 ? ['CommunityWorker', 'PartyMember'] : null,
      }),
  }));
}

/** The figures and the report, with every grouping and a range of filters; permissions and the caller itself. */
function figureItems(
  input: CorpusInput,
  lines: Array<Record<string, string | null>>,
  swappedLines: Array<{ id: string; year: number }>,
): Item[] {
  const { schema, year, centers } = input;
  const q = schema.getQueryType()!.getFields();
  const all = (name: string) => selectAll(getNamedType(q[name].type) as GraphQLObjectType);
  const items: Item[] = [];
  const one = (name: string, text: string, variables?: Record<string, unknown>) =>
    items.push({ name, run: (exec) => exec(text, variables) });
  one(
    'overview',
    `{ city: overview { ${all('overview')} } past: overview(asOf: "${year - 1}-06-30") { ${all('overview')} } ${centers.map((c, i) => `c${i}: overview(serviceCenterId: "${c}") { ${all('overview')} }`).join(' ')} }`,
  );
  one(
    'communityIndicators',
    `{ all: communityIndicators(year: ${year}) { ${all('communityIndicators')} } big: communityIndicators(year: ${year}, filter: { population: { gte: 5000 } }) { communityId } last: communityIndicators(year: ${year - 1}) { ${all('communityIndicators')} } }`,
  );
  one(
    'centre and city indicators',
    `{ city: cityIndicators(year: ${year}) { ${all('cityIndicators')} } ${centers.map((c, i) => `c${i}: centerIndicators(year: ${year}, serviceCenterId: "${c}") { ${all('centerIndicators')} }`).join(' ')} }`,
  );
  one(
    'dutyFindings',
    `{ all: dutyFindings(year: ${year}) { ${all('dutyFindings')} } ${centers.map((c, i) => `c${i}: dutyFindings(year: ${year}, serviceCenterId: "${c}") { ${all('dutyFindings')} }`).join(' ')} }`,
  );
  // Data gaps: whether a value is empty is a fact about it, and whether a community has records in a year is a filter by their fields.
  one(
    'dataCompleteness',
    `{ city: dataCompleteness(year: ${year}) { ${all('dataCompleteness')} } last: dataCompleteness(year: ${year - 1}) { ${all('dataCompleteness')} } ${centers.map((c, i) => `c${i}: dataCompleteness(year: ${year}, serviceCenterId: "${c}") { ${all('dataCompleteness')} }`).join(' ')} }`,
  );
  const keys = ['COMMUNITY', 'SERVICE_CENTER', 'DIRECTION', 'SOURCE', 'CATEGORY', 'STATUS'];
  const groupings = [[], ...keys.map((k) => [k]), keys];
  const filters: Array<Record<string, unknown> | null> = [
    null,
    { direction: { eq: 'INCOME' } },
    { id: { eq: lines[0]?.id } },
    { id: { in: lines.slice(0, 4).map((l) => l.id) } },
    { dutyAssignment: { dutyItem: { status: { eq: 'DRAFT' } } } },
    { community: { name: { contains: '社' } } },
  ];
  const summary = all('budgetSummary');
  for (const g of groupings) {
    for (const f of filters) {
      one(
        `budgetSummary by [${g.join(', ')}] where ${JSON.stringify(f)}`,
        `query($g: [BudgetGroup!]!, $f: BudgetLineFilter) { budgetSummary(year: ${year}, groupBy: $g, filter: $f) { ${summary} } }`,
        { g, f },
      );
    }
  }
  // Each line a pair swaps values of, alone and with a few others, in its own year: a summary must not be narrower than the rows behind it.
  for (const line of swappedLines) {
    for (const f of [{ id: { eq: line.id } }, { id: { in: [line.id, ...lines.slice(0, 2).map((l) => l.id)] } }]) {
      for (const g of [[], keys]) {
        one(
          `budgetSummary of a swapped line by [${g.join(', ')}] where ${JSON.stringify(f)}`,
          `query($g: [BudgetGroup!]!, $f: BudgetLineFilter) { budgetSummary(year: ${line.year}, groupBy: $g, filter: $f) { ${summary} } }`,
          { g, f },
        );
      }
    }
  }
  for (const [label, args] of [
    ['city, Markdown', ''],
    // With every threshold argument, the office standard of 三、对策建议 included: the recommendations' gaps move with them.
    [
      'centre, HTML, thresholds',
      `, serviceCenterId: "${centers[0]}", format: HTML, thresholds: { minWorkersPer10k: 2.5, maxFiscalDependency: 0.5, minSocialOrgsPer10k: 1, minAverageResidentAttendance: 30, minOfficeAreaPer100Households: 10 }`,
    ],
  ]) {
    one(`report (${label})`, `{ report(year: ${year}${args}) { format title content } }`);
  }
  // The .docx is deterministic (fixed dates and zip times), so every part is compared in
  // full: the XML as text and the images by hash, so a difference reads as text, not base64.
  items.push({
    name: 'report (city, Word)',
    run: async (exec) => {
      const r = await exec(`{ report(year: ${year}, format: DOCX) { format title mimeType fileName content } }`);
      const report = (r.data as { report?: { content: string } } | undefined)?.report;
      return report ? { ...r, data: { report: { ...report, content: docxParts(report.content) } } } : r;
    },
  });
  one(
    'permissions',
    `{ permissions { role canManageUsers canReadAuditLog canPublishReports types { type canRead canCreate canUpdate canDelete fields { name read write } } } }`,
  );
  one('me', '{ me { id email role serviceCenterId communityId } }');
  one(
    'audit log',
    '{ auditLog(first: 20) { totalCount nodes { action recordType recordId version changes { field before after masked } } pageInfo { hasNextPage endCursor } } }',
  );
  // The access log (AUDITOR only): what the reveals above recorded, without the time and request id of each read.
  one('access log', '{ accessLog(first: 100) { totalCount nodes { role recordType recordId field purpose } pageInfo { hasNextPage } } }');
  one('users and keys', '{ users { id email } }');
  one('api keys', '{ apiKeys { id name } }');
  return items;
}

export async function corpusFor(
  input: CorpusInput,
  tableOf: (d: RecordDecl) => string,
  columnOf: (d: RecordDecl, f: string) => string,
): Promise<Item[]> {
  const items: Item[] = [];
  const sampled = new Map<string, Array<Record<string, string | null>>>();
  for (const d of allRecords()) {
    sampled.set(d.name, await samples(input.sql, tableOf(d)));
    items.push(...recordItems(d, input, sampled.get(d.name)!, (f) => columnOf(d, f)));
  }
  // The duplicate warning (extensions.warnings): writes that set an identity number, each refused alike.
  items.push(...(await duplicateItems(input, (d) => sampled.get(d.name) ?? [], columnOf)));
  items.push(...(await topSearchItems(input, tableOf, columnOf)));
  const lines = await samples(input.sql, 'budget_line');
  const swapped = input.swappedIds.get('BudgetLine') ?? [];
  const years = (
    await input.sql.query<{ id: string; fiscal_year: string }>('select id, fiscal_year from budget_line where id = any($1)', [swapped])
  ).rows;
  items.push(
    ...figureItems(
      input,
      lines,
      years.map((r) => ({ id: r.id, year: Number(r.fiscal_year) })),
    ),
  );
  // The duplicates report: refused alike to whoever may not read every compared field, and for AUDITOR
  // (who may) the pairs vary nothing hidden from it, so any difference is a leak.
  items.push({
    name: 'duplicatePeople',
    run: (exec) => exec('{ duplicatePeople(first: 100) { by values records { type id name community } } }'),
  });
  // A person's data: ADMIN's only, so refused alike to every caller class here, before anything is read or audited.
  items.push({
    name: 'personData',
    run: (exec) => exec('{ personData(idNumber: "11010519491231002X") { fileName content contentClasses recordCount } }'),
  });
  items.push(...(await publicationItems(input, (type) => selectAll(type))));
  // Data quality per community: the communities both databases hold, and those a pair changes.
  const communities = (await input.sql.query<{ id: string }>('select id from community order by code limit 4')).rows.map((r) => r.id);
  for (const id of new Set([...communities, ...(input.changedIds.get('Community') ?? [])])) {
    items.push({
      name: `dataQuality of community ${id}`,
      run: (exec) => exec(`{ dataQuality(communityId: "${id}") { recordType recordId display field problem } }`),
    });
  }
  return items;
}

/** A .docx (base64) as its XML parts in full and its other parts by size and hash: what the document says, readably. */
function docxParts(base64: string): Record<string, string> {
  const files = unzipSync(Buffer.from(base64, 'base64'));
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [
      name,
      name.endsWith('.xml') || name.endsWith('.rels')
        ? strFromU8(data)
        : `${data.length} bytes, sha256 ${createHash('sha256').update(data).digest('hex')}`,
    ]),
  );
}

/** The answer as compared: errors in a fixed order (resolvers finish fields in no fixed order), no generation time. */
export function normalise(value: unknown): string {
  return JSON.stringify(value, (key, v) => {
    if (key === 'generatedAt') return undefined;
    if (key === 'errors' && Array.isArray(v)) return v.map((e) => JSON.stringify(e)).sort();
    return v;
  });
}

/** Where two answers first differ, for the report of a difference. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 80), i + 120)}… ≠ …${b.slice(Math.max(0, i - 80), i + 120)}…`;
}
