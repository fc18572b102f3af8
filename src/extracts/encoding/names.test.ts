import { describe, expect, it } from 'vitest';
import { parseEncodingName } from './names.js';

describe('parseEncodingName', () => {
  it.each([
    ['utf-8', 'utf-8'],
    ['UTF-8', 'utf-8'],
    ['utf-16le', 'utf-16le'],
    ['UTF-16BE', 'utf-16be'],
    ['windows-1258', 'windows-1258'],
    ['CP1258', 'windows-1258'],
    ['tcvn3', 'tcvn3'],
    ['ABC', 'tcvn3'],
    ['vni', 'vni'],
    ['VNI-Windows', 'vni'],
  ])('%s → %s', (input, expected) => {
    expect(parseEncodingName(input)).toBe(expected);
  });

  it.each(['utf8', 'latin1', 'windows-1252', 'tcvn', '', ' utf-8', 'constructor', 'toString'])(
    'rejects %j',
    (input) => {
      expect(parseEncodingName(input)).toBeNull();
    },
  );
});
