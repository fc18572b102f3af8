/** The text encodings an extract may arrive in (contract: "How an import reads a file" → Encodings). */
export const ENCODING_NAMES = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;

export type EncodingName = (typeof ENCODING_NAMES)[number];

/** The single-byte Vietnamese encodings chosen between by content when there is no BOM and no valid UTF-8. */
export type LegacyEncodingName = 'windows-1258' | 'tcvn3' | 'vni';

export const LEGACY_ENCODINGS: readonly LegacyEncodingName[] = ['windows-1258', 'tcvn3', 'vni'];

// contract: the six names plus the aliases cp1258, abc and vni-windows; nothing else (no "utf8", no "latin1").
const BY_NAME: ReadonlyMap<string, EncodingName> = new Map<string, EncodingName>([
  ...ENCODING_NAMES.map((name) => [name, name] as const),
  ['cp1258', 'windows-1258'],
  ['abc', 'tcvn3'],
  ['vni-windows', 'vni'],
]);

/** The encoding an `--encoding` value names, case-insensitively, or null when it names none. */
export function parseEncodingName(input: string): EncodingName | null {
  return BY_NAME.get(input.toLowerCase()) ?? null;
}
