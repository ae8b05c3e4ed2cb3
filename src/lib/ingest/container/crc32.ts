/** CRC-32 (IEEE 802.3, the zip checksum), updated piece by piece. */

const TABLE = (() => {
	const t = new Int32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c;
	}
	return t;
})();

export interface Crc32 {
	update(bytes: Uint8Array): void;
	/** The checksum so far, as an unsigned 32-bit number. */
	value(): number;
}

export function createCrc32(): Crc32 {
	let c = -1;
	return {
		update(bytes) {
			for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
		},
		value: () => (c ^ -1) >>> 0
	};
}

export function crc32(bytes: Uint8Array): number {
	const c = createCrc32();
	c.update(bytes);
	return c.value();
}
