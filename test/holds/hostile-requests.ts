/**
 * The catalogue of hostile and broken requests: each names what a client sends
 * and what the server must answer. Shared by the tests and the figures they print.
 */
export interface HostileCase {
  name: string;
  /** A JSON body (object) or raw text. */
  body: unknown;
  headers?: Record<string, string>;
  status: number;
  code: string;
  asAdmin?: boolean;
  /** Sent as GET /graphql?<this> instead of a POST. */
  get?: string;
}

const repeat = (n: number, f: (i: number) => string, sep = ' ') => Array.from({ length: n }, (_, i) => f(i)).join(sep);

/** serviceCenter → communities → serviceCenter … twenty levels down. */
const deepSelection = (levels: number): string => {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = i % 2 ? `communities { ${inner} }` : `serviceCenter { ${inner} }`;
  return `{ communities { nodes { ${inner} } } }`;
};

const COMMUNITY_FIELDS = 'id code name population households areaKm2 officeAreaM2 createdAt updatedAt version';

export const hostileCases: HostileCase[] = [
  { name: 'depth bomb (24 levels)', body: { query: deepSelection(24) }, status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: 'alias bomb (500 aliases)',
    body: { query: `{ ${repeat(500, (i) => `a${i}: communities { totalCount }`)} }` },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'cost bomb (nested lists of 500 × 500 × 500)',
    body: {
      query: `{ serviceCenters(first: 500) { nodes { communities(first: 500) { ${COMMUNITY_FIELDS} workers(first: 500) { id name trainingRecords(first: 500) { id } } } } } }`,
    },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'circular fragments',
    body: { query: 'query { ...A } fragment A on Query { communities { nodes { id } } ...B } fragment B on Query { ...A }' },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'fragment fan-out (billion laughs)',
    body: {
      query: `query { ...F0 } ${repeat(12, (i) => `fragment F${i} on Query { ${i < 11 ? `...F${i + 1} ` : ''}a: communities { nodes { id } } b: communities { nodes { name } } }`)}`,
    },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'huge list of operations in one document (3000)',
    body: { query: repeat(3000, (i) => `query q${i} { __typename }`), operationName: 'q1' },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'batch of 1000 operations in one body',
    body: Array.from({ length: 1000 }, () => ({ query: '{ __typename }' })),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'directive flood (500 @include)',
    body: { query: `{ __typename ${repeat(500, () => '@include(if: true)')} }` },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: '10 MB body',
    body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }),
    status: 413,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'very long string in a text field (1 MB name)',
    body: {
      query: 'mutation($input: ServiceCenterCreateInput!) { createServiceCenter(input: $input) { id } }',
      variables: { input: { name: '长'.repeat(300_000), kind: 'SUB_DISTRICT_OFFICE', legalForm: 'GOVERNMENT_AGENCY' } },
    },
    asAdmin: true,
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  { name: 'invalid JSON', body: '{"query": "{ __typename }",', status: 400, code: 'BAD_USER_INPUT' },
  { name: 'JSON that is not an object', body: '"just a string"', status: 400, code: 'BAD_USER_INPUT' },
  { name: 'no query at all', body: { variables: {} }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'query that does not parse', body: { query: '{ communities { nodes { id }' }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'unknown field', body: { query: '{ communitiez { totalCount } }' }, status: 400, code: 'BAD_USER_INPUT' },
  {
    name: 'wrong variable type (string for Int)',
    body: { query: 'query($n: Int) { communities(first: $n) { totalCount } }', variables: { n: 'ten' } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'wrong variable type (object for an input field)',
    body: {
      query: 'mutation($input: ServiceCenterCreateInput!) { createServiceCenter(input: $input) { id } }',
      variables: { input: { name: { $ne: null }, kind: 'SUB_DISTRICT_OFFICE', legalForm: 'GOVERNMENT_AGENCY' } },
    },
    asAdmin: true,
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'unknown enum value',
    body: { query: 'mutation { createServiceCenter(input: { name: "x", kind: DROP_TABLE, legalForm: GOVERNMENT_AGENCY }) { id } }' },
    asAdmin: true,
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'negative page size', body: { query: '{ communities(first: -1) { totalCount } }' }, status: 200, code: 'BAD_USER_INPUT' },
  // The cost limit counts `first` as a multiplier, so a huge page is refused before it runs.
  {
    name: 'huge page size (within Int)',
    body: { query: '{ communities(first: 2147483647) { totalCount } }' },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'huge page size in a variable',
    body: { query: 'query($n: Int) { communities(first: $n) { totalCount } }', variables: { n: 100000 } },
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'page size beyond Int',
    body: { query: 'query($n: Int) { communities(first: $n) { totalCount } }', variables: { n: 99999999999 } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'huge offset',
    body: { query: 'query($n: Int) { communities(offset: $n) { totalCount } }', variables: { n: 2147483647 } },
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  { name: 'negative offset', body: { query: '{ communities(offset: -5) { totalCount } }' }, status: 200, code: 'BAD_USER_INPUT' },
  {
    name: 'forged cursor',
    body: { query: `{ communities(after: "'; drop table community; --") { totalCount } }` },
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'mutation sent with GET',
    body: null,
    get: `query=${encodeURIComponent('mutation { createServiceCenter(input: { name: "x", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }')}`,
    headers: { 'apollo-require-preflight': 'true' },
    asAdmin: true,
    status: 405,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'form post (CSRF)',
    body: 'query={__typename}',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'anonymous write',
    body: {
      query: 'mutation { createServiceCenter(input: { name: "x", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
    },
    status: 200,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'forged bearer token',
    body: { query: '{ me { email } }' },
    headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.' },
    status: 401,
    code: 'UNAUTHENTICATED',
  },
];
