/**
 * Character references in exported HTML → characters. Numeric references of any code point, and the named ones
 * exporters write (tdesktop: &amp; &lt; &gt; &quot; &apos; &laquo; &raquo;; reformatting tools: &nbsp; and the
 * common Latin-1 and typographic names). An unknown or malformed reference is kept as written.
 */
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	laquo: '«',
	raquo: '»',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	sbquo: '‚',
	bdquo: '„',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	bull: '•',
	middot: '·',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	plusmn: '±',
	times: '×',
	divide: '÷',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	sect: '§',
	para: '¶',
	iexcl: '¡',
	iquest: '¿',
	shy: '\u00ad',
	zwj: '\u200d',
	zwnj: '\u200c',
	lrm: '\u200e',
	rlm: '\u200f',
	ensp: '\u2002',
	emsp: '\u2003',
	thinsp: '\u2009'
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

export function decodeEntities(s: string): string {
	if (s.indexOf('&') < 0) return s;
	return s.replace(REFERENCE, (m: string, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
		if (name !== undefined) {
			const ch = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
			if (ch === undefined) return m;
			return m.endsWith(';') || LEGACY.has(name) ? ch : m;
		}
		const code = parseInt(hex ?? dec ?? '', hex !== undefined ? 16 : 10);
		if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
		return code === 0 ? '\ufffd' : String.fromCodePoint(code);
	});
}

// The few names HTML also reads without their semicolon.
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
