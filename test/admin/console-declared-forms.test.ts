import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordOf } from '../../server/src/core/declare';
import { declaredFields } from '../../server/src/core/declare/field-order';
import '../../server/src/modules';
import { sql } from '../support/sql';
import { ok } from '../support/test-app';
import { ACCOUNTS } from './support/accounts';
import { login, newPage, screenshot } from './support/browser';
import { chooseAutocomplete, save, waitForColumn, waitForText } from './support/console-page';
import { useConsole } from './support/console-server';

const env = useConsole();

/** GraphQL requests the page sends that run this mutation. */
function countMutations(page: Page, name: string): () => number {
  let sent = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.postData()?.includes(name)) sent++;
  });
  return () => sent;
}

/** The names of the form's inputs, top to bottom, each once. */
const inputNames = (page: Page) =>
  page
    .locator('form')
    .evaluate((form) => [...new Set(Array.from(form.querySelectorAll('input[name], textarea[name]')).map((i) => i.getAttribute('name')!))]);

describe('forms follow the declarations (as an administrator, in Chinese)', () => {
  it('lays out the create form in the order the entity declares its fields', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.goto(`${env.server.base}/admin/#/communities/create`);
    await page.locator('input[name="code"]').waitFor();
    const declared = declaredFields(recordOf('Community')).map((f) => (f.kind === 'ref' ? `${f.name}Id` : f.name));
    expect(await inputNames(page)).toEqual(declared);
    await context.close();
  });

  it('checks min, max, length and pattern in the browser, with the declared messages, before sending', async () => {
    const { context, page } = await newPage(env.browser);
    const creates = countMutations(page, 'createCommunity');
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.goto(`${env.server.base}/admin/#/communities/create`);
    const community = recordOf('Community');
    const pattern = community.attrs.find((a) => a.name === 'code')!.pattern!;
    const nameMax = community.attrs.find((a) => a.name === 'name')!.maxLength!;
    await page.locator('input[name="code"]').fill('含空格 的编码');
    await page.locator('input[name="name"]').fill('社'.repeat(nameMax + 1));
    await chooseAutocomplete(page, 'serviceCenterId', '江北', '东湖区江北党群服务中心');
    await page.locator('input[name="population"]').fill('-5');
    await page.locator('input[name="officeBuiltYear"]').fill('2200');
    await save(page);
    await waitForText(page, pattern.message);
    await waitForText(page, `最多 ${nameMax} 个字符`);
    await waitForText(page, '不能小于 0');
    await waitForText(page, '不能大于 2100');
    await screenshot(page, 'community-create-declared-validation');
    expect(creates()).toBe(0);

    // Fixed by hand: the same form saves, once.
    await page.locator('input[name="code"]').fill('FORM-001');
    await page.locator('input[name="name"]').fill('按声明校验的社区');
    await page.locator('input[name="population"]').fill('5');
    await page.locator('input[name="officeBuiltYear"]').fill('2000');
    await save(page);
    await page.waitForFunction(() => /\/communities\/[0-9a-f-]+\/show/.test(location.hash));
    expect(creates()).toBe(1);
    const saved = ok(await env.server.t.gql('{ communities(filter: { code: { eq: "FORM-001" } }) { nodes { name population } } }'))
      .communities.nodes;
    expect(saved).toEqual([{ name: '按声明校验的社区', population: 5 }]);
    await context.close();
  });

  it('shows the server’s format checks (GB 11643, phones) at the field, writes nothing, and saves once fixed', async () => {
    const { context, page } = await newPage(env.browser);
    const creates = countMutations(page, 'createCommunityWorker');
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.goto(`${env.server.base}/admin/#/communityWorkers/create`);
    await chooseAutocomplete(page, 'communityId', '书院', '书院社区');
    await page.locator('input[name="name"]').fill('格式校验员');
    await page.getByRole('combobox', { name: '用工类型' }).click();
    await page.getByRole('option', { name: '网格员' }).click();
    await page.locator('input[name="idNumber"]').fill('110105194912310021');
    await page.locator('input[name="phone"]').fill('12012345678');
    await save(page);
    // The check digit the standard wants, and why the phone is no mainland number, each under its field.
    await waitForText(page, 'check digit should be X');
    await waitForText(page, 'starts 13 to 19');
    const errors = await page.locator('.Mui-error').allInnerTexts();
    expect(errors.join('\n')).toContain('身份证号');
    await screenshot(page, 'worker-create-format-errors');
    expect(creates()).toBe(1);
    const named = async () =>
      ok(
        await env.server.t.gql(
          '{ communityWorkers(filter: { name: { eq: "格式校验员" } }) { nodes { idNumber @reveal(purpose: CORRECT_RECORD) phone @reveal(purpose: CORRECT_RECORD) } } }',
        ),
      ).communityWorkers.nodes;
    expect(await named()).toEqual([]);

    await page.locator('input[name="idNumber"]').fill('11010519491231002x');
    await page.locator('input[name="phone"]').fill('138 1234 5678');
    await save(page);
    await page.waitForFunction(() => /\/communityWorkers\/[0-9a-f-]+\/show/.test(location.hash));
    // Stored in one form: the check letter in capitals, the mobile as eleven digits.
    expect(await named()).toEqual([{ idNumber: '11010519491231002X', phone: '13812345678' }]);
    await context.close();
  });

  it('saves a worker whose identity number another record holds, and shows the server’s warning in Chinese', async () => {
    const [other] = ok(
      await env.server.t.gql(
        '{ communityWorkers(first: 1, filter: { idNumber: { isNull: false } }) { nodes { idNumber @reveal(purpose: CORRECT_RECORD) name } } }',
      ),
    ).communityWorkers.nodes;
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.goto(`${env.server.base}/admin/#/communityWorkers/create`);
    await chooseAutocomplete(page, 'communityId', '书院', '书院社区');
    await page.locator('input[name="name"]').fill('重复录入员');
    await page.getByRole('combobox', { name: '用工类型' }).click();
    await page.getByRole('option', { name: '网格员' }).click();
    await page.locator('input[name="idNumber"]').fill(other.idNumber);
    await save(page);
    await page.waitForFunction(() => /\/communityWorkers\/[0-9a-f-]+\/show/.test(location.hash));
    // The administrator may see the other record, so the warning names it; the Chinese half only.
    const warning = page.locator('.MuiSnackbarContent-message', { hasText: '可能重复' });
    await warning.waitFor();
    expect(await warning.innerText()).toContain(other.name);
    expect(await warning.innerText()).not.toContain('possible duplicate');
    await screenshot(page, 'worker-create-duplicate-warning');
    expect(
      ok(await env.server.t.gql('{ communityWorkers(filter: { name: { eq: "重复录入员" } }) { totalCount } }')).communityWorkers.totalCount,
    ).toBe(1);
    await context.close();
  });

  it('lists a community’s stored values that fail the format checks on 数据质量, linked to their records', async () => {
    const community = await env.server.firstId('communities', { name: { eq: '书院社区' } });
    const worker = await env.server.firstId('communityWorkers', { communityId: { eq: community } });
    // A value written before the checks existed, as an old import left it.
    await sql(env.server.t.url, 'update community_worker set id_number = $2 where id = $1', [worker, '110105194912310021']);
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.goto(`${env.server.base}/admin/#/data-quality`);
    await chooseAutocomplete(page, 'communityId', '书院', '书院社区');
    await page.getByTestId('data-quality-table').waitFor();
    await waitForText(page, 'check digit should be X');
    await screenshot(page, 'data-quality');
    await page.getByTestId('data-quality-table').getByRole('link').first().click();
    await page.waitForFunction((id) => location.hash.includes(`/communityWorkers/${id}/show`), worker);
    await context.close();
  });

  it('finds records by pinyin and initials in a list’s search box and in a reference autocomplete', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    // 书院社区 by its full pinyin in the communities list, then by initials.
    await page.goto(`${env.server.base}/admin/#/communities`);
    const box = page.locator('input[name="q"]');
    await box.fill('shuyuan');
    await waitForColumn(page, 1, ['书院社区']);
    await box.fill('sysq');
    await waitForColumn(page, 1, ['书院社区']);
    await screenshot(page, 'communities-pinyin-search');
    // The same search behind an autocomplete: a worker's community typed as pinyin.
    await page.goto(`${env.server.base}/admin/#/communityWorkers/create`);
    await chooseAutocomplete(page, 'communityId', 'shuyuan', '书院社区');
    expect(await page.locator('input[name="communityId"]').inputValue()).toBe('书院社区');
    await context.close();
  });

  it('shows a record’s fields on its page in declared order', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    const worker = recordOf('CommunityWorker');
    await page.goto(`${env.server.base}/admin/#/communityWorkers/${await env.server.firstId('communityWorkers')}/show`);
    const tab = page.locator('.RaTabbedShowLayout-content');
    await tab.locator('.RaLabeled-label:visible').first().waitFor();
    const labels = await tab.locator('.RaLabeled-label:visible').allInnerTexts();
    expect(labels.map((l) => l.trim())).toEqual(declaredFields(worker).map((f) => f.label.zh));
    await context.close();
  });
});

describe('a resource swaps in its own page (admin/src/resources/pages.ts)', () => {
  it('shows a budget line’s approval beside the generic page', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    const line = ok(await env.server.t.gql('{ budgetLines(filter: { status: { eq: APPROVED } }, first: 1) { nodes { id approvedBy } } }'))
      .budgetLines.nodes[0];
    expect(line.approvedBy).toBeTruthy();
    await page.goto(`${env.server.base}/admin/#/budgetLines/${line.id}/show`);
    const aside = page.getByTestId('approval-aside');
    await aside.getByText(line.approvedBy as string).waitFor();
    expect(await aside.innerText()).toContain('已批准');
    // The generic page is still there beside it: its tabs and fields.
    await page.getByRole('tab', { name: '修改历史' }).waitFor();
    await screenshot(page, 'budget-line-show-approval');
    await context.close();
  });
});
