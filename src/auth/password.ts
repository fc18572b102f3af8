import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../shared/errors.js';

/**
 * Passwords (level-3 security, VN-REFERENCE): a policy on what a user may choose, and argon2id
 * hashes (the library's default algorithm and costs: 19 MiB, 2 passes).
 */

export const PASSWORD_MIN_LENGTH = 10;

/** Throws `weak_password` unless the password has ≥ 10 characters with both letters and digits. */
export function checkPasswordPolicy(password: string): void {
  const problems: { vi: string; en: string }[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    problems.push({
      vi: `có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
      en: `at least ${PASSWORD_MIN_LENGTH} characters`,
    });
  }
  if (!/\p{L}/u.test(password)) problems.push({ vi: 'có chữ cái', en: 'a letter' });
  if (!/\p{Nd}/u.test(password)) problems.push({ vi: 'có chữ số', en: 'a digit' });
  if (problems.length > 0) {
    throw new AppError(
      'weak_password',
      `Mật khẩu chưa đủ mạnh: cần ${problems.map((p) => p.vi).join(', ')}.`,
      `Password too weak: it needs ${problems.map((p) => p.en).join(', ')}.`,
    );
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false; // a malformed stored hash never lets anyone in
  }
}

/**
 * A hash of a password nobody knows: verified against when the username is unknown, so that an
 * unknown user and a wrong password take the same time (no user enumeration).
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(generatePassword());
  return decoyHash;
}

const LOWER = 'abcdefghijkmnopqrstuvwxyz'; // no l: it reads as 1 when printed
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; // no I, O
const DIGITS = '23456789'; // no 0, 1

/** A strong random password that meets the policy (for the first administrator). */
export function generatePassword(length = 16): string {
  const all = LOWER + UPPER + DIGITS;
  const pick = (from: string) => from[randomInt(from.length)] as string;
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS)];
  while (chars.length < length) chars.push(pick(all));
  // shuffle so the guaranteed classes are not always first
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}
