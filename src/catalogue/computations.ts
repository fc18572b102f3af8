/**
 * The built-in computations of the exchange contract (formats/README.md, "Built-in indicator codes").
 * A catalogue indicator names one of these, or `manual` (entered by hand, with evidence).
 */
export const CONTRACT_COMPUTATIONS = [
  'T26-01',
  'T26-02',
  'T26-03',
  'T26-04',
  'T26-05',
  'T26-06',
  'T26-07',
  'T26-08',
  'T26-09',
  'HS-SOHOA',
  'HS-KQDT',
  'HS-TTTT',
  'HS-DUNGHAN',
  'HS-TOANTRINH',
  'HS-TAISUDUNG',
  'DV-THOIGIANNOP',
  'DV-GIAMTHOIGIAN',
  'CKS-SUDUNG',
] as const;

export type ContractComputation = (typeof CONTRACT_COMPUTATIONS)[number];

export const isContractComputation = (code: string): code is ContractComputation =>
  (CONTRACT_COMPUTATIONS as readonly string[]).includes(code);

/** High-risk by default (contract, "Sources and reconciliation"; seed 000 §II.3): reconciled against two sources. */
export const HIGH_RISK_COMPUTATIONS: readonly string[] = [
  'T26-01',
  'T26-02',
  'T26-03',
  'T26-08',
  'HS-KQDT',
  'HS-TOANTRINH',
];
