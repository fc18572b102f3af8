import { BUILTIN_BY_CODE, BUILTIN_INDICATORS } from '../results/builtins.js';

/**
 * The built-in computations of the exchange contract (formats/README.md, "Built-in indicator codes"),
 * as defined once in src/results/builtins.ts. A catalogue indicator names one of these, or `manual`
 * (entered by hand, with evidence).
 */
export const isContractComputation = (code: string): boolean => BUILTIN_BY_CODE.has(code);

/** High-risk by default (contract, "Sources and reconciliation"; seed 000 §II.3): reconciled against two sources. */
export const HIGH_RISK_COMPUTATIONS: readonly string[] = BUILTIN_INDICATORS.filter((d) => d.highRisk).map(
  (d) => d.code,
);
