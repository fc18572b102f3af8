import { useCallback, useEffect, useState } from 'react';
import { api } from '../api.js';
import type { Unit } from '../types.js';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/** GETs `path` when the component mounts or the path changes; stale answers are dropped. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(path !== null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    api<T>(path, { signal: controller.signal })
      .then((value) => {
        setData(value);
        setLoading(false);
      })
      .catch((reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(reason);
        setLoading(false);
      });
    return () => controller.abort();
  }, [path, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, loading, reload };
}

/** The organisation tree rarely changes within a visit: one request shared by every page. */
let unitsRequest: Promise<Unit[]> | null = null;

export function fetchUnits(): Promise<Unit[]> {
  unitsRequest ??= api<{ items: Unit[] }>('/units').then(
    (body) => body.items,
    (error: unknown) => {
      unitsRequest = null;
      throw error;
    },
  );
  return unitsRequest;
}

export function forgetUnits(): void {
  unitsRequest = null;
}

export interface UnitDirectory {
  units: Unit[];
  byCode: Map<string, Unit>;
  name(code: string): string | undefined;
}

export function useUnits(): { directory: UnitDirectory | null; error: unknown } {
  const [directory, setDirectory] = useState<UnitDirectory | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    fetchUnits()
      .then((units) => {
        if (!live) return;
        const byCode = new Map(units.map((u) => [u.code, u]));
        setDirectory({ units, byCode, name: (code) => byCode.get(code)?.name });
      })
      .catch((reason: unknown) => live && setError(reason));
    return () => {
      live = false;
    };
  }, []);
  return { directory, error };
}
