// RSMF export read back by a reader written for the tests: MIME, base64, zip and manifest, checked against RSMF
// 2.0.0's required fields and cross-references, the thread links and the attachment files of the source.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { messageSources, participantsOf, type MessageSourceRow } from '$lib/db/queries/exports';
import { buildRsmf, packRsmf, type RsmfFile } from '$lib/export/rsmf';
import { Pseudonyms } from '$lib/redact/pseudonyms';
import { CLEAR, maskingRedactor } from '$lib/redact/redactor';
import { customValue, manifestProblems, readRsmf } from '../../helpers/rsmf-reader';
import { CARD, EMAIL, files, PHONE_AUTHOR, threads, threadsSource } from './rsmf-fixture';
import { unzipSync } from 'fflate';

let db: Connector;
let rows: MessageSourceRow[];
let participants: Map<number, Awaited<ReturnType<typeof participantsOf>>[number]>;
const NOW = new Date(Date.UTC(2024, 3, 1, 12, 0, 0));

async function build(hours: 24 | 12 | 8, redacted = false): Promise<RsmfFile[]> {
	const redactor = redacted ? maskingRedactor(new Pseudonyms([PHONE_AUTHOR])) : CLEAR;
	return buildRsmf(rows, { hours, participants, redactor, attachments: async (name) => files.get(name) ?? null, now: NOW });
}

beforeAll(async () => {
	db = await createNodeDb();
	await importParsedFile(db, threads, threadsSource, { timeZone: 'UTC' });
	rows = await messageSources(db, {});
	const ids = [...new Set(rows.flatMap((r) => (r.participant_id === null ? [] : [r.participant_id])))];
	participants = new Map((await participantsOf(db, ids)).map((p) => [p.id, p]));
});

describe('RSMF 2.0 export, 24-hour slices', () => {
	let out: RsmfFile[];
	beforeAll(async () => {
		out = await build(24);
	});

	it('writes one file per conversation-day with the days the messages fall on', () => {
		expect(out.map((f) => [f.name, f.start, f.end, f.events])).toEqual([
			['Harbor ops 2024-03-11.rsmf', '2024-03-11T00:00:00Z', '2024-03-12T00:00:00Z', 6],
			['Harbor ops 2024-03-12.rsmf', '2024-03-12T00:00:00Z', '2024-03-13T00:00:00Z', 2],
			['Harbor ops 2024-03-14.rsmf', '2024-03-14T00:00:00Z', '2024-03-15T00:00:00Z', 1],
			['Harbor ops 2024-03-15.rsmf', '2024-03-15T00:00:00Z', '2024-03-16T00:00:00Z', 1]
		]);
		expect(out.reduce((n, f) => n + f.events, 0)).toBe(threads.messages.length);
	});

	it('each file parses back: X-RSMF headers, one base64 rsmf.zip, a manifest with no schema or reference problem', () => {
		for (const f of out) {
			const read = readRsmf(f.bytes);
			expect(manifestProblems(read.manifest, read.zip)).toEqual([]);
			expect(read.headers.get('x-rsmf-version')).toBe('2.0.0');
			expect(read.headers.get('x-rsmf-generator')).toBe('Parley 0.1.0');
			expect(read.headers.get('x-rsmf-application')).toBe('Telegram');
			expect(read.headers.get('x-rsmf-eventcount')).toBe(String(f.events));
			expect(read.headers.get('x-rsmf-eventcollectionid')).toBe(read.manifest.eventcollectionid);
			expect(read.headers.get('x-parley-redacted')).toBe('false');
			expect(read.headers.get('date')).toBe('Mon, 01 Apr 2024 12:00:00 +0000');
			expect(read.headers.get('from')).toMatch(/<[^@\s]+@[^>\s]+>$/);
			expect(read.manifest.conversations).toHaveLength(1);
			expect(read.manifest.conversations[0]).toMatchObject({ display: 'Harbor ops', platform: 'telegram', type: 'channel' });
			const times = read.manifest.events.map((e) => e.timestamp!).sort();
			expect(read.headers.get('x-rsmf-begindate')).toBe(times[0]);
			expect(read.headers.get('x-rsmf-enddate')).toBe(times.at(-1));
		}
		const first = readRsmf(out[0].bytes);
		expect(first.headers.get('x-rsmf-participants')).toBe(`Ana Silva, ${PHONE_AUTHOR}, Bo Li`);
		expect(first.headers.get('x-rsmf-attachmentcount')).toBe('2');
		// The slices of one conversation share the collection id that keeps them together.
		expect(new Set(out.map((f) => readRsmf(f.bytes).manifest.eventcollectionid)).size).toBe(1);
	});

	it('thread links: a reply whose message is in the same file has it as parent, one in another file names it in custom', () => {
		const bySource = new Map(threads.messages.map((m) => [m.sourceId!, m]));
		const byRowId = new Map(rows.map((r) => [r.message_id, r]));
		const links: [string, string | undefined, string | undefined][] = [];
		for (const f of out) {
			const { manifest } = readRsmf(f.bytes);
			for (const e of manifest.events) {
				const row = byRowId.get(Number(e.id!.slice(1)))!;
				const source = threads.messages[rows.indexOf(row)];
				const replied = source.replyTo ? bySource.get(source.replyTo) : undefined;
				const target = replied ? rows[threads.messages.indexOf(replied)] : undefined;
				expect(row.reply_to).toBe(target?.message_id ?? null);
				links.push([source.sourceId!, e.parent, customValue(e, 'Reply to (in another file)')]);
				if (target) expect(e.parent ?? customValue(e, 'Reply to (in another file)')).toBe(`M${target.message_id}`);
			}
		}
		const M = (sourceId: string) => `M${rows[threads.messages.findIndex((m) => m.sourceId === sourceId)].message_id}`;
		expect(links).toEqual([
			['100', undefined, undefined],
			['101', undefined, undefined],
			['102', M('101'), undefined],
			['103', M('102'), undefined],
			['104', undefined, undefined],
			['105', undefined, undefined],
			['106', undefined, M('104')],
			['107', undefined, undefined],
			['108', undefined, M('106')],
			['109', undefined, M('108')]
		]);
	});

	it('attachment files are in rsmf.zip byte for byte; a file the archive lacks is named, not invented', () => {
		const { manifest, zip } = readRsmf(out[0].bytes);
		const withFiles = manifest.events.filter((e) => e.attachments);
		expect(withFiles.map((e) => e.attachments!.map((a) => a.display))).toEqual([['photos/seal.jpg'], ['files/invoice 3.pdf']]);
		for (const e of withFiles) for (const a of e.attachments!) expect(zip[a.id]).toEqual(files.get(a.display!));
		expect(Object.keys(zip).sort()).toEqual(['rsmf_manifest.json', ...withFiles.flatMap((e) => e.attachments!.map((a) => a.id))].sort());
		expect(customValue(withFiles[1], 'Attachments not in the archive')).toBe('files/missing.pdf');
	});

	it('events carry the source: message text, author, deleted flag, file, JSON path, local time and zone, archive SHA-256', () => {
		const { manifest } = readRsmf(out[0].bytes);
		const pay = manifest.events.find((e) => e.body?.includes('deposit'))!;
		expect(pay).toMatchObject({ type: 'message', body: `Pay with ${CARD} for the deposit`, timestamp: '2024-03-11T13:40:00Z', deleted: false });
		expect(manifest.participants.find((p) => p.id === pay.participant)?.display).toBe('Ana Silva');
		expect(customValue(pay, 'Source file')).toBe('DataExport_2024-03-15/result.json');
		expect(customValue(pay, 'Source path')).toBe('messages[4]');
		expect(customValue(pay, 'Local time as written')).toBe('2024-03-11T13:40:00');
		expect(customValue(pay, 'Time zone assumed')).toBe('UTC');
		expect(customValue(pay, 'Archive SHA-256')).toBe('bc'.repeat(32));
		expect(manifest.events[0]).toMatchObject({ type: 'unknown', body: 'Ana Silva created the group' });
		expect(manifest.events[0].participant).toBeUndefined();
		const deleted = readRsmf(out[1].bytes).manifest.events.find((e) => customValue(e, 'Kind') === 'deleted')!;
		expect(deleted.deleted).toBe(true);
		const late = readRsmf(out[2].bytes).manifest.events[0];
		expect(late.body).toBe('late: 你好 — "quotes", commas');
		expect(customValue(late, 'Edited')).toBe('true');
	});

	it('packs several files into one zip with an index of their SHA-256', async () => {
		const pack = packRsmf(out, false);
		expect(pack.name).toBe('parley-rsmf.zip');
		const entries = unzipSync(pack.bytes);
		const index = new TextDecoder()
			.decode(entries['rsmf-index.csv'])
			.replace(/^\ufeff/, '')
			.split('\r\n');
		expect(index[0]).toBe('file,conversation_id,window_start_utc,window_end_utc,events,attachments,sha256,redacted');
		for (const [i, f] of out.entries()) {
			expect(entries[f.name]).toEqual(f.bytes);
			const digest = Buffer.from(await crypto.subtle.digest('SHA-256', f.bytes as Uint8Array<ArrayBuffer>)).toString('hex');
			expect(index[i + 1].split(',')).toContain(digest);
		}
		expect(packRsmf(out.slice(0, 1), false)).toMatchObject({ name: 'Harbor ops 2024-03-11.rsmf', type: 'message/rfc822' });
	});
});

describe('busy conversations: 12 and 8 hours', () => {
	it.each([
		[12, ['2024-03-11T00:00:00Z', '2024-03-11T12:00:00Z', '2024-03-12T00:00:00Z', '2024-03-14T12:00:00Z', '2024-03-15T00:00:00Z'], [4, 2, 2, 1, 1]],
		[8, ['2024-03-11T08:00:00Z', '2024-03-11T16:00:00Z', '2024-03-12T08:00:00Z', '2024-03-14T16:00:00Z', '2024-03-15T00:00:00Z'], [5, 1, 2, 1, 1]]
	] as const)('%i-hour windows', async (hours, starts, events) => {
		const out = await build(hours);
		expect(out.map((f) => f.start)).toEqual(starts);
		expect(out.map((f) => f.events)).toEqual(events);
		expect(out[0].name).toBe(`Harbor ops ${starts[0].slice(0, 10)} ${starts[0].slice(11, 13)}h.rsmf`);
		for (const f of out) expect(manifestProblems(readRsmf(f.bytes).manifest, readRsmf(f.bytes).zip)).toEqual([]);
	});
});

describe('a redacted RSMF export', () => {
	it('hides the phone-number author, the e-mail and the card everywhere in the file, withholds attachment files, and says so', async () => {
		const out = await build(24, true);
		for (const f of out) {
			const read = readRsmf(f.bytes);
			expect(manifestProblems(read.manifest, read.zip)).toEqual([]);
			const everything = [
				...read.headers.values(),
				...read.parts.map((p) => p.body),
				JSON.stringify(read.manifest),
				new TextDecoder().decode(Uint8Array.from(atob(read.parts[0].body.replace(/\r\n/g, '')), (c) => c.charCodeAt(0)))
			].join('\n');
			for (const secret of [PHONE_AUTHOR, '555', EMAIL, CARD, '4539']) expect(everything).not.toContain(secret);
			expect(read.headers.get('x-parley-redacted')).toBe('true');
			expect(Object.keys(read.zip)).toEqual(['rsmf_manifest.json']);
		}
		const first = readRsmf(out[0].bytes);
		expect(first.headers.get('x-rsmf-participants')).toBe('Ana Silva, [pii.phone #1], Bo Li');
		expect(first.manifest.events.find((e) => e.body?.includes('deposit'))!.body).toBe('Pay with [pii.credit_card] for the deposit');
		expect(
			customValue(
				first.manifest.events.find((e) => e.body === 'Photo of the seal')!,
				'Attachments withheld (redacted export)'
			)
		).toBe('photos/seal.jpg');
	});
});
