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
export async function openWasmSha256(): Promise<IncrementalHash> {
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

interface NodeHash {
	update(chunk: Uint8Array): unknown;
	digest(encoding: 'hex'): string;
}

/**
 * Node's own SHA-256 (OpenSSL, with the CPU's SHA instructions where it has them: about twice hash-wasm's speed), for
 * the command line. Found through process.getBuiltinModule (Node ≥ 20.16), so no import names node:crypto and a
 * browser bundle is unchanged; null in a browser or a worker there.
 */
function nodeSha256(): IncrementalHash | null {
	const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
	const crypto = proc?.getBuiltinModule?.('node:crypto') as { createHash?: (algorithm: string) => NodeHash } | undefined;
	if (typeof crypto?.createHash !== 'function') return null;
	const h = crypto.createHash('sha256');
	return {
		update(chunk) {
			h.update(chunk);
		},
		hex() {
			return h.digest('hex');
		}
	};
}

/** The fastest incremental SHA-256 where the code runs: Node's own on the command line, else openWasmSha256. */
export async function openSha256(): Promise<IncrementalHash> {
	return nodeSha256() ?? (await openWasmSha256());
}

function toHex(bytes: Uint8Array): string {
	let hex = '';
	for (const b of bytes) hex += b.toString(16).padStart(2, '0');
	return hex;
}
