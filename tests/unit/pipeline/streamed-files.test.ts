// A plain file of a format read in pieces gives, through readRecords, exactly the parts, records and problems the
// whole-file parse (parseSource) gives, at every chunk size.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/lib/ingest/parse-source';
import { gatherRecords, streamInput } from '../../helpers/record-events';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** Formats read in pieces (the others are read whole and handed on in one batch). */
const STREAMING = /^(discord-json|signal-jsonl|telegram-json|wechatmsg-csv|pywxdump-csv|weflow-json|generic-csv|whatsapp-.*)$/;

const FILES: [string, string][] = [
	...['csv-generic', 'discord', 'signal', 'telegram', 'wechat', 'whatsapp'].flatMap((dir) =>
		readdirSync(join(FIXTURES, dir))
			.filter((f) => /\.(json|jsonl|csv|txt)$/.test(f))
			.map((f): [string, string] => [dir, f])
	)
];

describe.each(FILES)('%s %s read in pieces', (dir, name) => {
	const bytes = new Uint8Array(readFileSync(join(FIXTURES, dir, name)));
	it.each([
		['1-byte chunks', 1],
		['7-byte chunks', 7],
		['64 KB chunks', 1 << 16]
	])('in %s gives what the whole-file parse gives', async (_label, chunk) => {
		const whole = await parseSource(name, bytes);
		const streamed = await gatherRecords(streamInput(name, bytes, chunk));
		expect(streamed.parts.map((p) => ({ entry: p.entry, name: p.name, messages: p.messages, file: { ...p.close?.file }, source: p.close?.source }))).toEqual(
			whole.parsed.map((p) => ({ entry: p.entry, name: p.source.name, messages: p.file.messages, file: { ...p.file, messages: [] }, source: p.source }))
		);
		expect(streamed.done?.problems).toEqual(whole.problems);
		// Read in pieces indeed: every part with records handed them on as it went.
		const streams = streamed.parts.filter((p) => p.messages.length > 0 && STREAMING.test(p.close?.file.format ?? ''));
		expect(streamed.piecewise).toEqual(streams.map((p) => p.entry));
	});
});
