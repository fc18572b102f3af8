import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.js';
import { instantToVnParts, vnWallClockToInstant } from '../../src/core/time.js';
import { runReminders } from '../../src/notifications/reminders.js';
import type { ReportContent } from '../../src/reporting/content.js';
import type { ReportView } from '../../src/reporting/presenter.js';
import { entryKind, evaluateEntry, validateReport } from '../../src/reporting/validate.js';
import {
  BROWSER_USER,
  type BrowserWorld,
  CHROMIUM,
  hasChromium,
  screenshotDir,
  startBrowserWorld,
} from './support.js';

/**
 * A month's reporting cycle in a real browser, on the shipped catalogue: Văn phòng UBND tỉnh's
 * report for the month M−1 due 17:00 on the 12th of M, the world's clock at 09:50 on the 10th of M.
 * (M is next month: the clock only moves forward, or the browser would find its cookies expired.)
 * A reporter fills it (a ratio below target asks for its causes; a task done with evidence), the
 * unit head approves and submits on time, the aggregator (Sở KH&CN, tracking CCHC-I.3) returns it
 * with a comment, the reporter corrects it, the head resubmits, the aggregator accepts; an
 * amendment makes a second version, whose differences the history shows; the timeliness page
 * shows the unit on time. The steps share one page and run in order.
 */
if (!hasChromium)
  console.warn(`Bỏ qua kiểm thử trình duyệt: không có ${CHROMIUM} / skipping: ${CHROMIUM} is missing.`);

const PASSWORD = 'MatKhau2026';
const REPORTER = {
  username: 'mai.vp',
  password: PASSWORD,
  displayName: 'Lò Thị Mai',
  unitCode: 'VPUBND',
  roles: ['reporter' as const],
};
const HEAD = {
  username: 'hung.vp',
  password: PASSWORD,
  displayName: 'Cầm Văn Hùng',
  unitCode: 'VPUBND',
  roles: ['unit_head' as const],
};
/** 09:50 on the 10th of next month in Vietnam: 2 days 7 hours 10 minutes before the deadline. */
const today = instantToVnParts(Date.now());
const M =
  today.month === 12 ? { year: today.year + 1, month: 1 } : { year: today.year, month: today.month + 1 };
const WORLD_NOW = vnWallClockToInstant(M.year, M.month, 10, 9, 50);
const PERIOD = M.month === 1 ? { year: M.year - 1, month: 12 } : { year: M.year, month: M.month - 1 };
const PERIOD_CODE = `${PERIOD.year}-${String(PERIOD.month).padStart(2, '0')}`;
const PERIOD_LABEL = `Tháng ${PERIOD.month}/${PERIOD.year}`;
const DEADLINE = `12/${String(M.month).padStart(2, '0')}/${M.year} 17:00`;
const RATIO = 'CCHC-I.3'; // ≥ 95%, tracked by Sở Khoa học và Công nghệ
const MANUAL = { kind: 'manual' as const, reason: 'Số liệu tổng hợp từ báo cáo của các phòng.' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe.skipIf(!hasChromium)('reporting cycle in Chromium', () => {
  let world: BrowserWorld;
  let context: BrowserContext;
  let page: Page;
  let reportId = 0;
  let firstTask = '';
  const problems: string[] = [];
  const shot = async (name: string, fullPage = false) => {
    if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotDir, `reports-${name}.png`), fullPage });
  };

  /** The API as one of the users, for what the test prepares or checks behind the page. */
  const asUser = async (username: string) => {
    const { cookie, csrf } = await world.test.login(username, PASSWORD);
    return async <T>(method: 'GET' | 'PUT' | 'POST', url: string, payload?: object): Promise<T> => {
      const response = await world.test.server.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie, 'x-csrf-token': csrf },
        ...(payload ? { payload } : {}),
      });
      if (response.statusCode >= 300)
        throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
      return response.json() as T;
    };
  };

  beforeAll(async () => {
    world = await startBrowserWorld();
    world.advanceClock(WORLD_NOW - Date.now());
    for (const user of [REPORTER, HEAD])
      await createUser(world.test.app.database.db, { kind: 'cli' }, { ...user, roles: [...user.roles] });
    // the 3-day reminder of the period: the reporter finds it under the bell
    await runReminders(world.test.app, world.test.app.now());
    context = await world.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text()))
        problems.push(`console: ${message.text()}`);
    });
  });

  // what the page showed when a step failed, for whoever reads the failure
  afterEach(async (test) => {
    if (test.task.result?.state === 'fail' && page)
      await shot(`failed-${test.task.name.slice(0, 24).replace(/\W+/g, '-')}`).catch(() => undefined);
  });

  afterAll(async () => {
    await context?.close();
    await world?.close();
  });

  const signIn = async (username: string) => {
    await context.clearCookies();
    await page.goto(`${world.baseUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('current-user').waitFor();
  };
  const status = () => page.getByTestId('report-status').first().innerText();
  const openReport = async () => {
    await page.goto(`${world.baseUrl}/reports/${reportId}`);
    await page.getByTestId('report-page').waitFor();
  };

  it('opens the unit’s report of the month on the reporter’s home, with the time left by the server’s clock', async () => {
    await signIn(REPORTER.username);
    await page.waitForURL('**/reports/mine');
    const card = page.getByTestId('current-report');
    await card.waitFor();
    expect(await card.innerText()).toContain(`Báo cáo kỳ này: ${PERIOD_LABEL}`);
    expect(await card.innerText()).toContain(DEADLINE);
    expect(await page.getByTestId('time-left').innerText()).toBe('Còn 2 ngày 7 giờ');
    expect(await status()).toBe('Dự thảo');
    await shot('01-home');
    await page.getByTestId('bell').click();
    await page.getByTestId('notifications').waitFor();
    expect(await page.getByTestId('notifications').innerText()).toContain(PERIOD_LABEL);
    await page.waitForTimeout(400); // the popover's animation
    await shot('01b-notifications');
    await page.getByTestId('bell').click();
  });

  it('prepares everything but one indicator and one task through the API', async () => {
    const api = await asUser(REPORTER.username);
    const list = await api<{ items: { id: number; period: { code: string } | null }[] }>(
      'GET',
      `/reports?unit=VPUBND&period=${PERIOD_CODE}`,
    );
    expect(list.items.length).toBe(1);
    reportId = list.items[0]?.id ?? 0;
    const view = await api<ReportView>('GET', `/reports/${reportId}`);
    expect(view.form.indicators.some((i) => i.code === RATIO)).toBe(true);
    firstTask = view.form.leadTasks[0]?.code ?? '';
    const content: ReportContent = {
      ...view.content,
      indicators: view.form.indicators
        .filter((i) => i.code !== RATIO)
        .map((indicator) => {
          const kind = entryKind(indicator.kind);
          const entry = {
            ...view.content.indicators.find((e) => e.code === indicator.code),
            code: indicator.code,
            a: kind === 'pair' ? 100 : null,
            b: kind === 'pair' ? 100 : null,
            value: kind === 'value' ? Math.ceil(Number(indicator.target?.value ?? '1')) : null,
            text: kind === 'text' ? 'Đã triển khai thực hiện.' : null,
            provenance: MANUAL,
            notes: '',
            causes: { subjective: '', objective: '', remedies: '', nextSteps: '' },
          };
          const behind = evaluateEntry(indicator, entry).status === 'chua_dat';
          const why = 'Đang tiếp tục triển khai.';
          return behind
            ? { ...entry, causes: { subjective: why, objective: why, remedies: why, nextSteps: why } }
            : entry;
        }),
      tasks: view.form.leadTasks
        .filter((t) => t.code !== firstTask)
        .map((t) => ({
          code: t.code,
          status: 'not_started' as const,
          progress: '',
          evidence: [],
          attachments: [],
          completedOn: null,
        })),
    };
    // what remains is exactly what the browser fills in
    const left = validateReport(view.form, content, { forSubmit: true });
    expect([...new Set(left.map((i) => i.path.replace(/\.[^.]+$/, '')))]).toEqual([
      `indicators.${RATIO}`,
      `tasks.${firstTask}`,
    ]);
    await api('PUT', `/reports/${reportId}`, { revision: view.revision, content });
  });

  it('checks values as they are typed and asks for the causes of a value below target', async () => {
    await page.getByTestId('open-current').click();
    await page.getByTestId('report-page').waitFor();
    await page.getByTestId('only-open').click();
    const card = page.getByTestId(`indicator-${RATIO}`);
    await card.waitFor();
    await page.getByTestId(`${RATIO}-a`).fill('12000');
    await page.getByTestId(`${RATIO}-b`).press('Tab'); // the keyboard's way to the next field
    await page.getByTestId(`${RATIO}-b`).fill('10000');
    expect(await card.getByTestId('field-messages').innerText()).toBe(
      'tử số a (12000) không được lớn hơn mẫu số b (10000).',
    );
    await page.getByTestId(`${RATIO}-a`).fill('9046');
    expect(await card.getByTestId('field-messages').count()).toBe(0);
    expect(await page.getByTestId(`${RATIO}-result`).innerText()).toBe('= 90,46%');
    expect(await card.getByTestId('evaluation').innerText()).toBe('Chưa đạt');
    const causes = page.getByTestId(`${RATIO}-causes`);
    expect(await causes.innerText()).toContain('Chưa đạt — nêu nguyên nhân và giải pháp (bắt buộc)');
    for (const label of [
      'Nguyên nhân chủ quan',
      'Nguyên nhân khách quan',
      'Giải pháp khắc phục',
      'Nhiệm vụ tiếp theo',
    ])
      expect(await causes.innerText()).toContain(label);
    expect(await causes.innerText()).toContain('chưa đạt — cần nêu nguyên nhân chủ quan.');
    // Enter in a field submits nothing
    await page.getByTestId(`${RATIO}-a`).press('Enter');
    expect(await status()).toBe('Dự thảo');
    await card.scrollIntoViewIfNeeded();
    await shot('02-form-not-achieved');

    await card
      .getByLabel(`${RATIO} Lý do nhập tay (bắt buộc)`)
      .fill('Hệ thống nguồn chưa cung cấp số liệu tháng 10.');
    await page
      .getByTestId(`${RATIO}-subjective`)
      .fill('Một số cán bộ chưa hướng dẫn người dân đánh giá trực tuyến.');
    await page
      .getByTestId(`${RATIO}-objective`)
      .fill('Người dân vùng cao còn ít dùng dịch vụ công trực tuyến.');
    await page.getByTestId(`${RATIO}-remedies`).fill('Tăng cường hướng dẫn tại Bộ phận Một cửa.');
    await page.getByTestId(`${RATIO}-nextSteps`).fill('Theo dõi tỷ lệ hằng tuần.');
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').innerText()).toMatch(/^Đã lưu lúc \d\d:\d\d$/);
  });

  it('records a task done with its evidence, completion date and a file; refuses a file of the wrong type', async () => {
    await page.getByRole('tab', { name: /Nhiệm vụ chủ trì/ }).click();
    const task = page.getByTestId(`task-${firstTask}`);
    await task.waitFor();
    await page.getByTestId(`${firstTask}-status`).click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Đã hoàn thành' }).click();
    expect(await task.innerText()).toContain('Ngày hoàn thành');
    await page.getByTestId(`${firstTask}-progress`).fill('Đã ban hành kế hoạch và triển khai tới các phòng.');
    await page.getByTestId(`${firstTask}-add-evidence`).click();
    await task.getByLabel(`${firstTask} Số, ký hiệu văn bản 1`).fill('Kế hoạch số 03/KH-VPUB');
    await task.getByLabel(`${firstTask} Ngày 1`).click();
    await page.keyboard.type('07/01/2026');
    await page.keyboard.press('Enter');
    await task.getByLabel(`${firstTask} Ngày hoàn thành`).click();
    await page.keyboard.type('20/10/2026');
    await page.keyboard.press('Enter');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId(`${firstTask}-attach`).click();
    await (await chooser).setFiles({
      name: 'ghi-chu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('không phải PDF'),
    });
    await page.locator('.ant-message-error').waitFor();
    expect(await page.locator('.ant-message-error').innerText()).toMatch(/PDF/);
    const again = page.waitForEvent('filechooser');
    await page.getByTestId(`${firstTask}-attach`).click();
    await (await again).setFiles({ name: 'ke-hoach-03.pdf', mimeType: 'application/pdf', buffer: PDF });
    await task.getByText('ke-hoach-03.pdf').waitFor();
    await task.scrollIntoViewIfNeeded();
    await shot('03-task');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('save-state').innerText()).toMatch(/^Đã lưu lúc/);
    const api = await asUser(REPORTER.username);
    const saved = await api<ReportView>('GET', `/reports/${reportId}`);
    expect(saved.issues).toEqual([]);
    expect(saved.content.tasks.find((t) => t.code === firstTask)).toMatchObject({
      status: 'done',
      completedOn: '2026-10-20',
      evidence: [{ number: 'Kế hoạch số 03/KH-VPUB', date: '2026-01-07' }],
    });
    expect(saved.content.indicators.find((e) => e.code === RATIO)).toMatchObject({ a: 9046, b: 10000 });
    // a reporter has no approval button
    expect(await page.getByTestId('approve').count()).toBe(0);
  });

  it('the unit head approves and submits, on time by the world’s clock', async () => {
    await signIn(HEAD.username);
    await page.waitForURL('**/reports/mine');
    await page.getByTestId('open-current').click();
    await page.getByTestId('approve').click();
    await expect.poll(status).toBe('Đã phê duyệt');
    await page.getByTestId('submit').click();
    const confirm = page.getByTestId('submit-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(`đúng hạn (hạn ${DEADLINE})`);
    await page.waitForTimeout(400); // the dialog's animation
    await shot('04-submit-confirm');
    await page.getByRole('dialog').getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(status).toBe('Đã gửi — đúng hạn');
    expect(await page.getByText('Báo cáo ở trạng thái "Đã gửi": chỉ xem, không sửa được.').count()).toBe(1);
  });

  it('the aggregator finds it in the review queue and returns it with a comment', async () => {
    await signIn(BROWSER_USER.username);
    await page.goto(`${world.baseUrl}/reports/queue`);
    const row = page.getByTestId('queue-open-VPUBND');
    await row.waitFor();
    await shot('05-queue', true);
    await row.click();
    await page.getByTestId('return').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialog.getByText('Vui lòng nêu lý do trả lại.').waitFor();
    await page.getByTestId('return-comment-input').fill('Đề nghị kiểm tra lại số liệu chỉ tiêu CCHC-I.3.');
    await page.waitForTimeout(400);
    await shot('06-return');
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await expect.poll(status).toBe('Bị trả lại');
  });

  it('the reporter sees the comment, corrects the value and the causes go away', async () => {
    await signIn(REPORTER.username);
    await page.waitForURL('**/reports/mine');
    expect(await page.getByTestId('return-comment').innerText()).toContain(
      'Đề nghị kiểm tra lại số liệu chỉ tiêu CCHC-I.3.',
    );
    await shot('07-returned-home', true);
    await page.getByTestId('open-current').click();
    await page.getByTestId('only-open').click(); // only what is open: the indicator not achieved
    await page.getByTestId(`${RATIO}-a`).fill('9600');
    expect(await page.getByTestId(`${RATIO}-result`).innerText()).toBe('= 96%');
    expect(await page.getByTestId(`indicator-${RATIO}`).getByTestId('evaluation').innerText()).toBe('Đạt');
    expect(await page.getByTestId(`${RATIO}-causes`).count()).toBe(0);
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('save-state').innerText()).toMatch(/^Đã lưu lúc/);
  });

  it('the head approves and resubmits; the aggregator accepts and the report is locked', async () => {
    await signIn(HEAD.username);
    await openReport();
    await page.getByTestId('approve').click();
    await expect.poll(status).toBe('Đã phê duyệt');
    await page.getByTestId('submit').click();
    // wait for the confirmation dialog before pressing its button (the toolbar's has the same name)
    await page.getByTestId('submit-confirm').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(status).toBe('Đã gửi — đúng hạn');

    await signIn(BROWSER_USER.username);
    await openReport();
    await page.getByTestId('accept').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tiếp nhận' }).click();
    await expect.poll(status).toBe('Đã tiếp nhận — đúng hạn');
    expect(await page.getByTestId('accept').count()).toBe(0);
    expect(await page.getByTestId('save').count()).toBe(0);
  });

  it('an amendment opens version 2; the history shows both versions, who did what, and the differences', async () => {
    await signIn(REPORTER.username);
    await openReport();
    await page.getByTestId('amend').click();
    await expect.poll(status).toBe('Dự thảo');
    await page.getByTestId(`${RATIO}-a`).fill('9700');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('save-state').innerText()).toMatch(/^Đã lưu lúc/);
    await page.getByTestId('versions-link').click();
    await page.getByTestId('versions-page').waitFor();
    expect(await page.getByTestId('version-1').innerText()).toContain('Đã tiếp nhận');
    expect(await page.getByTestId('version-2').innerText()).toContain('Dự thảo');
    const history = await page.getByTestId('history-1').innerText();
    for (const line of [
      'Phê duyệt',
      'Gửi',
      'Trả lại',
      'Tiếp nhận',
      'Đề nghị kiểm tra lại số liệu chỉ tiêu CCHC-I.3.',
      HEAD.username,
      BROWSER_USER.username,
    ])
      expect(history).toContain(line);
    const diff = page.getByTestId('diff-table');
    await diff.getByText('Chỉ tiêu CCHC-I.3 · Tử số (a)').waitFor();
    const rows = await diff.locator('tbody tr.ant-table-row').allInnerTexts();
    expect(rows.map((r) => r.split('\t').map((c) => c.trim()))).toEqual([
      [
        'Chỉ tiêu CCHC-I.3 · Tử số (a)\nNgười dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến',
        '9.600',
        '9.700',
      ],
    ]);
    await shot('08-versions', true);
  });

  it('the timeliness dashboard shows the unit as submitted on time', async () => {
    await signIn(BROWSER_USER.username);
    await page.goto(`${world.baseUrl}/reports/timeliness?period=${PERIOD_CODE}`);
    await page.getByTestId('tl-totals').waitFor();
    expect(await page.getByTestId('tl-onTime').innerText()).toContain('1');
    expect(await page.getByTestId('tl-status-VPUBND').innerText()).toBe('Đúng hạn');
    await page.locator('canvas').first().waitFor();
    await page.waitForTimeout(1500); // the bars grow in
    await shot('09-timeliness', true);
    await page.getByTestId('tl-filter').getByText('Đúng hạn').click();
    expect(await page.getByTestId('tl-units').locator('tbody tr.ant-table-row').count()).toBe(1);
  });

  it('a demonstration installation says so, and its sign-in page offers the demo accounts', async () => {
    // isDemo(): an import made by the demonstration loader
    await world.test.app.database.raw.query(
      `INSERT INTO imports (record_set, sha256, size_bytes, format, status, rows_read, imported, replaced, unchanged, actor, via)
       VALUES ('units', 'demo', 0, 'csv', 'applied', 0, 0, 0, 0, 'cli', 'demo')`,
    );
    await context.clearCookies();
    await page.goto(`${world.baseUrl}/login`);
    const accounts = page.getByTestId('demo-accounts');
    await accounts.waitFor();
    await accounts.locator('button').first().click();
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).not.toBe('');
    expect(await page.getByLabel('Mật khẩu').inputValue()).not.toBe('');
    await shot('11-login-demo', true);
    await signIn(REPORTER.username);
    expect(await page.getByTestId('demo-banner').innerText()).toBe(
      'Dữ liệu trình diễn — không phải số liệu thật',
    );
    await page.getByTestId('current-report').waitFor();
    await shot('12-demo-banner');
  });

  it('reads in English too', async () => {
    await signIn(REPORTER.username);
    await openReport();
    await page.getByTestId('lang-en').click();
    await page.getByText('Save draft').waitFor();
    await shot('10-form-en');
    await page.getByTestId('lang-vi').click();
  });

  it('had no script errors', () => {
    expect(problems).toEqual([]);
  });
});
