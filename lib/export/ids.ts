import { hashText } from '../report/hash';

/**
 * A `urn:uuid:` IRI derived from `key` (RFC 9562 version 8, name-based and custom), so exporting
 * the same report twice gives the same annotation ids and an annotation store can de-duplicate.
 * Not a security boundary: four FNV-1a hashes with different salts, 122 bits once versioned.
 */
export function stableUrn(key: string): string {
  const hex = [0, 1, 2, 3].map((salt) => hashText(`${salt}\u0000${key}`)).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return (
    `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-` +
    `${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  );
}
