import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from '$lib/audit/canonical-json';

/**
 * Hashes over canonical JSON (sorted keys, no whitespace; the rules are in $lib/audit/canonical-json.ts, shared with
 * the audit log so both seal data the same way). Not Web Crypto: it is missing on plain-http intranet hosts.
 */

export { canonicalJson };

/** SHA-256 (lowercase hex) of a text's UTF-8 bytes. */
export function sha256Text(text: string): string {
	return bytesToHex(sha256(new TextEncoder().encode(text)));
}

/** SHA-256 of the value's canonical JSON, leaving out the top-level members named in `without`. */
export function canonicalHash(value: Record<string, unknown>, without: readonly string[] = []): string {
	const copy: Record<string, unknown> = { ...value };
	for (const key of without) delete copy[key];
	return sha256Text(canonicalJson(copy));
}
