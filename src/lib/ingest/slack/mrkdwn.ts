/** Slack mrkdwn markup (`<@U…>`, `<#C…|name>`, `<https://x|label>`, `<!here>`, `&amp;`) as readable text. */

export interface NameLookup {
	user(id: string): string | undefined;
	channel(id: string): string | undefined;
}

const TOKEN = /<([^<>]*)>|&(amp|lt|gt);/g;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>' };

function decodeEntities(s: string): string {
	return s.indexOf('&') < 0 ? s : s.replace(/&(amp|lt|gt);/g, (_m, e: string) => ENTITY[e]);
}

/** `<@U1|ana>` → `@Ana Silva` (users.json first, then the label), `<https://x|see>` → `see (https://x)`. */
export function slackText(text: string, names: NameLookup): string {
	if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return text;
	return text.replace(TOKEN, (_m, inner: string | undefined, entity: string | undefined) =>
		inner === undefined ? ENTITY[entity as string] : token(inner, names)
	);
}

function token(inner: string, names: NameLookup): string {
	const bar = inner.indexOf('|');
	const target = bar < 0 ? inner : inner.slice(0, bar);
	const label = bar < 0 ? '' : decodeEntities(inner.slice(bar + 1));
	const sigil = target.charAt(0);
	if (sigil === '@') {
		const id = target.slice(1);
		return '@' + (names.user(id) ?? (label.replace(/^@/, '') || id));
	}
	if (sigil === '#') {
		const id = target.slice(1);
		return '#' + (label || names.channel(id) || id);
	}
	if (sigil === '!') {
		const word = target.slice(1);
		if (word === 'here' || word === 'channel' || word === 'everyone') return '@' + word;
		if (label) return label;
		const caret = word.indexOf('^');
		return '@' + (caret < 0 ? word : word.slice(0, caret));
	}
	const url = decodeEntities(target);
	if (!label) return url.startsWith('mailto:') ? url.slice(7) : url;
	if (label === url || 'mailto:' + label === url || url.replace(/^[a-z]+:\/\//i, '') === label) return label;
	return `${label} (${url})`;
}
