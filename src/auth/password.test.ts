import { describe, expect, it } from 'vitest';
import type { AppError } from '../shared/errors.js';
import { checkPasswordPolicy, generatePassword, hashPassword, verifyPassword } from './password.js';

function policyError(password: string): AppError | undefined {
  try {
    checkPasswordPolicy(password);
    return undefined;
  } catch (error) {
    return error as AppError;
  }
}

describe('password policy', () => {
  it('accepts ten characters with letters and digits, Vietnamese letters included', () => {
    expect(policyError('matkhau2026')).toBeUndefined();
    expect(policyError('Mậtkhẩu123')).toBeUndefined();
  });

  it('refuses short, letter-only and digit-only passwords, in Vietnamese first', () => {
    const short = policyError('abc123');
    expect(short?.code).toBe('weak_password');
    expect(short?.status).toBe(400);
    expect(short?.vi).toBe('Mật khẩu chưa đủ mạnh: cần có ít nhất 10 ký tự.');
    expect(short?.en).toBe('Password too weak: it needs at least 10 characters.');
    expect(policyError('abcdefghijkl')?.vi).toBe('Mật khẩu chưa đủ mạnh: cần có chữ số.');
    expect(policyError('12345678901')?.vi).toBe('Mật khẩu chưa đủ mạnh: cần có chữ cái.');
    expect(policyError('')?.vi).toBe(
      'Mật khẩu chưa đủ mạnh: cần có ít nhất 10 ký tự, có chữ cái, có chữ số.',
    );
  });

  it('generates passwords that meet the policy', () => {
    for (let i = 0; i < 50; i++) {
      const password = generatePassword();
      expect(password).toHaveLength(16);
      expect(policyError(password)).toBeUndefined();
    }
  });
});

describe('password hashing', () => {
  it('hashes with argon2id and verifies, NFC-normalised', async () => {
    const stored = await hashPassword('Mậtkhẩu123');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(stored, 'Mậtkhẩu123')).toBe(true);
    expect(await verifyPassword(stored, 'Mậtkhẩu123'.normalize('NFD'))).toBe(true);
    expect(await verifyPassword(stored, 'Matkhau123')).toBe(false);
    expect(await verifyPassword('not a hash', 'Mậtkhẩu123')).toBe(false);
  });
});
