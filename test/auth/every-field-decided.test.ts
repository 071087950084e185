import { GraphQLObjectType } from 'graphql';
import { expect, it } from 'vitest';
import { allRecords } from '../../server/src/core/declare';
import { appSchema } from '../../server/src/app';
import { sensitivityOf } from '../../server/src/modules/auth/policy/read-access';

/** Fields of record types every caller may read without a declaration behind them. */
const OPEN_BY_DESIGN = new Set(['version']);

it('has an access decision for every field of every record type in the schema', () => {
  const schema = appSchema();
  const undecided: string[] = [];
  for (const d of allRecords()) {
    const type = schema.getType(d.name);
    expect(type).toBeInstanceOf(GraphQLObjectType);
    for (const field of Object.keys((type as GraphQLObjectType).getFields())) {
      if (!OPEN_BY_DESIGN.has(field) && sensitivityOf(d, field) === undefined) undecided.push(`${d.name}.${field}`);
    }
  }
  // A new field here needs a sensitivity (declare it with @Attr/@Ref) or a decision in the policy.
  expect(undecided).toEqual([]);
});
