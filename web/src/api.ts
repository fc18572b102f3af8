import type { Lang } from './i18n.js';
import type { ApiErrorBody } from './types.js';

/**
 * The one way the web app talks to the server: JSON over /api/v1 with the session cookie, the
 * CSRF token on every state-changing request, and the API's own bilingual error messages.
 */

export const API_BASE = '/api/v1';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageVi: string;
  readonly messageEn: string;
  /** The API's `error.details` (e.g. the issues of a refused report), when it sent any. */
  readonly details: unknown;

  constructor(status: number, code: string, messageVi: string, messageEn: string, details?: unknown) {
    super(messageVi);
    this.details = details;
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }

  /** The message in the user's language (Vietnamese unless English was chosen). */
  text(lang: Lang): string {
    return lang === 'en' ? this.messageEn : this.messageVi;
  }
}

let csrfToken: string | null = null;
let sessionExpiredListener: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The session's CSRF token, for requests made without `api()` (file downloads). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Called when a request that needed a session got 401: the session expired or was revoked. */
export function onSessionExpired(listener: (() => void) | null): void {
  sessionExpiredListener = listener;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A 401 here is an answer, not an expired session (sign-in, the first /me). */
  anonymousOk?: boolean;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  // contract of src/http/auth-hook.ts: a state-changing request carries the session's CSRF token
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(
      0,
      'network',
      'Không kết nối được máy chủ. Vui lòng thử lại.',
      'Cannot reach the server. Please try again.',
    );
  }

  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;

  const error = isErrorBody(body)
    ? new ApiError(
        response.status,
        body.error.code,
        body.error.message,
        body.error.messageEn,
        body.error.details,
      )
    : new ApiError(
        response.status,
        `http_${response.status}`,
        `Lỗi máy chủ (${response.status}).`,
        `Server error (${response.status}).`,
      );
  if (response.status === 401 && !options.anonymousOk) sessionExpiredListener?.();
  throw error;
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error && 'code' in error;
}
