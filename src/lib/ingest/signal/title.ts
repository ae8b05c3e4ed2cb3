/** signal-export writes `<Chat name>/data.json`: the folder names the chat; any other file name is its own title. */
export function titleFromPath(path: string): string {
	const parts = (typeof path === 'string' ? path : '').split(/[\\/]/).filter((p) => p !== '');
	const file = parts.pop() ?? '';
	if (/^data\.jsonl?$/i.test(file)) return parts.pop() ?? 'Signal chat';
	const stem = file.replace(/\.(?:jsonl?|ndjson)$/i, '');
	return stem === '' ? 'Signal chat' : stem;
}
