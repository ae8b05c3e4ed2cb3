import type { ParsedFile, ParsedMessage, Platform, UnparsedLine } from '../../model/types';
import type { ThreadFile } from './thread';

/** A thread read from one or more files, each with the entry path that prefixes its JSON paths ('' for a single file). */
export interface ThreadParts {
	parts: { prefix: string; file: ThreadFile }[];
}

/**
 * Numbers the records of every thread in chronological order: threads in the order given, the parts of a thread
 * oldest first. `path` is `messages[i]` (the record's position in its file), prefixed by `<entry>#` for parts.
 */
export function assemble(platform: Platform, format: string, threads: ThreadParts[]): ParsedFile {
	const out: ParsedFile = { platform, format, conversations: [], messages: [], unparsed: [], notes: [] };
	const messages: ParsedMessage[] = out.messages;
	for (const thread of threads) {
		const conversation = out.conversations.length;
		const first = thread.parts[0]?.file;
		if (!first) continue;
		const names = new Set<string>();
		for (const { file } of thread.parts) for (const n of file.participants) names.add(n);
		const withTitle = thread.parts.find((p) => p.file.conversation.sourceId !== undefined)?.file ?? first;
		const info = { ...withTitle.conversation };
		if (names.size > 2) info.kind = 'group';
		out.conversations.push(info);
		for (const { prefix, file } of thread.parts) {
			const at = prefix === '' ? '' : `${prefix}#`;
			for (const r of file.records) {
				const m: ParsedMessage = {
					index: messages.length,
					conversation,
					path: `${at}messages[${r.element}]`,
					author: r.author,
					authorRaw: r.authorRaw,
					ts: r.ts,
					kind: r.kind,
					text: r.text,
					attachments: r.attachments,
					edited: false,
					line: r.line,
					lineEnd: r.lineEnd,
					raw: r.raw
				};
				messages.push(m);
			}
			for (const u of file.unparsed) {
				const entry: UnparsedLine = { ...u, path: prefix === '' ? u.path : u.path ? `${at}${u.path}` : prefix };
				out.unparsed.push(entry);
			}
			for (const n of file.notes) out.notes.push(prefix === '' ? n : `${prefix}: ${n}`);
		}
	}
	return out;
}
