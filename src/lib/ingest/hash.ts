import { sha256 } from '@noble/hashes/sha2.js';
import { createSHA256 } from 'hash-wasm';

/** SHA-256 of a source file as lowercase hex; Web Crypto exists in browsers, workers and Node 20. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return toHex(new Uint8Array(digest));
}

export interface IncrementalHash {
	update(chunk: Uint8Array): void;
	hex(): string;
}

/** SHA-256 over a stream of chunks, so a file read piecewise is never held whole for its hash (JavaScript). */
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

/** Set once WebAssembly turned out to be unavailable (a CSP without 'wasm-unsafe-eval'): JavaScript from then on. */
let wasmUnavailable = false;

/**
 * As createSha256, about twice as fast: hash-wasm's SHA-256, whose WebAssembly is inlined in its JavaScript (no
 * request; the CSP's 'wasm-unsafe-eval' allows compiling it). Falls back to createSha256 where WebAssembly cannot run.
 */
export async function openSha256(): Promise<IncrementalHash> {
	if (!wasmUnavailable) {
		try {
			const h = await createSHA256();
			h.init();
			return {
				update(chunk) {
					h.update(chunk);
				},
				hex() {
					return h.digest('hex');
				}
			};
		} catch {
			wasmUnavailable = true;
		}
	}
	return createSha256();
}

function toHex(bytes: Uint8Array): string {
	let hex = '';
	for (const b of bytes) hex += b.toString(16).padStart(2, '0');
	return hex;
}
