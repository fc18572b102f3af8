import { useEffect, useState } from 'react';
import { api } from '../../api.js';
import type { PeriodList, SystemInfo } from './types.js';

/**
 * The server's clock, as far as the page can tell: lateness is decided by the server's time in
 * Vietnam (issue 3 §3), so "time left" is counted from it, not from the visitor's computer.
 * One request a visit; the skew is kept and the browser's clock only measures what passed since.
 */
let skewRequest: Promise<number> | null = null;

function serverSkew(): Promise<number> {
  skewRequest ??= (async () => {
    const sent = Date.now();
    const body = await api<PeriodList>('/periods?back=0&ahead=0');
    const received = Date.now();
    return Date.parse(body.now) - (sent + received) / 2;
  })().catch((error: unknown) => {
    skewRequest = null;
    throw error;
  });
  return skewRequest;
}

/** The server's "now" in epoch ms, refreshed every `tickMs` so that a countdown moves. */
export function useServerNow(tickMs = 30_000): number | null {
  const [skew, setSkew] = useState<number | null>(null);
  const [, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    serverSkew()
      .then((s) => live && setSkew(s))
      .catch(() => live && setSkew(0)); // unknown: the browser's own clock is the best guess left
    const timer = window.setInterval(() => setTick((n) => n + 1), tickMs);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [tickMs]);
  return skew === null ? null : Date.now() + skew;
}

/** GET /system, public: whether this is a demonstration installation, and its accounts. */
let systemRequest: Promise<SystemInfo> | null = null;

export function useSystemInfo(): SystemInfo | null {
  const [info, setInfo] = useState<SystemInfo | null>(null);
  useEffect(() => {
    let live = true;
    systemRequest ??= api<SystemInfo>('/system', { anonymousOk: true }).catch((error: unknown) => {
      systemRequest = null;
      throw error;
    });
    systemRequest.then((value) => live && setInfo(value)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return info;
}

/** Where each indicator sits in the catalogue (plan, group, formula) and the plans' short names, for the form's sections. */
export interface CatalogueIndex {
  places: Map<
    string,
    { plan: string; group: string[]; formula: { numerator: string; denominator?: string } }
  >;
  planTitle(plan: string): string;
}

let catalogueRequest: Promise<CatalogueIndex> | null = null;

interface CatalogueIndicator {
  code: string;
  plan: string;
  group?: string[];
  formula?: { numerator: string; denominator?: string };
}
interface CataloguePlan {
  code: string;
  docType: string;
  numberText: string;
  title: string;
}

function loadCatalogueIndex(): Promise<CatalogueIndex> {
  catalogueRequest ??= Promise.all([
    api<{ items: CatalogueIndicator[] }>('/indicators'),
    api<{ items: CataloguePlan[] }>('/plans'),
  ]).then(
    ([indicators, plans]) => {
      const byPlan = new Map(plans.items.map((p) => [p.code, p]));
      return {
        places: new Map(
          indicators.items.map((i) => [
            i.code,
            { plan: i.plan, group: i.group ?? [], formula: i.formula ?? { numerator: '' } },
          ]),
        ),
        planTitle(plan: string) {
          const p = byPlan.get(plan);
          return p ? planLabel(p) : plan;
        },
      };
    },
    (error: unknown) => {
      catalogueRequest = null;
      throw error;
    },
  );
  return catalogueRequest;
}

/** The catalogue index, or null while it loads (the form is shown ungrouped meanwhile, never blocked). */
export function useCatalogueIndex(): CatalogueIndex | null {
  const [index, setIndex] = useState<CatalogueIndex | null>(null);
  useEffect(() => {
    let live = true;
    loadCatalogueIndex()
      .then((value) => live && setIndex(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return index;
}

/**
 * A plan as a section heading: its document type in sentence case, its number and its title,
 * shortened ('Báo cáo /BC-VPUB: Tình hình triển khai, thực hiện, các khó khăn…'). The documents
 * print the type in capitals ('BÁO CÁO'), which reads as shouting in a heading.
 */
export function planLabel(p: { docType: string; numberText: string; title: string }): string {
  const type = p.docType.toLocaleLowerCase('vi');
  const head = `${type.charAt(0).toLocaleUpperCase('vi')}${type.slice(1)} ${p.numberText.trim()}`.trim();
  const title = p.title.length > 90 ? `${p.title.slice(0, 89).trimEnd()}…` : p.title;
  return `${head}: ${title}`;
}
