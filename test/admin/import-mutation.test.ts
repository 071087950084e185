import { describe, expect, it } from 'vitest';
import { useSmallCity } from '../support/fixtures';
import { ok } from '../support/test-app';

const env = useSmallCity();
const count = async () => ok(await env.t.gql('{ communities { totalCount } }')).communities.totalCount as number;
const IMPORT = 'mutation($rows: [CommunityCreateInput!]!) { importCommunities(rows: $rows) { id code name serviceCenter { id } } }';

describe('importX(rows): all rows in one transaction, or none', () => {
  it('writes every row when all pass', async () => {
    const before = await count();
    const center = env.city.centers[0];
    const data = ok(
      await env.t.gql(IMPORT, {
        rows: [
          { code: 'IMP-1', name: '导入一社区', serviceCenterId: center, population: 100 },
          { code: 'IMP-2', name: '导入二社区', serviceCenterId: center },
        ],
      }),
    );
    expect(data.importCommunities.map((c: { code: string }) => c.code)).toEqual(['IMP-1', 'IMP-2']);
    expect(await count()).toBe(before + 2);
  });

  it('one bad row writes nothing and names every bad row and field', async () => {
    const before = await count();
    const center = env.city.centers[0];
    const res = await env.t.gql(IMPORT, {
      rows: [
        { code: 'IMP-3', name: '好的一行', serviceCenterId: center },
        { code: 'IMP-4', name: '   ', serviceCenterId: center },
        { code: 'IMP-3', name: '重复编码', serviceCenterId: center },
        { code: 'T-001', name: '已有编码', serviceCenterId: center },
        { code: 'IMP-5', name: '无效中心', serviceCenterId: '00000000-0000-4000-8000-00000000dead' },
      ],
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (res.errors![0].extensions!.fields as Array<{ path: string }>).map((f) => f.path).sort();
    expect(paths).toEqual(['rows.1.name', 'rows.2.code', 'rows.3.code', 'rows.4.serviceCenterId']);
    expect(await count()).toBe(before);
  });

  it('refuses more rows than one import takes', async () => {
    const rows = Array.from({ length: 2001 }, (_, i) => ({ code: `BIG-${i}`, name: `社区${i}`, serviceCenterId: env.city.centers[0] }));
    const res = await env.t.gql(IMPORT, { rows });
    expect(res.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ path: 'rows' })]);
  });
});
