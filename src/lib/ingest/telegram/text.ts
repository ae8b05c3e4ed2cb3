/** Telegram's `text`: a plain string, or an array of strings and `{type, text, …}` entities. */

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripBidi(s: string): string {
	return s.replace(BIDI, '');
}

/** Entity texts joined; a `text_link` keeps its hidden URL after the label, so no link is lost. */
export function renderText(text: unknown, entities: unknown): string {
	const parts = Array.isArray(text) ? text : typeof text === 'string' ? null : Array.isArray(entities) ? entities : null;
	if (parts === null) return typeof text === 'string' ? text : '';
	const out: string[] = [];
	for (const p of parts) {
		if (typeof p === 'string') {
			out.push(p);
			continue;
		}
		if (p === null || typeof p !== 'object') continue;
		const e = p as Record<string, unknown>;
		const t = typeof e.text === 'string' ? e.text : '';
		out.push(t);
		if (e.type === 'text_link' && typeof e.href === 'string' && e.href !== '' && e.href !== t) out.push(` (${e.href})`);
	}
	return out.join('');
}
