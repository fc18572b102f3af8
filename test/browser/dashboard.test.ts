import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.js';
import { DOCUMENT_HEADER, documents, importCsv } from '../support/dashboard.js';
import {
  BROWSER_USER,
  type BrowserWorld,
  CHROMIUM,
  hasChromium,
  screenshotDir,
  startBrowserWorld,
} from './support.js';

/**
 * Issue 5's pages in a real browser over a small year of extracts (documents of three units from
 * two sources for three months; a procedures catalogue of seed 004's counts): a leader reads the
 * dashboard, sorts a breakdown, opens the ranking and service quality; an aggregator follows a
 * number to its records and exports the official report with an edited paragraph.
 */
if (!hasChromium)
  console.warn(`Bỏ qua kiểm thử trình duyệt: không có ${CHROMIUM} / skipping: ${CHROMIUM} is missing.`);

const LEADER = {
  username: 'lanhdao',
  password: 'MatKhau2026',
  displayName: 'Lãnh đạo tỉnh',
  unitCode: 'SONLA',
  roles: ['leader' as const],
};
const PROCEDURES_HEADER =
  'procedure_code,name,level,managing_unit_code,online_level,eligible_full_online,business_related,production_business_related,local_legal_basis,eform_autofill';
const EDITED = 'Văn phòng đã ban hành Kế hoạch số 99/KH-VPUB về chuyển đổi số ngày 20/01/2026.';

/** The three months before the current one (Việt Nam time), oldest first: the "small year". */
function recentMonths(): string[] {
  const d = new Date(Date.now() + 7 * 3600 * 1000);
  const out: string[] = [];
  for (let back = 3; back >= 1; back--) {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1));
    out.push(`${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

function procedures(): string {
  const rows = Array.from({ length: 2066 }, (_, i) => {
    const level = i < 358 ? 'full' : i < 358 + 1524 ? 'partial' : 'none';
    const code = `P${String(i).padStart(4, '0')}`;
    return `${code},Thủ tục ${code},province,${i % 2 === 0 ? 'SKHCN' : 'VPUBND'},${level},${level === 'none' ? 0 : 1},0,0,0,${i % 5 === 0 ? 1 : 0}`;
  });
  return [PROCEDURES_HEADER, ...rows].join('\n');
}

describe.skipIf(!hasChromium)('dashboard pages in Chromium', () => {
  let world: BrowserWorld;
  let context: BrowserContext;
  let page: Page;
  const months = recentMonths();
  const latest = months.at(-1) ?? '';
  const problems: string[] = [];
  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotDir, `dash-${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    world = await startBrowserWorld();
    const app = world.test.app;
    await createUser(app.database.db, { kind: 'cli' }, { ...LEADER, roles: [...LEADER.roles] });
    // VPUBND improving month by month, SKHCN steady and high, Chiềng Sơn low: a worst-first breakdown
    const share: Record<string, number[]> = {
      VPUBND: [6, 8, 9],
      SKHCN: [9, 9, 10],
      'XA-CHIENG-SON': [4, 5, 5],
    };
    for (const source of ['qlvb', 'lienthong']) {
      const rows = [DOCUMENT_HEADER];
      for (const [unit, electronic] of Object.entries(share))
        for (const [i, month] of months.entries())
          rows.push(...documents(`${source}-${unit}-${month}-`, unit, month, 10, electronic[i] ?? 0));
      await importCsv(app, 'documents', source, rows.join('\n'));
    }
    await importCsv(app, 'procedures', 'tthc-tinh', procedures(), latest);

    context = await world.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text()))
        problems.push(`console: ${message.text()}`);
    });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await world?.close();
  });

  const signIn = async (username: string, password: string) => {
    await context.clearCookies();
    await page.goto(`${world.baseUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('current-user').waitFor();
  };

  const card = (indicator: string) =>
    page.locator(`[data-testid=indicator-card][data-indicator="${indicator}"]`);

  it('opens the dashboard for a leader: statuses, values vi-VN, a chart, the trajectory', async () => {
    await signIn(LEADER.username, LEADER.password);
    await page.waitForURL('**/dashboard');
    const t2601 = card('T26-01');
    await t2601.waitFor();
    // 2 sources × (VPUBND 23/30, SKHCN 28/30, Chiềng Sơn 14/30): ytd 65/90 per source = 72,22%
    expect(await t2601.getByTestId('indicator-value').innerText()).toBe('72,22%');
    expect(await t2601.locator('[data-status]').first().getAttribute('data-status')).toBe('dat');
    expect(await t2601.locator('[data-status]').first().innerText()).toBe('Đạt');
    expect(await t2601.getByTestId('trajectory').innerText()).toMatch(
      /^Theo tiến độ hiện nay: dự kiến đạt \d+,\d% — (đạt mục tiêu|không đạt)$/,
    );
    await t2601.locator('[data-testid=sparkline] canvas').waitFor();
    expect(await page.getByTestId('summary-dat').innerText()).toContain('Chỉ tiêu Đạt');
    expect(await page.getByTestId('period-picker').innerText()).toContain(
      `Tháng ${Number(latest.slice(5))}/${latest.slice(0, 4)}`,
    );
    await shot('dashboard');
  });

  it('sorts the unit breakdown, worst first by default', async () => {
    const t2601 = card('T26-01');
    await t2601.getByTestId('toggle-breakdown').click();
    const table = t2601.getByTestId('breakdown');
    await table.waitFor();
    const units = async () =>
      (await table.locator('tbody tr td:first-child').allInnerTexts()).map((s) => s.trim());
    const first = await units();
    expect(first[0]).toBe('Xã Chiềng Sơn');
    // Kết quả ascending, then descending: the best unit comes first
    await table.locator('thead th', { hasText: 'Kết quả' }).click();
    await table.locator('thead th', { hasText: 'Kết quả' }).click();
    const sorted = await units();
    expect(sorted[0]).toBe('Sở Khoa học và Công nghệ');
    expect(sorted.at(-1)).toBe('Xã Chiềng Sơn');
    await shot('dashboard-breakdown');
  });

  it('shows the ranking with its published formula, a unit expandable into its parts', async () => {
    await page.getByRole('menuitem', { name: 'Xếp hạng' }).click();
    await page.getByTestId('ranking-formula').waitFor();
    expect(await page.getByTestId('ranking-formula').innerText()).toContain('Điểm = 100 ×');
    expect(await page.getByRole('tab').first().innerText()).toContain('Sở, ban, ngành');
    const table = page.getByTestId('ranking-so_ban_nganh');
    await table.locator('.ant-table-row-expand-icon').first().click();
    const parts = page.getByTestId('score-parts').first();
    await parts.waitFor();
    expect(await parts.innerText()).toContain('Chỉ tiêu đạt');
    await shot('ranking');
    await page.getByRole('tab', { name: /xã, phường/i }).click();
    await page.getByTestId('ranking-xa_phuong').waitFor();
    await shot('ranking-communes');
  });

  it('shows the service quality with the catalogue by online level (seed 004)', async () => {
    await page.getByRole('menuitem', { name: 'Chất lượng DVC trực tuyến' }).click();
    await page.getByTestId('catalogue-text').waitFor();
    expect(await page.getByTestId('catalogue-text').innerText()).toBe(
      '2.066 TTHC: 358 toàn trình, 1.524 một phần, 184 chưa cung cấp',
    );
    await page.locator('[data-testid=online-level-chart] canvas').waitFor();
    await shot('service-quality');
  });

  it('shows the task board, an indicator page and a unit scorecard', async () => {
    await page.getByRole('menuitem', { name: 'Nhiệm vụ' }).click();
    await page.getByTestId('column-overdue').waitFor();
    expect(
      Number(
        await page
          .getByTestId('count-not_reported')
          .locator('.ant-statistic-content-value')
          .innerText()
          .then((s) => s.replace(/\./g, '')),
      ),
    ).toBeGreaterThan(0);
    await shot('tasks');
    await page.goto(`${world.baseUrl}/dashboard/indicators/T26-01`);
    await page.getByTestId('formula').waitFor();
    await page.locator('[data-testid=history-chart] canvas').waitFor();
    expect(await page.getByTestId('indicator-page').innerText()).toContain('Sở Khoa học và Công nghệ');
    await shot('indicator');
    await page.goto(`${world.baseUrl}/dashboard/units/VPUBND`);
    await page.getByTestId('scorecard-indicators').waitFor();
    await shot('scorecard');
  });

  it('takes an aggregator from a value to the records behind it', async () => {
    await signIn(BROWSER_USER.username, BROWSER_USER.password);
    await page.goto(`${world.baseUrl}/dashboard`);
    const link = card('T26-01').getByTestId('indicator-value').getByTestId('value-link');
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/data\/records\?period=.*&unit=SONLA&indicator=T26-01&scope=ytd/);
    await page.getByTestId('records-summary').waitFor();
    await shot('records');
  });

  it('exports the official report with an edited paragraph, as DOCX and XLSX', async () => {
    await page.goto(`${world.baseUrl}/dashboard/official-report?unit=VPUBND&period=${latest}`);
    const direction = page.getByTestId('section-direction');
    await direction.waitFor();
    await direction.fill(EDITED);
    await page.getByTestId('appendix-indicators').waitFor();
    await shot('official-report');

    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-docx').click(),
    ]);
    expect(docx.suggestedFilename()).toBe(`Báo cáo VPUBND ${latest}.docx`);
    const docxPath = join(screenshotDir, '..', `dash-report-${latest}.docx`);
    await docx.saveAs(docxPath);
    const docxBytes = readFileSync(docxPath);
    expect(docxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = spawnSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8' }).stdout;
    expect(xml).toContain('Kế hoạch số 99/KH-VPUB về chuyển đổi số');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^Báo cáo.*VPUBND.*\.xlsx$/);
    const xlsxPath = join(screenshotDir, '..', `dash-report-${latest}.xlsx`);
    await xlsx.saveAs(xlsxPath);
    const xlsxBytes = readFileSync(xlsxPath);
    expect(xlsxBytes.length).toBeGreaterThan(1000);
    expect(xlsxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('reads on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${world.baseUrl}/dashboard`);
    await card('T26-01').waitFor();
    await shot('dashboard-phone');
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(problems).toEqual([]);
  });
});
