import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_USER,
  type BrowserWorld,
  CHROMIUM,
  hasChromium,
  screenshotDir,
  startBrowserWorld,
} from './support.js';

/**
 * The web shell in a real browser (Debian's Chromium): sign-in, the plans, plan 000 with its nine
 * T26 indicators and its tasks' deadlines, English, the unit tree, session expiry, sign-out.
 * The steps share one page and run in order.
 */
if (!hasChromium)
  console.warn(
    `Bỏ qua kiểm thử trình duyệt: không có ${CHROMIUM} / skipping the browser suite: ${CHROMIUM} is missing (apt-get install chromium).`,
  );

describe.skipIf(!hasChromium)('web shell in Chromium', () => {
  let world: BrowserWorld;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const shot = (name: string, fullPage = true) =>
    page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });

  beforeAll(async () => {
    world = await startBrowserWorld();
    context = await world.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // A CSP violation, a React error or a failed script shows up here.
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      // the browser's own log line for an expected 401 (wrong password, expired session)
      if (/status of 40[13]|status of 423/.test(text)) return;
      problems.push(`console: ${text}`);
    });
  });

  afterAll(async () => {
    await context?.close();
    await world?.close();
  });

  it('sends a visitor without a session to the sign-in page, in Vietnamese', async () => {
    await page.goto(`${world.baseUrl}/plans`);
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(
      await page.getByText('Hệ thống thông tin báo cáo tiến độ thực hiện chỉ tiêu, nhiệm vụ').count(),
    ).toBe(1);
    await shot('01-login');
  });

  it('says why a sign-in failed, in the API’s Vietnamese', async () => {
    await page.getByLabel('Tên đăng nhập').fill(BROWSER_USER.username);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(await error.innerText()).toContain('Đăng nhập không thành công');
    await shot('02-login-error');
  });

  it('says when an account is locked after repeated failures', async () => {
    await page.getByLabel('Tên đăng nhập').fill('khoa.thu');
    const error = page.getByTestId('login-error');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await page.getByLabel('Mật khẩu').fill(`sai-${attempt}`);
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
        page.getByRole('button', { name: 'Đăng nhập' }).click(),
      ]);
    }
    await page.getByText('Tài khoản tạm bị khóa', { exact: true }).waitFor();
    expect(await error.innerText()).toContain(
      'Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.',
    );
    await shot('03-login-locked');
  });

  it('signs in and lists the plans with their numbers, types, issuers and counts', async () => {
    await page.getByLabel('Tên đăng nhập').fill(BROWSER_USER.username);
    await page.getByLabel('Mật khẩu').fill(BROWSER_USER.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/plans');
    const table = page.getByTestId('plans-table');
    await table.getByText('/QĐ-UBND').first().waitFor();

    const user = await page.getByTestId('current-user').innerText();
    expect(user).toContain(BROWSER_USER.displayName);
    expect(user).toContain('Sở Khoa học và Công nghệ');
    expect(user).toContain('Cơ quan theo dõi, tổng hợp');

    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual([
      'Số/ký hiệu',
      'Loại văn bản',
      'Trích yếu',
      'Cơ quan ban hành',
      'Ngày ban hành',
      'Số chỉ tiêu',
      'Số nhiệm vụ',
    ]);
    const plan000 = table
      .locator('tbody tr')
      .filter({ hasText: 'Kế hoạch thực hiện các chỉ tiêu cụ thể' })
      .first();
    const cells = (await plan000.locator('td').allInnerTexts()).map((c) => c.trim());
    expect(cells[0]).toBe('/QĐ-UBND');
    expect(cells[1]).toBe('QUYẾT ĐỊNH');
    expect(cells[3]).toBe('UBND tỉnh Sơn La');
    expect(cells[4]).toBe('Sơn La, ngày tháng năm');
    expect(cells[5]).toBe('10');
    expect(Number(cells[6])).toBeGreaterThan(30);
    await shot('04-plans');
  });

  it('opens plan 000 with its nine T26 indicators as printed', async () => {
    await page.getByTestId('plans-table').getByRole('link', { name: '/QĐ-UBND' }).first().click();
    await page.waitForURL('**/plans/KH000');
    await page.getByTestId('plan-title').waitFor();
    expect(await page.getByTestId('plan-title').innerText()).toContain(
      'Về việc ban hành Kế hoạch thực hiện các chỉ tiêu cụ thể',
    );
    expect(await page.getByText('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;').count()).toBe(
      1,
    );

    const table = page.getByTestId('indicators-table');
    const codes = await table.locator('tbody .ant-tag').allInnerTexts();
    expect(codes.filter((c) => /^T26-\d\d$/.test(c))).toEqual([
      'T26-01',
      'T26-02',
      'T26-03',
      'T26-04',
      'T26-05',
      'T26-06',
      'T26-07',
      'T26-08',
      'T26-09',
    ]);

    const t2602 = table.locator('tr.row-indicator').filter({ hasText: 'T26-02' });
    const cells = (await t2602.locator('td').allInnerTexts()).map((c) => c.trim());
    // expand icon, STT, name, formula, unit, baseline, targets, sources, tracking, frequency
    expect(cells[1]).toBe('2');
    expect(cells[2]).toContain('Rủi ro cao');
    expect(cells[4]).toBe('%');
    expect(cells[5]).toBe('90,46%');
    expect(cells[6]).toBe('2026: ≥ 80%');
    expect(cells[7]).toContain('tthc-tinh');
    expect(cells[8]).toBe('Văn phòng UBND tỉnh');
    expect(cells[9]).toBe('Hằng tháng');
    expect(await table.locator('thead th').allInnerTexts()).toContain('Kết quả 2025');
    await shot('05-plan-indicators');

    await table
      .locator('tr.row-indicator')
      .filter({ hasText: 'T26-01' })
      .locator('.ant-table-row-expand-icon')
      .click();
    const detail = table.locator('tr.ant-table-expanded-row').first();
    await detail.waitFor();
    const text = await detail.innerText();
    expect(text).toContain('Cách tính theo kế hoạch');
    expect(text).toContain('Tỷ lệ= a/b');
    expect(text).toContain('Các sở, ban, ngành, UBND các xã, phường');
    await shot('06-plan-indicator-expanded');
  });

  it('shows the tasks with lead units by name and deadlines as written and as read', async () => {
    await page.getByRole('tab', { name: /Nhiệm vụ/ }).click();
    const table = page.getByTestId('tasks-table');
    await table.waitFor();
    const quarter = table.locator('tr').filter({ hasText: 'Quý II/2026 → 30/06/2026' }).first();
    await quarter.waitFor();
    expect(await table.getByText('Quý II/2026 → 30/06/2026').count()).toBeGreaterThan(0);
    expect(await table.getByText('Đợt 1: Tháng 3/2026 → 31/03/2026').count()).toBeGreaterThan(0);
    const first = table
      .locator('tr')
      .filter({ hasText: 'Hoàn thiện hạ tầng công nghệ thông tin phục vụ xử lý công việc' })
      .first();
    const firstText = await first.innerText();
    expect(firstText).toContain('Các sở, ban, ngành');
    expect(firstText).toContain('UBND các xã, phường');
    expect(firstText).toContain('Tháng 6/2026 → 30/06/2026');
    expect(await table.getByText('Phụ lục II — T26-01: Tỷ lệ văn bản').count()).toBe(1);
    await table.scrollIntoViewIfNeeded();
    await shot('07-plan-tasks', false);

    await page.getByTestId('task-indicator-filter').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'T26-04 —' }).click();
    await page.waitForURL(/indicator=T26-04/);
    const headings = async () =>
      (await table.locator('tbody tr').filter({ hasText: 'Phụ lục' }).allInnerTexts()).map((h) =>
        h.trim().slice(0, 22),
      );
    await expect.poll(headings).toEqual(['Phụ lục V — T26-04: Tỷ']);
    await shot('08-plan-tasks-filtered');
  });

  it('switches to English and keeps the choice after a reload', async () => {
    await page.getByTestId('lang-en').click();
    await page.getByRole('tab', { name: /^Tasks/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
    await page.reload();
    await page.getByTestId('tasks-table').locator('thead th').first().waitFor();
    const headers = (await page.getByTestId('tasks-table').locator('thead th').allInnerTexts()).map((h) =>
      h.trim(),
    );
    expect(headers).toEqual(['No.', 'Task', 'Lead', 'Coordinating', 'Deadline', 'Product']);
    await page.getByTestId('task-indicator-filter').locator('.ant-select-clear').click();
    await page.getByText('Thường xuyên → Ongoing').first().waitFor();
    await page.getByTestId('tasks-table').scrollIntoViewIfNeeded();
    await shot('09-plan-tasks-english', false);
  });

  it('finds a commune in the unit tree, typed without diacritics', async () => {
    await page.getByRole('menuitem', { name: 'Units' }).click();
    await page.waitForURL('**/units');
    const tree = page.getByTestId('units-tree');
    await tree.waitFor();
    expect(await tree.getByText('UBND tỉnh Sơn La').count()).toBe(1);
    await page.getByTestId('units-search').fill('muong bu');
    const commune = tree.locator('[data-unit="XA-MUONG-BU"]');
    await commune.waitFor();
    expect((await commune.innerText()).replace(/\s+/g, ' ')).toBe('Xã Mường Bú Commune XA-MUONG-BU');
    expect(await tree.locator('[data-unit]').count()).toBe(2); // the province and the commune
    await shot('10-units-search');
    await page.getByTestId('lang-vi').click();
    await page.getByText('Xã', { exact: true }).first().waitFor();
    await page.getByTestId('units-search').fill('');
    await shot('11-units-tree');
  });

  it('lays out on a phone', async () => {
    const phone = await world.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    await phone.addCookies(await context.cookies());
    const small = await phone.newPage();
    await small.goto(`${world.baseUrl}/plans/KH000`);
    await small.getByTestId('plan-title').waitFor();
    const width = await small.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390); // wide tables scroll inside themselves, not the page
    await small.screenshot({ path: join(screenshotDir, '12-phone-plan.png'), fullPage: false });
    // the side menu lives behind the header's button on a phone
    await small.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
    await small.getByRole('menuitem', { name: 'Đơn vị' }).waitFor();
    const settled = () => small.waitForFunction(() => document.querySelector('[class*="-motion-"]') === null);
    await settled();
    await small.screenshot({ path: join(screenshotDir, '13-phone-menu.png'), fullPage: false });
    await small.getByRole('menuitem', { name: 'Đơn vị' }).click();
    await small.waitForURL('**/units');
    await small.getByTestId('units-search').fill('Chiềng Sơn');
    await small.locator('[data-unit="XA-CHIENG-SON"]').waitFor();
    await settled();
    await small.screenshot({ path: join(screenshotDir, '14-phone-units.png'), fullPage: false });
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
  });

  it('sends the user back to sign in when the session has expired', async () => {
    world.advanceClock(31 * 60_000); // past the 30-minute idle timeout (level 3)
    await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
    await page.waitForURL('**/login');
    const notice = page.getByTestId('login-expired');
    await notice.waitFor();
    expect(await notice.innerText()).toBe('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
    await shot('15-session-expired');
    // and back to where the user was, after signing in again
    await page.getByLabel('Tên đăng nhập').fill(BROWSER_USER.username);
    await page.getByLabel('Mật khẩu').fill(BROWSER_USER.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/plans');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/login');
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
    expect(me).toBe(401);
    expect(problems).toEqual([]);
  });
});
