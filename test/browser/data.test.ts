import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.js';
import { importExtract } from '../../src/extracts/import.js';
import { DOCUMENT_HEADER, documentsCsv } from '../support/extracts.js';
import {
  BROWSER_USER,
  type BrowserWorld,
  CHROMIUM,
  hasChromium,
  screenshotDir,
  startBrowserWorld,
} from './support.js';

/**
 * The data pages in a real browser: an aggregator uploads an extract with a bad line (the error
 * table names it), then a good one (the summary), finds it in the history, opens the results of the
 * period and the records behind a number; an inspector opens a spot check and records a finding.
 */
if (!hasChromium)
  console.warn(`Bỏ qua kiểm thử trình duyệt: không có ${CHROMIUM} / skipping: ${CHROMIUM} is missing.`);

const INSPECTOR = {
  username: 'thanhtra',
  password: 'MatKhau2026',
  displayName: 'Lò Văn Kiểm',
  unitCode: 'SKHCN',
  roles: ['inspector' as const],
};
const BAD = [
  DOCUMENT_HEADER,
  ...documentsCsv('X', 'SKHCN', 2, 2),
  'X9,SKHCN,31/02/2026 09:00,,outgoing,1,1,0,0',
].join('\n');
const GOOD = [DOCUMENT_HEADER, ...documentsCsv('VB', 'SKHCN', 20, 16, { reentered: 2, paper: 1 })].join('\n');

describe.skipIf(!hasChromium)('data pages in Chromium', () => {
  let world: BrowserWorld;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const shot = async (name: string) => {
    // from the top: a full-page picture taken scrolled down shows the sticky header mid-page
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    world = await startBrowserWorld();
    await createUser(
      world.test.app.database.db,
      { kind: 'cli' },
      { ...INSPECTOR, roles: [...INSPECTOR.roles] },
    );
    // a second source for T26-01, so that the results show a reconciliation flag
    await importExtract(
      {
        database: world.test.app.database,
        filesDir: world.test.app.config.filesDir,
        actor: { kind: 'cli' },
        now: () => new Date(),
      },
      {
        recordSet: 'documents',
        source: 'lienthong',
        fileName: 'lienthong.csv',
        body: (async function* () {
          yield Buffer.from([DOCUMENT_HEADER, ...documentsCsv('LT', 'SKHCN', 20, 19)].join('\n'));
        })(),
        via: 'cli',
      },
    );
    context = await world.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text()))
        problems.push(`console: ${message.text()}`);
    });
  });

  afterAll(async () => {
    await context?.close();
    await world?.close();
  });

  const signIn = async (username: string, password: string) => {
    await page.goto(`${world.baseUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('current-user').waitFor();
  };

  const chooseDocuments = async () => {
    await page.getByTestId('upload-recordset').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Văn bản, hồ sơ công việc' }).click();
    expect(await page.getByTestId('upload-source').innerText()).toContain('Hệ thống quản lý văn bản');
  };

  const send = async (name: string, content: string) => {
    await page
      .locator('input[type=file]')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/imports') && r.request().method() === 'POST'),
      page.getByTestId('upload-submit').click(),
    ]);
  };

  it('shows every bad line of a rejected file in a table (Dòng, Lý do)', async () => {
    await signIn(BROWSER_USER.username, BROWSER_USER.password);
    await page.getByRole('menuitem', { name: 'Nhập số liệu' }).click();
    await page.waitForURL('**/data/upload');
    await chooseDocuments();
    await send('van-ban-loi.csv', BAD);
    const rejected = page.getByTestId('upload-rejected');
    await rejected.waitFor();
    expect(await rejected.innerText()).toContain('Tệp bị từ chối, không có dữ liệu nào được nhập');
    const headers = (await rejected.locator('thead th').allInnerTexts()).map((h) => h.trim());
    expect(headers).toEqual(['Dòng', 'Lý do']);
    const cells = (await rejected.locator('tbody tr').first().locator('td').allInnerTexts()).map((c) =>
      c.trim(),
    );
    expect(cells[0]).toBe('4');
    expect(cells[1]).toMatch(/31\/02\/2026/);
    await shot('data-01-upload-rejected');
    // the upload's own progress events drove the bar to its end
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  });

  it('imports a good file and shows the summary', async () => {
    await send('van-ban-thang-3.csv', GOOD);
    const summary = page.getByTestId('upload-summary');
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toContain('Đã nhập tệp');
    expect(text).toMatch(/Số dòng đọc\s+20/);
    expect(text).toMatch(/Thêm mới\s+20/);
    await shot('data-02-upload-accepted');
  });

  it('lists the import in the history with its fingerprint', async () => {
    await page.getByRole('menuitem', { name: 'Lịch sử nhập' }).click();
    const table = page.getByTestId('imports-table');
    await table.getByText('van-ban-thang-3.csv').waitFor();
    const row = table.locator('tbody tr').filter({ hasText: 'van-ban-thang-3.csv' });
    const rowText = await row.innerText();
    expect(rowText).toContain('Đã nhập');
    expect(rowText).toContain('20 / 20 / 0 / 0');
    expect(rowText).toContain(BROWSER_USER.username);
    expect((await row.getByTestId('import-sha').innerText()).trim()).toMatch(/^[0-9a-f]{12}$/);
    await shot('data-03-history');
  });

  it('shows the results of the period and, on a click, the records behind a number', async () => {
    await page.goto(`${world.baseUrl}/data/results?period=2026-03&scope=month`);
    const table = page.getByTestId('results-table');
    const row = table
      .locator('tbody tr')
      .filter({ hasText: 'T26-01' })
      .filter({ hasText: 'Sở Khoa học và Công nghệ' })
      .first();
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('65,00%'); // 13 of 20: 16 electronic, 2 re-entered, 1 on paper
    expect(text).toContain('Chưa đánh giá');
    expect(text).toContain('Các nguồn lệch nhau');
    expect(text).toContain('nhập lại muộn: 2');
    await shot('data-04-results');
    await row.getByTestId('num-T26-01-SKHCN-month-in_a').click();
    await page.waitForURL('**/data/records?**');
    const sum = page.getByTestId('records-sum');
    await sum.waitFor();
    expect(await sum.innerText()).toBe('Tổng các bản ghi: a = 13, b = 20');
    const records = page.getByTestId('records-table');
    await records.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await records.locator('tbody tr.ant-table-row').count()).toBe(13);
    expect(await records.innerText()).toContain(
      'Tính vào tử số (a) và mẫu số (b): xử lý toàn trình trên môi trường điện tử.',
    );
    await page.getByTestId('records-filter').getByText('Bị loại theo quy tắc').click();
    await records.getByText('nhập vào hệ thống muộn hơn 24 giờ').first().waitFor();
    expect(await records.locator('tbody tr.ant-table-row').count()).toBe(3);
    await shot('data-05-records');
  });

  it('lets an inspector open a spot check and record a finding', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/login');
    await signIn(INSPECTOR.username, INSPECTOR.password);
    await page.getByRole('menuitem', { name: 'Kiểm tra đột xuất' }).click();
    await page.waitForURL('**/data/spotchecks');
    await page.getByTestId('unit-picker').click();
    await page.keyboard.type('Khoa học và Công nghệ');
    await page
      .locator('.ant-select-tree-node-content-wrapper')
      .filter({ hasText: 'Sở Khoa học và Công nghệ' })
      .first()
      .click();
    await page.getByTestId('spot-period').click();
    await page.keyboard.type('03/2026');
    await page.keyboard.press('Enter');
    await page.getByTestId('spot-note').fill('Kiểm tra văn bản điện tử tháng 3');
    await page.getByTestId('spot-open').click();
    await page.waitForURL(/\/data\/spotchecks\/\d+$/);
    const numbers = page.getByTestId('spot-numbers');
    await numbers.getByText('T26-01').first().waitFor();
    expect(await numbers.innerText()).toContain('13 / 20');
    await page
      .getByTestId('finding-text')
      .fill('Hai văn bản nhập muộn hơn 24 giờ, một văn bản lưu hành bản giấy.');
    await page.getByTestId('finding-add').click();
    await page.getByTestId('spot-findings').getByText('Hai văn bản nhập muộn').waitFor();
    expect(await page.getByTestId('spot-findings').innerText()).toContain('Trung bình');
    await shot('data-06-spotcheck');
    await page.getByRole('menuitem', { name: 'Cảnh báo' }).click();
    await page.getByTestId('flags-table').getByText('Các nguồn lệch nhau').first().waitFor();
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await shot('data-07-flags');
    expect(problems).toEqual([]);
  });
});
