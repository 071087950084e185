import { describe, expect, it } from 'vitest';
import { formatProblem, idNumberFacts } from '../../server/src/core/declare/formats';
import { communityInput, idCheck, idNumber, mobile, serviceCenterInput, socialCreditCode, workerInput } from '../../seeds/factories';
import { stableId } from '../../seeds/ids';
import { yuan } from '../../seeds/money';
import { progressPrinter } from '../../seeds/progress';
import { rng } from '../../seeds/random';
import { ok, startTestApp } from '../support/test-app';

describe('seed building blocks', () => {
  it('draws the same numbers for the same key, different ones for another', () => {
    const a = rng('k');
    const b = rng('k');
    const xs = Array.from({ length: 5 }, () => a.float());
    expect(Array.from({ length: 5 }, () => b.float())).toEqual(xs);
    expect(rng('other').float()).not.toBe(xs[0]);
  });

  it('makes stable v5-layout UUIDs', () => {
    expect(stableId('demo:community:DH-001')).toBe(stableId('demo:community:DH-001'));
    expect(stableId('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes phones, identity numbers and credit codes the declared formats accept, agreeing with birth year and gender', () => {
    const r = rng('people');
    for (let i = 0; i < 200; i++) {
      const gender = i % 2 ? 'MALE' : 'FEMALE';
      const id = idNumber(r, 1980 + (i % 20), gender);
      expect(formatProblem('cnIdNumber', id)).toBeUndefined();
      expect(id[17]).toBe(idCheck(id.slice(0, 17)));
      expect(idNumberFacts(id)).toMatchObject({ birthYear: 1980 + (i % 20), gender });
      const phone = mobile(r);
      expect(formatProblem('cnPhone', phone)).toBeUndefined();
      expect(phone).toMatch(/^1[3-9]\d{9}$/);
      expect(formatProblem('creditCode', socialCreditCode(i * 37, i % 2 ? 'D' : 'K'))).toBeUndefined();
    }
  });

  it('writes money as exact two-decimal strings', () => {
    expect(yuan(420000)).toBe('4200.00');
    expect(yuan(5)).toBe('0.05');
  });

  it('prints plain progress lines when stderr is not a terminal', () => {
    const lines: string[] = [];
    let clock = 0;
    const print = progressPrinter({ isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream, () => clock);
    print({ table: 'community', done: 0, total: 10 });
    clock = 5000;
    print({ table: 'community', done: 5, total: 10 });
    print({ table: 'community', done: 10, total: 10 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^community\s+\[#+\]\s+10\/10 rows/);
  });

  it('builds inputs the API accepts', async () => {
    const t = await startTestApp();
    try {
      const sc = ok(
        await t.gql(`mutation($i: ServiceCenterCreateInput!) { createServiceCenter(input: $i) { id } }`, { i: serviceCenterInput('A') }),
      );
      const c = ok(
        await t.gql(`mutation($i: CommunityCreateInput!) { createCommunity(input: $i) { id code } }`, {
          i: communityInput('A', sc.createServiceCenter.id),
        }),
      );
      const w = ok(
        await t.gql(`mutation($i: CommunityWorkerCreateInput!) { createCommunityWorker(input: $i) { id name } }`, {
          i: workerInput('A', c.createCommunity.id),
        }),
      );
      expect(w.createCommunityWorker.name).toEqual(workerInput('A', c.createCommunity.id).name);
    } finally {
      await t.close();
    }
  });
});
