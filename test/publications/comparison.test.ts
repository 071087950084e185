import { describe, expect, it } from 'vitest';
import { buildFiguresCity } from '../figures/figures-city';
import { useTestCity } from '../support/fixtures';
import { ANONYMOUS, ok } from '../support/test-app';
import { COMPARE, publish } from './operations';

/** Issue 18: a publication compared with today's data, number by number, as anonymous readers are told both. */
const env = useTestCity(buildFiguresCity);
const compare = async (id: string) => ok(await env.t.gql(COMPARE, { id }, ANONYMOUS)).publishedReportComparison;

describe('publishedReportComparison', () => {
  it('finds nothing changed right after publication, then each changed number with before and after', async () => {
    const p = await publish(env.t, { y: 2026 });
    const fresh = await compare(p.id);
    expect(fresh).toMatchObject({
      changedCount: 0,
      changes: [],
      figureCount: p.figures.length,
      publishedReport: { id: p.id, revision: 1 },
    });
    expect(fresh.figureCount).toBeGreaterThan(50);

    // 安居社区's population 10000 → 12000; one more social organisation in 城南社区.
    ok(await env.t.gql(`mutation { updateCommunity(id: "${env.city.A}", input: { population: 12000 }) { id } }`));
    ok(
      await env.t.gql(
        `mutation { createSocialOrganization(input: { communityId: "${env.city.C}", name: "新书社", category: CULTURE_SPORTS, registration: FILED, stage: INCUBATING }) { id } }`,
      ),
    );
    const after = await compare(p.id);
    const change = (key: string) => after.changes.find((c: { key: string }) => c.key === key);
    expect(after.changedCount).toBe(after.changes.length);
    expect(change('overview.population')).toMatchObject({
      label: '全市 · 基本情况 · 管辖人口',
      before: { value: '15000' },
      after: { value: '17000' },
    });
    expect(change(`community.${env.city.A}.population`)).toMatchObject({
      label: '安居社区(F-A) · 管辖人口',
      labelEn: '安居社区 (F-A) · Population',
      before: { value: '10000', display: '10000' },
      after: { value: '12000', display: '12000' },
    });
    expect(change(`community.${env.city.A}.workersPer10k`)).toMatchObject({ before: { display: '3' }, after: { display: '2.5' } });
    expect(change('overview.socialOrganizationCount')).toMatchObject({ before: { value: '3' }, after: { value: '4' } });
    expect(change(`community.${env.city.C}.socialOrganizationCount`)).toMatchObject({ before: { value: '1' }, after: { value: '2' } });
    // Only what those two changes move: nothing else is reported as changed.
    const keys = after.changes.map((c: { key: string }) => c.key).sort();
    expect(keys).toEqual(
      [
        'overview.population',
        'overview.socialOrganizationCount',
        'overview.socialOrganizationsByCategory.CULTURE_SPORTS',
        'totals.population',
        'totals.workersPer10k',
        'totals.officeAreaPer1k',
        'totals.socialOrganizationCount',
        'totals.socialOrganizationsPer10k',
        `community.${env.city.A}.population`,
        `community.${env.city.A}.workersPer10k`,
        `community.${env.city.A}.officeAreaPer1k`,
        `community.${env.city.A}.socialOrganizationsPer10k`,
        `community.${env.city.C}.socialOrganizationCount`,
      ].sort(),
    );
  });
});
