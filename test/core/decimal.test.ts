import { describe, expect, it } from 'vitest';
import { normaliseDecimal } from '../../server/src/core/scalars';
import { useSmallCity } from '../support/fixtures';
import { ok } from '../support/test-app';

const env = useSmallCity();

const CREATE =
  'mutation($amount: Decimal!, $c: ID!) { createBudgetLine(input: { communityId: $c, fiscalYear: 2024, direction: INCOME, source: OTHER, amount: $amount }) { amount } }';

describe('Decimal money', () => {
  it.each([
    ['1234.5', '1234.50'],
    ['0.01', '0.01'],
    ['999999999999.99', '999999999999.99'],
    ['0.10', '0.10'],
    ['000123', '123.00'],
    [42, '42.00'],
  ])('round-trips %j exactly as %s', async (input, expected) => {
    expect(ok(await env.t.gql(CREATE, { amount: input, c: env.city.communities[2] })).createBudgetLine.amount).toBe(expected);
  });

  it('sums exactly where floats would drift (0.1 + 0.2)', async () => {
    for (const amount of ['0.10', '0.20']) ok(await env.t.gql(CREATE, { amount, c: env.city.communities[1] }));
    const rows = await env.t.app.orm.em
      .fork()
      .getConnection()
      .execute(`select sum(amount)::text as s from budget_line where community_id = ?`, [env.city.communities[1]]);
    expect(rows[0].s).toBe('0.30');
  });

  it.each([['1.234'], [1.5], ['1e3'], ['12345678901234.00'], ['abc']])('rejects %j with BAD_USER_INPUT', async (amount) => {
    const res = await env.t.gql(CREATE, { amount, c: env.city.communities[2] });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects zero and negative amounts as field errors', async () => {
    const res = await env.t.gql(CREATE, { amount: '-5.00', c: env.city.communities[2] });
    expect(res.errors?.[0].extensions?.fields).toEqual([{ path: 'input.amount', message: expect.stringContaining('at least') }]);
  });

  it('normalises without floats', () => {
    expect(normaliseDecimal('-0.5')).toBe('-0.50');
    expect(normaliseDecimal('-0')).toBe('0.00');
    expect(normaliseDecimal('12345678901.9')).toBe('12345678901.90');
  });
});
