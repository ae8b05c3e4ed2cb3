import type { ConversationInfo, ConversationKind, ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import type { SourceEntry } from '../format';
import { scanJsonArrayFile } from './day';
import { Directory } from './directory';
import type { ScannedItem } from '../json/records';
import { slackMessage } from './message';

export const DAY_FILE = /^(?:(.*)\/)?([^/]+)\/(\d{4}-\d{2}-\d{2})\.json$/;
const META_FILES = ['users.json', 'org_users.json', 'channels.json', 'groups.json', 'mpims.json', 'dms.json'];

export function normalizePath(p: string): string {
	return p
		.replace(/\\/g, '/')
		.replace(/^(\.\/)+/, '')
		.replace(/^\/+/, '');
}

function baseName(p: string): string {
	return p.slice(p.lastIndexOf('/') + 1);
}

function dirOf(p: string): string {
	const i = p.lastIndexOf('/');
	return i < 0 ? '' : p.slice(0, i + 1);
}

/** The folder holding users.json / channels.json (the export may sit inside one top folder of the zip). */
export function exportRoot(paths: readonly string[]): string | null {
	let best: string | null = null;
	for (const p of paths) {
		if (!META_FILES.includes(baseName(p))) continue;
		const d = dirOf(p);
		if (best === null || d.length < best.length) best = d;
	}
	return best;
}

interface ConversationMeta {
	info: ConversationInfo;
	order: number;
}

type Rec = Record<string, unknown>;

function records(list: ScannedItem[]): Rec[] {
	return list.map((i) => i.value).filter((v): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v));
}

function memberTitle(members: unknown, dir: Directory): string {
	if (!Array.isArray(members)) return '';
	return members
		.filter((m): m is string => typeof m === 'string')
		.map((m) => dir.user(m) ?? m)
		.join(', ');
}

/** Parses a Slack workspace export given as its zip members (or a dropped folder). */
export function parseSlackWorkspace(input: readonly SourceEntry[]): ParsedFile {
	const unparsed: UnparsedLine[] = [];
	const notes: string[] = [];
	const entries = (Array.isArray(input) ? input : [])
		.filter((e) => e && typeof e.path === 'string')
		.map((e) => ({
			path: normalizePath(e.path),
			text: typeof e.text === 'string' ? e.text : ''
		}));
	const root = exportRoot(entries.map((e) => e.path)) ?? '';
	const meta = new Map<string, ScannedItem[]>();
	const days = new Map<string, { date: string; path: string; text: string }[]>();
	for (const e of entries) {
		if (!e.path.startsWith(root)) continue;
		const rel = e.path.slice(root.length);
		if (META_FILES.includes(rel)) {
			const scan = scanJsonArrayFile(e.text, e.path, `entries (${rel})`);
			unparsed.push(...scan.unparsed);
			meta.set(rel, scan.items);
			continue;
		}
		const m = DAY_FILE.exec(rel);
		if (!m || m[1] !== undefined) continue;
		let list = days.get(m[2]);
		if (!list) days.set(m[2], (list = []));
		list.push({ date: m[3], path: e.path, text: e.text });
	}

	const dir = new Directory();
	for (const file of ['users.json', 'org_users.json']) for (const u of records(meta.get(file) ?? [])) dir.addUser(u.id, u);

	// Folders are named after channels, private channels and group DMs, and after the id for DMs.
	const byFolder = new Map<string, ConversationMeta>();
	const kinds: [string, ConversationKind][] = [
		['channels.json', 'channel'],
		['groups.json', 'channel'],
		['mpims.json', 'group'],
		['dms.json', 'direct']
	];
	let order = 0;
	for (const [file, kind] of kinds) {
		for (const c of records(meta.get(file) ?? [])) {
			const id = typeof c.id === 'string' ? c.id : undefined;
			const name = typeof c.name === 'string' ? c.name : undefined;
			dir.addChannel(id, name);
			const title = kind === 'channel' ? (name ?? id ?? '') : memberTitle(c.members, dir) || name || id || '';
			const info: ConversationInfo = id ? { title, kind, sourceId: id } : { title, kind };
			const cm = { info, order: order++ };
			if (name !== undefined && !byFolder.has(name)) byFolder.set(name, cm);
			if (id !== undefined && !byFolder.has(id)) byFolder.set(id, cm);
		}
	}

	const folders = [...days.keys()].sort((a, b) => {
		const oa = byFolder.get(a)?.order ?? Infinity;
		const ob = byFolder.get(b)?.order ?? Infinity;
		return oa !== ob ? oa - ob : a < b ? -1 : a > b ? 1 : 0;
	});
	const unknown = folders.filter((f) => !byFolder.has(f));
	if (unknown.length > 0) notes.push(`folders not listed in channels/groups/mpims/dms.json, read as channels: ${unknown.join(', ')}`);
	if (meta.size === 0) notes.push('no users.json or channels.json: names come from the messages themselves');

	const scanned = folders.map((folder) =>
		days
			.get(folder)!
			.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
			.map((d) => {
				const scan = scanJsonArrayFile(d.text, d.path);
				unparsed.push(...scan.unparsed);
				dir.addFromMessages(scan.items);
				return { path: d.path, items: scan.items };
			})
	);

	const conversations: ConversationInfo[] = folders.map((f) => byFolder.get(f)?.info ?? { title: f, kind: 'channel' });
	const messages: ParsedMessage[] = [];
	scanned.forEach((dayList, conversation) => {
		for (const day of dayList) {
			for (const item of day.items) {
				const path = `${day.path}[${item.index}]`;
				const m = slackMessage(item.value, dir, { index: messages.length, conversation, path, line: item.line, lineEnd: item.lineEnd });
				if (typeof m === 'string') unparsed.push({ line: item.line, path, text: JSON.stringify(item.value)?.slice(0, 200) ?? '', reason: m });
				else messages.push(m);
			}
		}
	});
	if (days.size === 0) notes.push('no day files (<channel>/YYYY-MM-DD.json) found in the export');
	return { platform: 'slack', format: 'slack-zip', conversations, messages, unparsed, notes };
}
