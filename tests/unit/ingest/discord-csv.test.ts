// Hand-written expectations for the DiscordChatExporter CSV fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discordCsv } from '../../../src/lib/ingest/discord/index';
import type { ParsedMessage } from '../../../src/lib/model/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/discord');

function parse(name: string, path = name) {
	return discordCsv.parse({ path, text: readFileSync(join(FIXTURES, name), 'utf8') });
}

function pick(m: ParsedMessage) {
	const { raw: _raw, ...rest } = m;
	return rest;
}

const base = { conversation: 0, attachments: [] as string[], edited: false };

describe('DiscordChatExporter CSV', () => {
	it('channel_multiline_quotes: CRLF, quoted multi-line content, two attachment URLs, fallback system texts', () => {
		const file = parse('channel_multiline_quotes.csv', 'exports/Acme - Text - ops [501].csv');
		expect(file.format).toBe('discord-csv');
		expect(file.conversations).toEqual([{ title: 'Acme - Text - ops', kind: 'channel', sourceId: '501' }]);
		expect(file.unparsed).toEqual([]);
		expect(file.notes).toEqual([]);
		const bo = { authorId: '20', author: 'bo#1234', authorRaw: 'bo#1234' };
		const dana = { authorId: '10', author: 'dana', authorRaw: 'dana' };
		expect(file.messages.map(pick)).toEqual([
			{
				...base,
				...dana,
				index: 0,
				path: 'row 2',
				line: 2,
				lineEnd: 3,
				ts: '2024-02-29T09:00:00Z',
				kind: 'media',
				text: 'line one\nline two, with "quotes"',
				attachments: ['a.png', 'b c.pdf']
			},
			{ ...base, ...bo, index: 1, path: 'row 3', line: 4, lineEnd: 4, ts: '2024-02-29T09:01:00Z', kind: 'system', text: 'Joined the server.' },
			{
				...base,
				...bo,
				index: 2,
				path: 'row 4',
				line: 5,
				lineEnd: 5,
				ts: '2024-02-29T15:02:00Z',
				kind: 'call',
				text: 'Started a call that lasted 1,234 minutes.'
			},
			{ ...base, ...dana, index: 3, path: 'row 5', line: 6, lineEnd: 6, ts: '2024-02-29T10:03:00Z', kind: 'system', text: 'Pinned a message.' },
			{ ...base, ...dana, index: 4, path: 'row 6', line: 7, lineEnd: 7, ts: '2024-02-29T10:04:00Z', kind: 'system', text: 'Added bo to the group.' }
		]);
		expect(file.messages[1].raw).toBe('"20","bo#1234","2024-02-29T10:01:00.0000000+01:00","Joined the server.","",""');
		expect(file.messages[0].raw).toBe(
			'"10","dana","2024-02-29T10:00:00.1230000+01:00","line one\r\nline two, with ""quotes""","https://cdn.discordapp.com/attachments/1/2/a.png?ex=1,https://cdn.discordapp.com/attachments/1/3/b%20c.pdf","👍 (2)"'
		);
	});

	it('local_dates_and_bad_rows: dates without offset stay local; bad dates and wrong field counts are unparsed with their line', () => {
		const file = parse('local_dates_and_bad_rows.csv');
		expect(file.conversations).toEqual([{ title: 'local_dates_and_bad_rows', kind: 'channel' }]);
		expect(file.messages.map((m) => [m.index, m.line, m.path, m.author, m.ts, m.text])).toEqual([
			[0, 2, 'row 2', 'dana', '2024-02-29T10:00:00', 'plain local'],
			[1, 3, 'row 3', 'bo', '2020-03-15T21:27:00', 'legacy date']
		]);
		expect(file.unparsed).toEqual([
			{ line: 4, path: 'row 4', text: '20,bo,29/02/2024 10:00,unknown date format,,', reason: 'date not understood: "29/02/2024 10:00"' },
			{ line: 5, path: 'row 5', text: '30,cy,2024-02-29T10:05:00,too,many,fields,here', reason: 'expected 6 fields, found 7' }
		]);
		expect(file.notes).toEqual(['2 dates without a UTC offset, kept as local wall-clock time']);
	});

	it('unclosed_quote: the row with the unclosed quote is reported; reading resumes on the next line', () => {
		const file = parse('unclosed_quote.csv');
		expect(file.messages.map((m) => [m.line, m.author, m.text])).toEqual([
			[2, 'dana', 'fine'],
			[4, 'cy', 'after the bad row']
		]);
		expect(file.unparsed).toEqual([{ line: 3, path: 'unclosed_quote.csv', text: '', reason: 'quoted field not closed before the end of the file' }]);
	});

	it('a direct-message export file name gives a direct conversation', () => {
		const file = discordCsv.parse({ path: 'Direct Messages - Private - ana [123].csv', text: 'AuthorID,Author,Date,Content,Attachments,Reactions\n' });
		expect(file.conversations).toEqual([{ title: 'Direct Messages - Private - ana', kind: 'direct', sourceId: '123' }]);
		expect(file.messages).toEqual([]);
		expect(file.unparsed).toEqual([]);
	});

	it('explains a CSV that is not a DiscordChatExporter export', () => {
		const file = discordCsv.parse({ path: 'x.csv', text: 'id,name\n1,Ana\n' });
		expect(file.messages).toEqual([]);
		expect(file.unparsed).toEqual([
			{
				line: 1,
				path: 'x.csv',
				text: 'id,name',
				reason: 'not a DiscordChatExporter CSV: header has 2 columns (id, name), expected authorid, author, date, content, attachments, reactions'
			}
		]);
	});
});
