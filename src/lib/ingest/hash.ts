/** SHA-256 of a source file as lowercase hex; Web Crypto exists in browsers, workers and Node 20. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	let hex = '';
	for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, '0');
	return hex;
}
