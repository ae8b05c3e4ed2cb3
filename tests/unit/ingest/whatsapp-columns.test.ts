// The WhatsApp parser's two outputs: records as objects and records as columns (RecordColumns, the pipeline's path)
// hold the same records, and Arrow batches built from the columns' spans are the ones built from the objects.
import { readdirSync, readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { createLineSplitter } from '../../../src/lib/ingest/lines';
import type { RecordColumns } from '../../../src/lib/ingest/whatsapp/columns';
import { createWhatsAppColumnStream, createWhatsAppLineStream } from '../../../src/lib/ingest/whatsapp/line-stream';
import { columnRows, MessageBatcher } from '../../../src/lib/db/arrow';
import type { ParsedMessage } from '../../../src/lib/model/types';

const FIXTURES = readdirSync('tests/fixtures/whatsapp')
	.filter((f) => f.endsWith('.txt'))
	.map((f): [string, string] => [f, readFileSync(`tests/fixtures/whatsapp/${f}`, 'utf8')]);

const LRM = '\u200e';
/** Inline exports named by what they hold. */
const CASES: [string, string][] = [
	[
		'ios group whose old name stands only on generated lines (held, then made system at the end)',
		[
			`[01/02/2024, 10:00:00] Old Name: ${LRM}Messages and calls are end-to-end encrypted.`,
			`[01/02/2024, 10:00:05] Old Name: ${LRM}a line the group itself wrote`,
			'[01/02/2024, 10:01:00] Ana: hello',
			`[01/02/2024, 10:02:00] Old Name: ${LRM}another generated line`,
			'[01/02/2024, 10:03:00] Bo: hi'
		].join('\n')
	],
	[
		'edited, bidi-marked and multi-line bodies with blank lines between records',
		[
			'01/02/2024, 10:00 - Ana: first line',
			'second line',
			'',
			'',
			'01/02/2024, 10:01 - Bo: changed <This message was edited>',
			`01/02/2024, 10:02 - Bo: ${LRM}marked${LRM} text`,
			'01/02/2024, 10:03 - Ana: links: see http://a.example and www.b.example',
			'01/02/2024, 10:04 - Ana: no link: https:// nothing, www.',
			'01/02/2024, 10:05 - Ana: ends with a link http://',
			'x://y on the next line',
			'01/02/2024, 10:06 - Ana: 😀 emoji 😀'
		].join('\r\n')
	],
	[
		'unparsed lines before the first record and a rejected header',
		['garbage', '31/02/2024, 10:00 - Ana: no such date', '01/02/2024, 10:00 - Ana: ok'].join('\n')
	]
];

const INPUTS = [...FIXTURES, ...CASES];

/** The text's lines in pieces of `size` characters, each with its offsets (as the streaming reader gives them). */
function feed(text: string, size: number, push: (lines: string[], offsets?: { source: string; starts: number[] }) => void, withOffsets = true): void {
	const splitter = createLineSplitter();
	let before = 0;
	for (let pos = 0; pos < text.length; pos += size) {
		const piece = text.slice(pos, pos + size);
		const starts: number[] = [];
		const lines = splitter.push(piece, starts);
		for (let i = 0; i < starts.length; i++) starts[i] -= before;
		before += piece.length;
		push(lines, withOffsets ? { source: piece, starts } : undefined);
	}
	push(splitter.end());
}

function both(name: string, text: string, size: number, withOffsets: boolean) {
	const objects: ParsedMessage[] = [];
	const columns: RecordColumns[] = [];
	const o = createWhatsAppLineStream(name, { emit: (b) => objects.push(...b) });
	const c = createWhatsAppColumnStream(name, {}, (b) => columns.push(b));
	feed(text, size, (lines, offsets) => (o.push(lines, offsets), c.push(lines, offsets)), withOffsets);
	return { objects, columns, objectFile: o.end(), columnFile: c.end() };
}

describe.each(INPUTS)('%s', (name, text) => {
	it.each([
		['in one piece', 1 << 30, true],
		['in 4093-character pieces', 4093, true],
		['in 7-character pieces', 7, true],
		['in 4093-character pieces without offsets', 4093, false]
	])('%s: the column batches hold the object records, the file is the same', (_label, size, withOffsets) => {
		const { objects, columns, objectFile, columnFile } = both(name, text, size as number, withOffsets as boolean);
		// Read after end(), as the pipeline reads rows not sent yet.
		expect(columns.flatMap((b) => b.messages())).toEqual(objects);
		expect(columnFile).toEqual(objectFile);
		expect(objects.length).toBeGreaterThan(0);
		if (name.startsWith('ios group')) expect(objects.filter((m) => m.kind === 'system' && m.authorRaw === 'Old Name')).toHaveLength(3);
	});

	it('builds the same Arrow rows (messages, attachments, risk scan and search columns) from columns as from objects', () => {
		const { objects, columns } = both(name, text, 4093, true);
		const ids = { archiveId: 1, firstConversationId: 1, firstMessageId: 1, timeZone: 'Europe/Berlin' };
		const fromObjects = new MessageBatcher({ ...ids, participantIds: new Map([['Ana', 7]]) }).next(objects, { sides: true });
		const fromColumns = new MessageBatcher({ ...ids, participantIds: new Map([['Ana', 7]]) });
		const built = columns.map((b) => fromColumns.next(columnRows(b), { sides: true }));
		const rows = (ipc: Uint8Array | null) =>
			ipc === null
				? []
				: tableFromIPC(ipc)
						.toArray()
						.map((r) => r.toJSON());
		const tables = (t: string) => fromObjects.batches.filter((b) => b.table === t).flatMap((b) => rows(b.ipc));
		const tablesC = (t: string) => built.flatMap((x) => x.batches.filter((b) => b.table === t).flatMap((b) => rows(b.ipc)));
		expect(tablesC('messages')).toEqual(tables('messages'));
		expect(tablesC('attachments')).toEqual(tables('attachments'));
		expect(built.flatMap((x) => rows(x.sides!.scan))).toEqual(rows(fromObjects.sides!.scan));
		expect(built.flatMap((x) => rows(x.sides!.search))).toEqual(rows(fromObjects.sides!.search));
	});
});

describe('RecordColumns', () => {
	it('holds the text and raw of plain records as spans of the chunk, not as a string each', () => {
		const lines = Array.from({ length: 500 }, (_, i) => `01/02/2024, 10:${String(i % 60).padStart(2, '0')} - Ana: message ${i}\nits second line`);
		const columns: RecordColumns[] = [];
		const stream = createWhatsAppColumnStream('WhatsApp Chat with Ana.txt', { order: 'DMY' }, (b) => columns.push(b));
		feed(lines.join('\n'), 1 << 30, (l, o) => stream.push(l, o));
		stream.end();
		const rows = columns.reduce((n, b) => n + b.length, 0);
		expect(rows).toBe(500);
		// The one chunk, and the last record's lines (joined at the end, when no chunk is given with them).
		expect(columns.reduce((n, b) => n + b.sources.length, 0)).toBeLessThanOrEqual(3);
		expect(columns[0].textOf(0)).toBe('message 0\nits second line');
		expect(columns[0].rawOf(1)).toBe('01/02/2024, 10:01 - Ana: message 1\nits second line');
	});
});
