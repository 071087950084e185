import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinyinForms, textArrayLiteral } from '../../server/src/core/declare';
import { pairsOf } from '../../server/src/core/declare/search-forms';
import { fillSearchForms } from '../../server/src/db/search-backfill';
import { inTransaction, insertDataSet, runnerFor } from '../../seeds/db/sql';
import { buildDemoSet } from '../../seeds/demo/index';
import { ok, startTestApp, type TestApp } from '../support/test-app';

// The derived pinyin columns (server/src/core/declare/search-forms.ts): their forms, the seeds that write them with SQL,
// and the fill of rows stored without them (before the migration, or restored from an older backup).
describe('pinyin forms', () => {
  it.each([
    ['张伟', true, 'zhangwei', 'zw'],
    ['单伟', true, 'shanwei', 'sw'],
    ['单伟', false, 'danwei', 'dw'],
    ['银行社区', false, 'yinhangshequ', 'yhsq'],
    ['A栋3号 Lee', false, 'adong3haolee', 'ad3hlee'],
    ['吕', true, 'lv', 'l'],
  ])('%s (person name: %s) is %s / %s', (text, person, pinyin, initials) => {
    expect(pinyinForms(text, person)).toMatchObject({ pinyin, initials });
  });
  it('keeps null as null', () => expect(pinyinForms(null, false)).toEqual({ pinyin: null, initials: null, pairs: null }));
  it('pairs: every two adjacent characters of the lowered display and of its pinyin, once, sorted', () => {
    expect(pinyinForms('张伟', true).pairs).toEqual(['an', 'ei', 'gw', 'ha', 'ng', 'we', 'zh', '张伟']);
    expect(pinyinForms('A栋', false).pairs).toEqual(['ad', 'a栋', 'do', 'ng', 'on']);
    expect(pinyinForms('吕', true).pairs).toEqual(['lv']);
    expect(pairsOf('aaa')).toEqual(['aa']);
  });
  it('writes pairs as an array literal PostgreSQL reads back unchanged', () => {
    expect(textArrayLiteral(['ab', 'a"', 'b\\'])).toBe('{"ab","a\\"","b\\\\"}');
  });
});

describe('seeded and restored rows', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await inTransaction(t.app.orm, (_em, run) => insertDataSet(run, buildDemoSet()));
  });
  afterAll(() => t?.close());
  const run = () => runnerFor(t.app.orm.em.fork());

  it('the demo seed fills the columns, so a seeded name is found by its pinyin', async () => {
    const [row] = await run()<{ n: number }>(
      'select count(*)::int as n from community_worker where name_pinyin is null or name_initials is null or name_pairs is null',
    );
    expect(row.n).toBe(0);
    const [worker] = await run()<{ name: string; name_pinyin: string }>(
      'select name, name_pinyin from community_worker order by id limit 1',
    );
    const found = ok(await t.gql(`query($s: String) { communityWorkers(search: $s) { nodes { name } } }`, { s: worker.name_pinyin }));
    expect(found.communityWorkers.nodes.map((n: { name: string }) => n.name)).toContain(worker.name);
  });

  it('rows without them are filled after migrating, to the same forms', async () => {
    const before = await run()('select id, name_pinyin, name_initials, name_pairs from community order by id');
    await run()('update community set name_pinyin = null, name_initials = null, name_pairs = null');
    const sql = run();
    const filled = await fillSearchForms((text, params) => sql(text.replace(/\$\d+/g, '?'), params));
    expect(filled).toBe(before.length);
    expect(await run()('select id, name_pinyin, name_initials, name_pairs from community order by id')).toEqual(before);
  });
});
