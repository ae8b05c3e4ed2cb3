/** Conversation title from an export's file name, e.g. `WhatsApp Chat with Ana Silva.txt` → `Ana Silva`. */

const PREFIXES = [
	'WhatsApp Chat with ',
	'WhatsApp Chat - ',
	'WhatsApp Chat mit ',
	'WhatsApp-Chat mit ',
	'Chat de WhatsApp con ',
	'Conversa do WhatsApp com ',
	'Conversa no WhatsApp com ',
	'Discussion WhatsApp avec ',
	'Чат WhatsApp с ',
	'Chat WhatsApp con '
];

const ZH = /^与(.+)的\s?WhatsApp\s?聊天$/;

function stripExtension(name: string): string {
	return name.replace(/\.(txt|zip)$/i, '');
}

function fromBaseName(base: string): string | null {
	for (const p of PREFIXES) {
		if (base.startsWith(p)) return base.slice(p.length).trim() || null;
		const underscored = p.replace(/ /g, '_');
		if (base.startsWith(underscored)) return base.slice(underscored.length).replace(/_/g, ' ').trim() || null;
	}
	const zh = ZH.exec(base);
	return zh ? zh[1].trim() : null;
}

/**
 * Accepts a bare name or a path (`WhatsApp Chat - Ops Team/_chat.txt`, `WhatsApp Chat - Ops Team.zip/_chat.txt`);
 * an iOS `_chat.txt` takes its title from the folder or zip it came in.
 */
export function titleFromFileName(fileName: string): string {
	const parts = fileName.split(/[\\/]/).filter((p) => p.length > 0);
	const base = stripExtension(parts[parts.length - 1] ?? '');
	if (base === '_chat' && parts.length > 1) {
		const parent = stripExtension(parts[parts.length - 2]);
		return fromBaseName(parent) ?? parent;
	}
	return fromBaseName(base) ?? base;
}
