import type { Page } from 'playwright-core';

/** Small steps through react-admin's DOM that the browser tests share. */
export const rows = (page: Page) => page.locator('tbody tr.RaDatagrid-row');

export async function rowTexts(page: Page, column: number): Promise<string[]> {
  return rows(page)
    .locator(`td:nth-child(${column + 1})`)
    .allInnerTexts();
}

/** Waits until the list shows exactly these first-column values (filters and sorts are async). */
export async function waitForColumn(page: Page, column: number, expected: string[]): Promise<void> {
  await page.waitForFunction(
    ([col, want]) => {
      const cells = Array.from(document.querySelectorAll(`tbody tr.RaDatagrid-row td:nth-child(${(col as number) + 1})`)).map((c) =>
        (c as HTMLElement).innerText.trim(),
      );
      return JSON.stringify(cells) === JSON.stringify(want);
    },
    [column, expected] as const,
  );
}

export async function waitForText(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor();
}

/** Picks an option of a react-admin AutocompleteInput by typing part of its name. */
export async function chooseAutocomplete(page: Page, source: string, typed: string, option: string): Promise<void> {
  const input = page.locator(`input[name="${source}"]`);
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).click();
}

export async function save(page: Page): Promise<void> {
  await page.locator('button[type="submit"]').first().click();
}

/** Waits until the list's first row shows this value in the column. */
export async function waitForFirst(page: Page, column: number, expected: string): Promise<void> {
  await page.waitForFunction(
    ([col, want]) =>
      (document.querySelector(`tbody tr.RaDatagrid-row td:nth-child(${(col as number) + 1})`) as HTMLElement | null)?.innerText.trim() ===
      want,
    [column, expected] as const,
  );
}
