import { API_BASE, ApiError, getCsrfToken } from '../../api.js';
import { dispositionFileName } from './show.js';

/**
 * POSTs the official report's export and saves the answer as a file, named by the server's
 * Content-Disposition. Returns the file name.
 */
export async function downloadExport(body: unknown, fallbackName: string): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: '*/*' };
  const token = getCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  const response = await fetch(`${API_BASE}/exports/official-report`, {
    method: 'POST',
    headers,
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as {
      error?: { code: string; message: string; messageEn: string };
    } | null;
    throw new ApiError(
      response.status,
      error?.error?.code ?? `http_${response.status}`,
      error?.error?.message ?? `Lỗi máy chủ (${response.status}).`,
      error?.error?.messageEn ?? `Server error (${response.status}).`,
    );
  }
  const name = dispositionFileName(response.headers.get('content-disposition'), fallbackName);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // give the browser a moment to start the download before the blob goes
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
