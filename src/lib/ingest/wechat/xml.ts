/**
 * The human-readable parts of WeChat's XML message bodies, read with small regexes (no DOM in workers
 * or Node). The XML itself always stays in the record's `raw`.
 */

const ENTITY = /&(?:lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

export function decodeEntities(s: string): string {
	if (s.indexOf('&') === -1) return s;
	return s.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined) => {
		if (dec !== undefined || hex !== undefined) {
			const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
		}
		return NAMED[m] ?? m;
	});
}

function unwrap(s: string): string {
	const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(s);
	return cdata ? cdata[1] : decodeEntities(s);
}

const tagCache = new Map<string, RegExp>();

/** Text of the first `<tag>…</tag>` (CDATA unwrapped, entities decoded), or '' when absent. */
export function xmlTag(xml: string, tag: string): string {
	let re = tagCache.get(tag);
	if (!re) {
		re = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`);
		tagCache.set(tag, re);
	}
	const m = re.exec(xml);
	return m ? unwrap(m[1]).trim() : '';
}

/** Value of `attr` on the first `<tag …>`, or ''. */
export function xmlAttr(xml: string, tag: string, attr: string): string {
	const open = new RegExp(`<${tag}\\s[^>]*?\\b${attr}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(xml);
	return open ? decodeEntities(open[2] ?? open[3] ?? '').trim() : '';
}

/** True when a body looks like XML rather than typed text. */
export function isXml(s: string): boolean {
	const t = s.trimStart();
	return (
		t.startsWith('<msg') ||
		t.startsWith('<?xml') ||
		t.startsWith('<sysmsg') ||
		t.startsWith('<revokemsg') ||
		t.startsWith('<voipmsg') ||
		t.startsWith('<appmsg')
	);
}

/** Tags stripped from a system notice, keeping their text (`<_wc_custom_link_ …>名字</_wc_custom_link_>`). */
export function stripTags(s: string): string {
	return decodeEntities(s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/<[^<>]{0,2000}>/g, '')).trim();
}

/**
 * Group messages read from the mobile and 4.x databases start with the sender's id and a newline
 * (`wxid_abc123:\n…`). Only ids that look like WeChat ids are taken: `wxid_…`, or a custom id of
 * 6–20 characters with a digit, `_` or `-` in it, so that a typed `Reminder:` line is left alone.
 */
const SENDER_PREFIX = /^(wxid_[A-Za-z0-9_-]{2,40}|[A-Za-z][A-Za-z0-9_-]{5,19}):\r?\n/;

export function splitSenderPrefix(content: string): { sender: string; body: string } | null {
	const m = SENDER_PREFIX.exec(content);
	if (!m) return null;
	if (!m[1].startsWith('wxid_') && !/[\d_-]/.test(m[1])) return null;
	return { sender: m[1], body: content.slice(m[0].length) };
}
