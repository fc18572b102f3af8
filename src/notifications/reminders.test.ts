import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { describeEachEngine } from '../../test/support/db.js';
import { seedReportingCatalogue } from '../../test/support/reporting.js';
import { runReminders } from './reminders.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1, keeping what arrives. */
async function startSmtp(): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address).sort(),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, received };
}

/** Subject and body of a message, decoded (RFC 2047 words, base64 body). */
function decode(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split(/\r\n\r\n/);
  const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  const subject = subjectLine
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    )
    .trim();
  const bodyText = rest.join('\r\n\r\n');
  const text = /Content-Transfer-Encoding: base64/i.test(head)
    ? Buffer.from(bodyText.replace(/\s+/g, ''), 'base64').toString('utf8')
    : bodyText;
  return { subject, text };
}

describeEachEngine('reminders over real SMTP', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      engine,
      config: {
        smtp: { host: '127.0.0.1', port: smtp.port, secure: false, from: 'Tiến Độ <tiendo@sonla.gov.vn>' },
      },
    });
    await seedReportingCatalogue(t.app.database, { emails: true });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  const notices = (username: string) =>
    t.app.database.raw.query<{ kind: string; title: string }>(
      'SELECT n.kind, n.title FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = $1 ORDER BY n.id',
      [username],
    );

  it('sends nothing more than 3 days before the deadline', async () => {
    const run = await runReminders(t.app, new Date('2026-11-09T09:59:59Z'));
    expect(run.sent).toEqual([]);
    expect(smtp.received).toEqual([]);
  });

  it('3 days before: an in-app notice and an e-mail to each unit that has not submitted; never twice', async () => {
    const at = new Date('2026-11-09T10:00:00Z');
    const run = await runReminders(t.app, at);
    expect(run.errors).toEqual([]);
    expect(run.sent.map((s) => [s.key, s.recipients, s.emails])).toEqual([
      ['reminder:3d:period:2026-10:SKHCN', 0, 0],
      ['reminder:3d:period:2026-10:VPUBND', 2, 2],
      ['reminder:3d:period:2026-10:XA-CHIENGSON', 2, 1],
    ]);
    expect(smtp.received.map((m) => m.to)).toEqual([
      ['baocao.vpubnd@sonla.gov.vn', 'chanhvanphong@sonla.gov.vn'],
      ['chiengson@sonla.gov.vn'],
    ]);
    const first = smtp.received[0];
    if (!first) throw new Error('no mail');
    expect(first.from).toBe('tiendo@sonla.gov.vn');
    const mail = decode(first.raw);
    expect(mail.subject).toBe(
      '[Tiến Độ] Nhắc hạn báo cáo Tháng 10/2026: còn 3 ngày (hạn 17:00 ngày 12/11/2026)',
    );
    expect(mail.text).toContain('Kính gửi: Văn phòng UBND tỉnh.');
    expect(mail.text).toContain('Đến nay đơn vị chưa gửi báo cáo kỳ Tháng 10/2026');
    expect(mail.text).toContain('Hạn gửi: trước 17:00 ngày 12/11/2026 (giờ Việt Nam) — còn 3 ngày.');
    expect(await notices('reporter')).toEqual([
      { kind: 'reminder', title: 'Nhắc hạn báo cáo Tháng 10/2026: còn 3 ngày (hạn 17:00 ngày 12/11/2026)' },
    ]);

    const again = await runReminders(t.app, new Date('2026-11-09T10:05:00Z'));
    expect(again.sent).toEqual([]);
    expect(smtp.received).toHaveLength(2);
  });

  it('1 day and 2 hours before: only to the units still not submitted', async () => {
    // VPUBND submits in between (first submission stamped)
    await t.app.database.raw.query(`INSERT INTO reports (report_key, unit_code, period, deadline, current_version, first_submitted_at)
      VALUES ('VPUBND|2026-10', 'VPUBND', '2026-10', '2026-11-12T10:00:00Z', 1, '2026-11-10T08:00:00Z')`);
    const oneDay = await runReminders(t.app, new Date('2026-11-11T10:00:00Z'));
    expect(oneDay.sent.map((s) => s.key)).toEqual([
      'reminder:1d:period:2026-10:SKHCN',
      'reminder:1d:period:2026-10:XA-CHIENGSON',
    ]);
    const twoHours = await runReminders(t.app, new Date('2026-11-12T08:30:00Z'));
    expect(twoHours.sent.map((s) => s.key)).toEqual([
      'reminder:2h:period:2026-10:SKHCN',
      'reminder:2h:period:2026-10:XA-CHIENGSON',
    ]);
    const last = smtp.received.at(-1);
    if (!last) throw new Error('no mail');
    expect(last.to).toEqual(['chiengson@sonla.gov.vn']);
    expect(decode(last.raw).subject).toBe(
      '[Tiến Độ] Nhắc hạn báo cáo Tháng 10/2026: còn 2 giờ (hạn 17:00 ngày 12/11/2026)',
    );
    expect((await notices('commune_reporter')).map((n) => n.title.split(':')[1]?.trim())).toEqual([
      'còn 3 ngày (hạn 17',
      'còn 1 ngày (hạn 17',
      'còn 2 giờ (hạn 17',
    ]);
  });

  it('after the deadline, aggregators get the late and missing units, once', async () => {
    await t.app.database.raw.query(`INSERT INTO reports (report_key, unit_code, period, deadline, current_version, first_submitted_at)
      VALUES ('XA-CHIENGSON|2026-10', 'XA-CHIENGSON', '2026-10', '2026-11-12T10:00:00Z', 1, '2026-11-12T10:00:01Z')`);
    const before = smtp.received.length;
    const run = await runReminders(t.app, new Date('2026-11-12T10:05:00Z'));
    expect(run.sent.map((s) => [s.key, s.recipients, s.emails])).toEqual([['overdue:period:2026-10', 2, 1]]);
    const mail = smtp.received.at(-1);
    if (!mail) throw new Error('no mail');
    expect(smtp.received.length).toBe(before + 1);
    expect(mail.to).toEqual(['tonghop.skhcn@sonla.gov.vn']);
    const { subject, text } = decode(mail.raw);
    expect(subject).toBe(
      '[Tiến Độ] Đơn vị gửi muộn, chưa gửi báo cáo Tháng 10/2026 (hạn 17:00 ngày 12/11/2026)',
    );
    expect(text).toContain('Đơn vị chưa gửi (1):\n- Sở Khoa học và Công nghệ (SKHCN)');
    expect(text).toContain('Đơn vị gửi muộn (1):\n- Xã Chiềng Sơn (XA-CHIENGSON): gửi lúc 12/11/2026 17:00');
    expect(await notices('aggregator2')).toEqual([
      {
        kind: 'overdue',
        title: 'Đơn vị gửi muộn, chưa gửi báo cáo Tháng 10/2026 (hạn 17:00 ngày 12/11/2026)',
      },
    ]);
    expect((await runReminders(t.app, new Date('2026-11-13T00:00:00Z'))).sent).toEqual([]);
  });

  it('the notices are read through the API and marked read', async () => {
    const { cookie, csrf } = await t.login('commune_reporter');
    const list = await t.server.inject({
      method: 'GET',
      url: '/api/v1/notifications?unread=true',
      headers: { cookie },
    });
    const json = list.json() as { items: { id: number; kind: string }[]; unread: number };
    expect([json.unread, json.items.map((n) => n.kind)]).toEqual([3, ['reminder', 'reminder', 'reminder']]);
    const first = json.items[0];
    if (!first) throw new Error('no notice');
    const read = await t.server.inject({
      method: 'POST',
      url: `/api/v1/notifications/${first.id}/read`,
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(read.statusCode).toBe(200);
    expect((read.json() as { readAt: string | null }).readAt).not.toBeNull();
    const other = await t.login('reporter');
    const foreign = await t.server.inject({
      method: 'POST',
      url: `/api/v1/notifications/${first.id}/read`,
      headers: { cookie: other.cookie, 'x-csrf-token': other.csrf },
    });
    expect(foreign.statusCode).toBe(404);
    const all = await t.server.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(all.json()).toEqual({ marked: 2 });
  });
});
