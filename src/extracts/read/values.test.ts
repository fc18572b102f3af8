import { describe, expect, it } from 'vitest';
import { ENUM_VIETNAMESE } from '../recordsets.js';
import { bareKey, textKey } from './normalise.js';
import { enumMatcher, parseDatetime, parseFlag, parseInteger, vnWallClock } from './values.js';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) =>
  Date.UTC(y, mo - 1, d, h, mi, s, ms);

describe('parseDatetime', () => {
  it.each([
    ['2026-03-05T08:30:00+07:00', utc(2026, 3, 5, 1, 30)],
    ['2026-03-05T08:30:00Z', utc(2026, 3, 5, 8, 30)],
    ['2026-03-05T08:30:00z', utc(2026, 3, 5, 8, 30)],
    ['2026-03-05T08:30:00-05:00', utc(2026, 3, 5, 13, 30)],
    ['2026-03-05T08:30:00+0700', utc(2026, 3, 5, 1, 30)],
    ['2026-03-05T08:30:00+07', utc(2026, 3, 5, 1, 30)],
    ['2026-03-05T08:30:00.250Z', utc(2026, 3, 5, 8, 30, 0, 250)],
    ['2026-03-05T08:30:00', utc(2026, 3, 5, 1, 30)],
    ['2026-03-05 08:30:15', utc(2026, 3, 5, 1, 30, 15)],
    ['2026-03-05T08:30', utc(2026, 3, 5, 1, 30)],
    ['2026-03-05', utc(2026, 3, 4, 17)],
    ['05/03/2026 08:30', utc(2026, 3, 5, 1, 30)],
    ['05/03/2026 08:30:59', utc(2026, 3, 5, 1, 30, 59)],
    ['5/3/2026 8:30', utc(2026, 3, 5, 1, 30)],
    ['05/03/2026', utc(2026, 3, 4, 17)],
    ['01/01/2026 00:00', utc(2025, 12, 31, 17)],
    ['29/02/2028', utc(2028, 2, 28, 17)],
    ['31/12/2026 23:59:59', utc(2026, 12, 31, 16, 59, 59)],
  ])('%s → instant', (text, expected) => {
    expect(parseDatetime(text)).toBe(expected);
  });

  it('reads empty as unknown', () => {
    expect(parseDatetime('')).toBeNull();
  });

  it.each([
    '31/02/2026',
    '29/02/2026',
    '32/01/2026',
    '00/01/2026',
    '15/13/2026',
    '05/03/2026 24:00',
    '05/03/2026 08:60',
    '05/03/2026 08:30:60',
    '2026-02-30',
    '2026-13-01T00:00:00Z',
    '2026-03-05T08:30:00+15:00',
    '2026-03-05+07:00',
    '05-03-2026',
    '2026/03/05',
    'March 5, 2026',
    '05/03/26',
    '46000',
    'hôm nay',
  ])('rejects %s', (text) => {
    expect(parseDatetime(text)).toBeUndefined();
  });

  it('does not depend on the server time zone', () => {
    expect(vnWallClock(2026, 1, 1)).toBe(utc(2025, 12, 31, 17));
    expect(vnWallClock(2026, 2, 29)).toBeUndefined();
  });
});

describe('parseFlag', () => {
  it.each([
    ['1', true],
    ['0', false],
    ['true', true],
    ['TRUE', true],
    ['False', false],
    ['có', true],
    ['Có', true],
    ['CÓ', true],
    ['co', true],
    ['không', false],
    ['Không', false],
    ['khong', false],
    ['KHÔNG', false],
    ['x', true],
    ['X', true],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(parseFlag(text)).toBe(expected);
  });

  it.each(['2', 'yes', 'y', 'n', 'đúng', '-', '1.0'])('rejects %s', (text) => {
    expect(parseFlag(text)).toBeUndefined();
  });
});

describe('parseInteger', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['245', 245],
    ['1.234', 1234],
    ['12.345.678', 12345678],
    ['007', 7],
    ['2147483647', 2147483647],
  ])('%s → %d', (text, expected) => {
    expect(parseInteger(text)).toBe(expected);
  });

  it('reads empty as unknown', () => {
    expect(parseInteger('')).toBeNull();
  });

  it.each([
    '-1',
    '1.5',
    '1,5',
    '12.34',
    '1.2345',
    '1,234',
    '.123',
    '1.',
    '+3',
    '1e3',
    'abc',
    '2147483648',
    '3 000',
  ])('rejects %s', (text) => {
    expect(parseInteger(text)).toBeUndefined();
  });
});

describe('enumMatcher', () => {
  const channel = enumMatcher(ENUM_VIETNAMESE.channel ?? {});
  const status = enumMatcher(ENUM_VIETNAMESE.dossierStatus ?? {});
  const rating = enumMatcher(ENUM_VIETNAMESE.ratingLevel ?? {});
  const kind = enumMatcher(ENUM_VIETNAMESE.documentKind ?? {});
  const unitKind = enumMatcher(ENUM_VIETNAMESE.unitKind ?? {});

  it.each([
    [channel, 'online', 'online'],
    [channel, 'ONLINE', 'online'],
    [channel, 'Trực tuyến', 'online'],
    [channel, 'TRỰC TIẾP', 'direct'],
    [channel, 'Bưu chính', 'postal'],
    [status, 'Đã giải quyết', 'finished'],
    [status, 'hoàn thành', 'finished'],
    [status, 'Đang xử lý', 'processing'],
    [status, 'Đã hủy', 'cancelled'],
    [status, 'Đã huỷ', 'cancelled'],
    [status, 'Trả lại', 'returned'],
    [rating, 'Rất hài lòng', 'very_satisfied'],
    [rating, 'Hài lòng', 'satisfied'],
    [rating, 'Không hài lòng', 'dissatisfied'],
    [rating, 'Bình thường', 'neutral'],
    [kind, 'work_file', 'work_file'],
    [kind, 'Work File', 'work_file'],
    [kind, 'Hồ sơ công việc', 'work_file'],
    [kind, 'đến', 'incoming'],
    [unitKind, 'Xã', 'commune'],
    [unitKind, 'Phường', 'ward'],
    [unitKind, 'Sở', 'department'],
  ])('%#: %s', (matcher, text, expected) => {
    expect(matcher.match(text)).toBe(expected);
  });

  it('reads empty as unknown and rejects what is not listed', () => {
    expect(channel.match('')).toBeNull();
    expect(channel.match('fax')).toBeUndefined();
    expect(rating.match('rất rất hài lòng')).toBeUndefined();
  });
});

describe('textKey', () => {
  it('compares composed/decomposed, Ð look-alikes and tone placement as equal', () => {
    expect(textKey('Mã Đơn Vị')).toBe(textKey('mã đơn vị'));
    expect(textKey('Mã đơn vị'.normalize('NFD'))).toBe(textKey('Mã đơn vị'));
    expect(textKey('Mã Ðơn vị')).toBe(textKey('Mã Đơn vị'));
    expect(textKey('Số hoá')).toBe(textKey('Số hóa'));
    expect(textKey('Thuỷ lợi')).toBe(textKey('Thủy lợi'));
    expect(textKey('  ngày   tiếp\tnhận ')).toBe(textKey('Ngày tiếp nhận'));
    expect(textKey('dossier_id')).toBe('dossier id');
    expect(textKey('Mã')).not.toBe(textKey('Ma'));
  });

  it('bareKey drops every diacritic', () => {
    expect(bareKey('KHÔNG')).toBe('khong');
    expect(bareKey('Có')).toBe('co');
    expect(bareKey('Đến')).toBe('den');
  });
});
