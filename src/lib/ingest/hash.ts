import { sha256 } from '@noble/hashes/sha2.js';

/** SHA-256 of a source file as lowercase hex; Web Crypto exists in browsers, workers and Node 20. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return toHex(new Uint8Array(digest));
}

export interface IncrementalHash {
	update(chunk: Uint8Array): void;
	hex(): string;
}

/** SHA-256 over a stream of chunks, so a file read piecewise is never held whole for its hash. */
export function createSha256(): IncrementalHash {
	const h = sha256.create();
	return {
		update(chunk) {
			h.update(chunk);
		},
		hex() {
			return toHex(h.digest());
		}
	};
}

function toHex(bytes: Uint8Array): string {
	let hex = '';
	for (const b of bytes) hex += b.toString(16).padStart(2, '0');
	return hex;
}
