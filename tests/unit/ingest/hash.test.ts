import { describe, expect, it } from 'vitest';
import { createSha256, openSha256, openWasmSha256, sha256Hex } from '../../../src/lib/ingest/hash';

const encode = (s: string) => new TextEncoder().encode(s);

// FIPS 180-2 test vectors.
const VECTORS: [string, string][] = [
	['empty', ''],
	['abc', 'abc'],
	['two blocks', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq']
];
const EXPECTED: Record<string, string> = {
	empty: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
	abc: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
	'two blocks': '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
};

const OPENERS: [string, () => Promise<{ update(c: Uint8Array): void; hex(): string }>][] = [
	['openSha256 (Node: node:crypto)', openSha256],
	['openWasmSha256 (the browser: WebAssembly)', openWasmSha256]
];

describe.each(OPENERS)('%s hashes as the JavaScript SHA-256 and Web Crypto do', (_name, open) => {
	it.each(VECTORS)('%s: the published digest', async (name, text) => {
		const h = await open();
		h.update(encode(text));
		expect(h.hex()).toBe(EXPECTED[name]);
	});

	it('a file of 3 MB fed in uneven chunks: the same digest as whole, JavaScript and Web Crypto', async () => {
		const bytes = new Uint8Array(3 * 2 ** 20 + 17);
		for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + (i >>> 9)) & 255;
		const cuts = [0, 1, 63, 64, 65, 1000, 2 ** 20, 2 ** 20 + 5, 3 * 2 ** 20, bytes.length];
		const wasm = await open();
		const js = createSha256();
		for (let i = 1; i < cuts.length; i++) {
			wasm.update(bytes.subarray(cuts[i - 1], cuts[i]));
			js.update(bytes.subarray(cuts[i - 1], cuts[i]));
		}
		const whole = await sha256Hex(bytes);
		expect(wasm.hex()).toBe(whole);
		expect(js.hex()).toBe(whole);
	});

	it('two hashes open at once do not share state', async () => {
		const a = await open();
		const b = await open();
		a.update(encode('ab'));
		b.update(encode('a'));
		a.update(encode('c'));
		b.update(encode('bc'));
		expect(a.hex()).toBe(EXPECTED.abc);
		expect(b.hex()).toBe(EXPECTED.abc);
	});
});
