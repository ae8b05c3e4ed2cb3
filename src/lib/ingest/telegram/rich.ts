/**
 * Text of a `rich_message` (Telegram's 2026 rich posts: an Instant-View-like tree of blocks — paragraphs, headings,
 * lists, tables, quotes, captions — over rich-text nodes). The tree's exact field names are not documented, so the
 * text is gathered by shape: strings under text-bearing keys, in document order, one line per block; a link's
 * hidden URL is kept after its label, as for entity text. Structure keys (ids, sizes, types) are never text.
 */

const TEXT_KEYS = new Set(['text', 'texts', 'title', 'subtitle', 'caption', 'credit', 'question', 'content', 'plain', 'value']);
const BLOCK_KEYS = new Set(['blocks', 'items', 'rows', 'cells', 'answers', 'children', 'parts', 'list']);
const LINK_KEYS = ['href', 'url'];
const MAX_DEPTH = 64;

export function richMessageText(value: unknown): string {
	const lines: string[] = [];
	let line = '';
	const flush = () => {
		const t = line.replace(/[ \t]+$/, '');
		if (t !== '') lines.push(t);
		line = '';
	};

	function walk(v: unknown, depth: number, asText: boolean): void {
		if (depth > MAX_DEPTH || v === null || v === undefined) return;
		if (typeof v === 'string') {
			if (asText) line += v;
			return;
		}
		if (Array.isArray(v)) {
			for (const item of v) walk(item, depth + 1, asText);
			return;
		}
		if (typeof v !== 'object') return;
		const o = v as Record<string, unknown>;
		let wrote = false;
		for (const [key, child] of Object.entries(o)) {
			if (TEXT_KEYS.has(key)) {
				const before = line.length;
				walk(child, depth + 1, true);
				wrote ||= line.length > before;
			} else if (BLOCK_KEYS.has(key) && typeof child === 'object' && child !== null) {
				flush();
				for (const block of Array.isArray(child) ? child : [child]) {
					walk(block, depth + 1, false);
					flush();
				}
			}
		}
		if (wrote) {
			const link = LINK_KEYS.map((k) => o[k]).find((u): u is string => typeof u === 'string' && u !== '' && !line.endsWith(u));
			if (link) line += ` (${link})`;
		}
	}

	for (const block of Array.isArray(value) ? value : [value]) {
		walk(block, 0, typeof block === 'string');
		flush();
	}
	return lines.join('\n');
}
