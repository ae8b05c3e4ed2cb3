import type { ParsedFile } from '../../model/types';
import type { ContainerParser, FormatParser, SourceEntry } from '../format';
import { scanJsonArrayFile } from './day';
import { Directory } from './directory';
import { guarded } from './guard';
import { skipWs } from '../json/scan';
import { slackMessage } from './message';
import { DAY_FILE, exportRoot, normalizePath, parseSlackWorkspace } from './workspace';

export { SUBTYPE_KIND } from './message';
export { slackText } from './mrkdwn';
export { parseSlackWorkspace } from './workspace';

const MESSAGE_TYPE = /"type"\s*:\s*"message"/;
const SLACK_TS = /"ts"\s*:\s*"\d{9,11}\.\d{1,6}"/;

/** A JSON array whose first records look like Slack messages (`"type": "message"` with a string epoch `ts`). */
export function looksLikeSlackDay(sample: string): boolean {
	if (typeof sample !== 'string') return false;
	const head = sample.length > 65536 ? sample.slice(0, 65536) : sample;
	const i = skipWs(head, 0);
	if (head.charCodeAt(i) !== 91) return false;
	const j = skipWs(head, i + 1);
	if (head.charCodeAt(j) !== 123) return false;
	return MESSAGE_TYPE.test(head) && SLACK_TS.test(head);
}

export const slackDayJson: FormatParser = {
	id: 'slack-day-json',
	platform: 'slack',
	label: 'Slack export day file (<channel>/YYYY-MM-DD.json)',
	sniff: (sample) => {
		try {
			return looksLikeSlackDay(sample);
		} catch {
			return false;
		}
	},
	parse: guarded('slack', 'slack-day-json', (e: SourceEntry) => String(e?.path ?? ''), parseSlackDay)
};

/** One day file alone: the channel is the folder it sits in, when the path has one. */
export function parseSlackDay(entry: SourceEntry): ParsedFile {
	const path = normalizePath(typeof entry?.path === 'string' ? entry.path : '');
	const folder = /([^/]+)\/[^/]+$/.exec(path)?.[1];
	const title = folder ?? path.replace(/^.*\//, '').replace(/\.json$/i, '');
	const scan = scanJsonArrayFile(typeof entry?.text === 'string' ? entry.text : '', path);
	const dir = new Directory();
	dir.addFromMessages(scan.items);
	const file: ParsedFile = {
		platform: 'slack',
		format: 'slack-day-json',
		conversations: [{ title, kind: 'channel' }],
		messages: [],
		unparsed: scan.unparsed,
		notes: ['a single day file: user names come only from the user_profile copies inside messages']
	};
	for (const item of scan.items) {
		const at = `${path}[${item.index}]`;
		const m = slackMessage(item.value, dir, { index: file.messages.length, conversation: 0, path: at, line: item.line, lineEnd: item.lineEnd });
		if (typeof m === 'string') file.unparsed.push({ line: item.line, path: at, text: JSON.stringify(item.value)?.slice(0, 200) ?? '', reason: m });
		else file.messages.push(m);
	}
	return file;
}

/** users.json or channels.json next to at least one `<folder>/YYYY-MM-DD.json` holding a JSON array. */
export function looksLikeSlackWorkspace(entries: readonly { path: string; sample: string }[]): boolean {
	try {
		if (!Array.isArray(entries)) return false;
		const paths = entries.map((e) => normalizePath(String(e?.path ?? '')));
		const root = exportRoot(paths);
		if (root === null) return false;
		return entries.some((e, k) => {
			const p = paths[k];
			if (!p.startsWith(root)) return false;
			const m = DAY_FILE.exec(p.slice(root.length));
			if (!m || m[1] !== undefined) return false;
			const s = typeof e.sample === 'string' ? e.sample : '';
			return s.charCodeAt(skipWs(s, 0)) === 91;
		});
	} catch {
		return false;
	}
}

export const slackWorkspace: ContainerParser = {
	id: 'slack-zip',
	platform: 'slack',
	label: 'Slack workspace export (zip with users.json, channels.json and <channel>/YYYY-MM-DD.json)',
	sniff: looksLikeSlackWorkspace,
	parse: guarded('slack', 'slack-zip', () => '', parseSlackWorkspace)
};
