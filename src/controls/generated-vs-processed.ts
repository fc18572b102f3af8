import type { Flag } from './flags.js';
import { integerVi } from './flags.js';

/**
 * SPEC §6.4, seed 000 §II.3 "kiểm tra chéo giữa số lượng phát sinh và số lượng xử lý": processed
 * ≤ generated + carried over, and received = finished + in progress + returned/cancelled.
 *
 * From dossier records (each carrying received_at, finished_at and status) the totals balance by
 * construction; what can break them is a record that contradicts itself (docs/decisions/generated-vs-processed.md):
 * - finished before it was received (finished_at < received_at): processed without being generated;
 * - status `finished` without finished_at: processed, but in no period, so the partition does not add up.
 */
export interface DossierConsistency {
  source: string;
  finishedBeforeReceived: number;
  finishedUndated: number;
}

export function generatedVsProcessedFlag(c: DossierConsistency): Flag | null {
  if (c.finishedBeforeReceived === 0 && c.finishedUndated === 0) return null;
  const vi: string[] = [];
  const en: string[] = [];
  if (c.finishedBeforeReceived > 0) {
    vi.push(`${integerVi(c.finishedBeforeReceived)} hồ sơ có ngày giải quyết trước ngày tiếp nhận`);
    en.push(`${c.finishedBeforeReceived} dossier(s) finished before they were received`);
  }
  if (c.finishedUndated > 0) {
    vi.push(
      `${integerVi(c.finishedUndated)} hồ sơ ở trạng thái đã giải quyết nhưng không có ngày giải quyết`,
    );
    en.push(`${c.finishedUndated} dossier(s) with status finished but no finished_at`);
  }
  return {
    code: 'generated_vs_processed',
    message: `Số hồ sơ xử lý không khớp số hồ sơ phát sinh (nguồn ${c.source}): ${vi.join('; ')}.`,
    messageEn: `Processed dossiers do not balance with generated ones (source ${c.source}): ${en.join('; ')}.`,
  };
}
