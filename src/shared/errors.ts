/**
 * An error a user or a client can act on: a stable code, a Vietnamese message (shown first)
 * and an English one (for the API). Anything else that escapes is a bug and is logged as such.
 */
export class AppError extends Error {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  readonly status: number;
  readonly details?: unknown;

  constructor(code: string, vi: string, en: string, options: { status?: number; details?: unknown } = {}) {
    super(`${vi} / ${en}`);
    this.name = 'AppError';
    this.code = code;
    this.vi = vi;
    this.en = en;
    this.status = options.status ?? 400;
    this.details = options.details;
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.vi,
        messageEn: this.en,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

export const notFound = (what: string, whatEn: string, id: string) =>
  new AppError('not_found', `Không tìm thấy ${what} "${id}".`, `${whatEn} "${id}" not found.`, {
    status: 404,
  });

export const forbidden = () =>
  new AppError('forbidden', 'Bạn không có quyền thực hiện thao tác này.', 'You are not allowed to do this.', {
    status: 403,
  });
