import { baseName, mimeOf } from './media';
import type { EntryResult } from './parse-entries';
import type { SourceAttachment, SourceProblem } from './types';
import type { ZipMember } from './zip';

/**
 * Links the file names messages reference to the zip's media members: by path relative to the entry's folder,
 * by path from the zip's root, then by base name. A reference with no member is one problem naming the message's line.
 * Text members can be attachments too (a `.txt` or `.vcard` sent in a chat): those a message names are linked and
 * returned with the media.
 */
export function linkAttachments(
	file: string,
	parsed: readonly EntryResult[],
	candidates: readonly ZipMember[],
	// A zip exported without media names files it lacks by design: each missing one is news only when it has media.
	reportMissing = candidates.length > 0,
	// Members that are attachments only when a message names them (files an export keeps among its own).
	linkOnly: readonly ZipMember[] = []
): { attachments: SourceAttachment[]; problems: SourceProblem[] } {
	const media = [...candidates, ...linkOnly];
	const byPath = new Map<string, number>();
	const byBase = new Map<string, number[]>();
	media.forEach((m, i) => {
		byPath.set(m.path, i);
		const base = baseName(m.path);
		byBase.set(base, [...(byBase.get(base) ?? []), i]);
	});
	const linked = new Map<number, { entry: string; name: string }>();
	const problems: SourceProblem[] = [];

	for (const { entry, file: pf } of parsed) {
		const folder = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '';
		const missing = new Set<string>();
		for (const m of pf.messages) {
			for (const ref of m.attachments) {
				if (typeof ref !== 'string' || ref === '' || /^[a-z]+:\/\//i.test(ref)) continue;
				const at = resolve(ref, folder, byPath, byBase);
				if (at !== undefined) {
					if (!linked.has(at)) linked.set(at, { entry, name: ref });
				} else if (reportMissing && !missing.has(ref)) {
					missing.add(ref);
					const where = m.line > 0 ? `the message at line ${m.line}` : `message ${m.path ?? m.index}`;
					problems.push({
						file,
						path: entry,
						line: m.line > 0 ? m.line : null,
						message: `attachment ${JSON.stringify(ref)} referenced by ${where} is not in the zip`
					});
				}
			}
		}
	}

	const attachments: SourceAttachment[] = [];
	media.forEach((m, i) => {
		const link = linked.get(i);
		if (i >= candidates.length && !link) return;
		attachments.push({ path: m.path, name: link?.name ?? baseName(m.path), mime: mimeOf(m.path), bytes: m.bytes, entry: link?.entry ?? null });
	});
	return { attachments, problems };
}

function resolve(ref: string, folder: string, byPath: Map<string, number>, byBase: Map<string, number[]>): number | undefined {
	const clean = normalize(ref);
	const hit = byPath.get(normalize(folder + clean)) ?? byPath.get(clean);
	if (hit !== undefined) return hit;
	const same = byBase.get(baseName(clean));
	return same && same.length === 1 ? same[0] : undefined;
}

function normalize(path: string): string {
	const out: string[] = [];
	for (const part of path.replace(/\\/g, '/').split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..') out.pop();
		else out.push(part);
	}
	return out.join('/');
}
