import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMUNITIES } from '../../seeds/demo/index';
import { ok } from '../support/test-app';
import { ACCOUNTS } from './support/accounts';
import { login, newPage, screenshot } from './support/browser';
import { chooseAutocomplete, rows, save, waitForColumn, waitForFirst, waitForText } from './support/console-page';
import { useConsole } from './support/console-server';

const env = useConsole();

const community = async (code: string) =>
  ok(
    await env.server.t.gql('query($c: String!) { communities(filter: { code: { eq: $c } }) { nodes { id name version deletedAt } } }', {
      c: code,
    }),
  ).communities.nodes[0];

describe('records in the console (as an administrator, in Chinese)', () => {
  it('exports a list as CSV with the import columns', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.goto(`${env.server.base}/admin/#/communities?sort=code&order=ASC`);
    await waitForText(page, '共 12 条');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('.MuiToolbar-root')
        .filter({ has: page.getByRole('button', { name: '添加筛选' }) })
        .getByRole('button', { name: '导出' })
        .click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0].split(',')).toEqual(expect.arrayContaining(['code', 'name', 'serviceCenterId', 'population', 'serviceCenter.name']));
    // A header, then one line per demo community.
    expect(lines).toHaveLength(COMMUNITIES.length + 1);
    expect(csv).toContain('DH-001');
    await context.close();
  });

  it('lists with the total, filters, sorts and pages', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.goto(`${env.server.base}/admin/#/communities`);
    await waitForText(page, '共 12 条');
    await screenshot(page, 'communities-list');
    // Search by name (the display field), then clear it.
    await page.locator('input[name="q"]').fill('码头');
    await waitForColumn(page, 1, ['码头社区']);
    await screenshot(page, 'communities-filtered');
    await page.locator('input[name="q"]').fill('');
    await waitForText(page, '共 12 条');
    // Sort by population: ascending on the first click, descending on the second.
    const header = page.getByRole('columnheader', { name: '管辖人口' }).getByRole('button');
    await header.click();
    await page.waitForFunction(() => location.hash.includes('sort=population'));
    await waitForFirst(page, 1, '书院社区');
    await header.click();
    await page.waitForFunction(() => location.hash.includes('DESC'));
    await waitForFirst(page, 1, '湖光社区');
    // Five per page, by code: page 3 holds the last two.
    await page.goto(`${env.server.base}/admin/#/communities?perPage=5&page=1&sort=code&order=ASC`);
    await waitForColumn(page, 2, ['DH-001', 'DH-002', 'DH-003', 'DH-004', 'DH-005']);
    await page.getByRole('button', { name: '下一页' }).click();
    await waitForColumn(page, 2, ['DH-006', 'DH-007', 'DH-008', 'DH-009', 'DH-010']);
    await page.getByRole('button', { name: '下一页' }).click();
    await waitForColumn(page, 2, ['DH-011', 'DH-012']);
    await waitForText(page, '第 11-12 条，共 12 条');
    // Filter by a reference (autocomplete on the service centre) and by an enum.
    await page.goto(`${env.server.base}/admin/#/communities?perPage=25&page=1&sort=code&order=ASC`);
    await page.getByRole('button', { name: '添加筛选' }).click();
    await page.locator('[role="menu"]').getByText('所属服务中心', { exact: true }).click();
    await chooseAutocomplete(page, 'serviceCenterId', '湖光', '东湖区湖光街道办事处');
    await waitForColumn(page, 2, ['DH-007', 'DH-008', 'DH-009', 'DH-010', 'DH-011', 'DH-012']);
    await page.getByRole('button', { name: '添加筛选' }).click();
    await page.locator('[role="menu"]').getByText('设施状况', { exact: true }).click();
    await page.getByRole('combobox', { name: '设施状况' }).click();
    await page.getByRole('option', { name: '较差' }).click();
    await waitForColumn(page, 1, ['书院社区']);
    await screenshot(page, 'communities-filtered-by-centre-and-condition');
    await context.close();
  });

  it('creates, edits, deletes and restores a community', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.goto(`${env.server.base}/admin/#/communities/create`);
    await page.locator('input[name="name"]').fill('新建测试社区');
    // A code that is taken: the server's BAD_USER_INPUT shows under the code field, nothing is written.
    await page.locator('input[name="code"]').fill('DH-001');
    await chooseAutocomplete(page, 'serviceCenterId', '江北', '东湖区江北党群服务中心');
    await save(page);
    await page.getByText('is already used by another Community').waitFor();
    expect(await page.locator('.Mui-error').count()).toBeGreaterThan(0);
    await page.locator('input[name="code"]').fill('NEW-001');
    await page.locator('input[name="population"]').fill('5600');
    await page.getByRole('combobox', { name: '设施状况' }).click();
    await page.getByRole('option', { name: '良好' }).click();
    await screenshot(page, 'community-create');
    await save(page);
    await page.waitForFunction(() => /\/communities\/[0-9a-f-]+\/show/.test(location.hash));
    await waitForText(page, '新建测试社区');
    const created = await community('NEW-001');
    expect(created.name).toBe('新建测试社区');

    await page.goto(`${env.server.base}/admin/#/communities/${created.id}`);
    await page.locator('input[name="name"]').fill('改过名的社区');
    await save(page);
    await page.waitForFunction(() => location.hash.endsWith('/show'));
    await waitForText(page, '改过名的社区');
    expect((await community('NEW-001')).name).toBe('改过名的社区');

    await page.goto(`${env.server.base}/admin/#/communities/${created.id}`);
    await page.getByRole('button', { name: '删除' }).click();
    await page.getByRole('button', { name: '确认' }).click();
    await page.waitForFunction(() => /^#\/communities(\?|$)/.test(location.hash));
    expect(await community('NEW-001')).toBeUndefined();

    await page.goto(`${env.server.base}/admin/#/communities/deleted`);
    await waitForText(page, '改过名的社区');
    await screenshot(page, 'communities-deleted');
    await rows(page).filter({ hasText: '改过名的社区' }).getByRole('button', { name: '恢复' }).click();
    await waitForText(page, '已恢复 1 项');
    expect((await community('NEW-001')).name).toBe('改过名的社区');
    await context.close();
  });

  it('deletes several records at once and restores them from the deleted view', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    const total = async () => ok(await env.server.t.gql('{ compounds { totalCount } }')).compounds.totalCount as number;
    const before = await total();
    await page.goto(`${env.server.base}/admin/#/compounds?sort=name&order=ASC`);
    await rows(page).first().waitFor();
    const names = (await rows(page).locator('td:nth-child(2)').allInnerTexts()).slice(0, 2);
    await rows(page).nth(0).locator('input[type="checkbox"]').check();
    await rows(page).nth(1).locator('input[type="checkbox"]').check();
    await waitForText(page, '已选 2 项');
    await page.getByRole('button', { name: '删除' }).click();
    await page.getByRole('button', { name: '确认' }).click();
    await waitForText(page, '已删除 2 项');
    expect(await total()).toBe(before - 2);
    await page.goto(`${env.server.base}/admin/#/compounds/deleted`);
    // The demo has deleted compounds of its own: pick the two deleted here.
    for (const name of names) await rows(page).filter({ hasText: name }).locator('input[type="checkbox"]').check();
    await page.locator('[data-test="bulk-actions-toolbar"]').getByRole('button', { name: '恢复' }).click();
    await waitForText(page, '已恢复 2 项');
    expect(await total()).toBe(before);
    await context.close();
  });

  it('shows a conflict, not a silent overwrite, when two people edit one record', async () => {
    const target = await community('DH-002');
    const a = await newPage(env.browser);
    const b = await newPage(env.browser);
    await login(a.page, env.server.base, ACCOUNTS.ADMIN);
    await login(b.page, env.server.base, ACCOUNTS.ADMIN);
    for (const { page } of [a, b]) {
      await page.goto(`${env.server.base}/admin/#/communities/${target.id}`);
      await page.locator('input[name="name"]').waitFor();
    }
    await a.page.locator('input[name="name"]').fill('甲改的名字');
    await save(a.page);
    await a.page.waitForFunction(() => location.hash.endsWith('/show'));
    await b.page.locator('input[name="name"]').fill('乙改的名字');
    await save(b.page);
    await b.page.getByTestId('conflict-dialog').getByText('保存冲突').waitFor();
    await screenshot(b.page, 'edit-conflict');
    expect((await community('DH-002')).name).toBe('甲改的名字');
    await b.page.getByRole('button', { name: '重新加载最新版本' }).click();
    await b.page.waitForFunction(() => (document.querySelector('input[name="name"]') as HTMLInputElement)?.value === '甲改的名字');
    await a.context.close();
    await b.context.close();
  });

  it('imports a CSV with a preview; a bad row writes nothing', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.goto(`${env.server.base}/admin/#/communities`);
    const center = await env.server.firstId('serviceCenters', { name: { eq: '东湖区江北党群服务中心' } });
    const upload = async (csv: string) => {
      await page.getByRole('button', { name: '导入' }).click();
      await page.getByTestId('import-file').setInputFiles({ name: 'communities.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByTestId('import-preview').waitFor();
    };
    // A row the browser already sees is wrong (no name, population not a number).
    await upload(`code,name,serviceCenterId,population\nCSV-1,导入社区甲,${center},100\nCSV-2,,${center},很多\n`);
    await page.getByTestId('import-bad').waitFor();
    // References show by name in the preview, so a person can check them.
    await page.getByTestId('import-preview').getByText('东湖区江北党群服务中心').first().waitFor();
    expect(await page.locator('[data-row-error="true"]').count()).toBe(1);
    await screenshot(page, 'import-preview-bad-row');
    await page.getByRole('button', { name: '取消' }).click();
    // A row only the server can judge (the code exists): nothing is written, the row is named.
    await upload(`code,name,serviceCenterId\nCSV-1,导入社区甲,${center}\nDH-001,重复编码,${center}\n`);
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-failure').waitFor();
    expect(await page.locator('[data-row-error="true"]').innerText()).toContain('already exists');
    expect(await community('CSV-1')).toBeUndefined();
    await page.getByRole('button', { name: '取消' }).click();
    // Fixed file: both rows arrive.
    await upload(`code,name,serviceCenterId\nCSV-1,导入社区甲,${center}\nCSV-9,导入社区乙,${center}\n`);
    await page.getByTestId('import-submit').click();
    await waitForText(page, '已导入 2 行');
    expect((await community('CSV-9')).name).toBe('导入社区乙');
    await context.close();
  });

  it('imports references written by name or code, and marks a name that names nothing or several records', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.goto(`${env.server.base}/admin/#/communities`);
    // Two centres share a name: that name cannot say which one is meant.
    for (let i = 0; i < 2; i += 1) {
      ok(
        await env.server.t.gql(
          'mutation { createServiceCenter(input: { name: "同名服务中心", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
        ),
      );
    }
    const center = await env.server.firstId('serviceCenters', { name: { eq: '东湖区江北党群服务中心' } });
    const upload = async (csv: string) => {
      await page.getByRole('button', { name: '导入' }).click();
      await page.getByTestId('import-file').setInputFiles({ name: 'communities.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByTestId('import-preview').waitFor();
    };
    await upload(
      `code,name,serviceCenterId\nCSV-N1,按名称导入,东湖区江北党群服务中心\nCSV-N2,未知中心,没有这个中心\nCSV-N3,同名中心,同名服务中心\n`,
    );
    await page.getByTestId('import-bad').waitFor();
    const bad = page.locator('[data-row-error="true"]');
    expect(await bad.count()).toBe(2);
    expect(await bad.nth(0).innerText()).toContain('找不到这个名称或编码的记录');
    expect(await bad.nth(1).innerText()).toContain('有多条记录叫这个名称');
    // The row written by name shows the centre it was matched to.
    await page.getByTestId('import-preview').getByText('东湖区江北党群服务中心').first().waitFor();
    expect(await page.getByTestId('import-submit').isDisabled()).toBe(true);
    await screenshot(page, 'import-references-by-name');
    await page.getByRole('button', { name: '取消' }).click();
    expect(await community('CSV-N1')).toBeUndefined();

    await upload(`code,name,serviceCenterId\nCSV-N1,按名称导入,东湖区江北党群服务中心\nCSV-N4,按编号导入,${center}\n`);
    await page.getByTestId('import-submit').click();
    await waitForText(page, '已导入 2 行');
    const imported = ok(
      await env.server.t.gql('{ communities(filter: { code: { in: ["CSV-N1", "CSV-N4"] } }) { nodes { code serviceCenter { id } } } }'),
    ).communities.nodes;
    expect(imported.map((c: { serviceCenter: { id: string } }) => c.serviceCenter.id)).toEqual([center, center]);
    await context.close();
  });
});
