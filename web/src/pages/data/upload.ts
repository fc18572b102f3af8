import { API_BASE, ApiError } from '../../api.js';
import type { ImportSummary } from './types.js';

/**
 * Sends an extract as multipart/form-data with XMLHttpRequest — fetch cannot report upload
 * progress — the fields before the file, as the server reads them (docs/decisions/extracts-api.md).
 * Resolves with the summary for 200 (accepted, unchanged) and 422 (rejected); other answers reject.
 */
export function uploadExtract(
  fields: Record<string, string>,
  file: File,
  csrfToken: string | null,
  onProgress: (fraction: number) => void,
): Promise<{ status: number; summary: ImportSummary }> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) if (value !== '') form.append(name, value);
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}/imports`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () =>
      reject(
        new ApiError(
          0,
          'network',
          'Không kết nối được máy chủ. Vui lòng thử lại.',
          'Cannot reach the server. Please try again.',
        ),
      );
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if ((xhr.status === 200 || xhr.status === 422) && body) {
        resolve({ status: xhr.status, summary: body as ImportSummary });
        return;
      }
      const error = (body as { error?: { code: string; message: string; messageEn: string } } | null)?.error;
      reject(
        error
          ? new ApiError(xhr.status, error.code, error.message, error.messageEn)
          : new ApiError(
              xhr.status,
              `http_${xhr.status}`,
              `Lỗi máy chủ (${xhr.status}).`,
              `Server error (${xhr.status}).`,
            ),
      );
    };
    xhr.send(form);
  });
}
