import { describe, expect, it } from 'vitest';
import type { MessageSourceRow } from '$lib/db/queries/exports';
import { messageRecord, recordsCsv, recordsJsonl } from '$lib/export/messages';
import { messageTimes } from '$lib/export/provenance';
import { Pseudonyms } from '$lib/redact/pseudonyms';
import { CLEAR, maskingRedactor } from '$lib/redact/redactor';

describe('messageTimes: one form per column whatever the platform', () => {
	it.each([
		[
			'a WhatsApp wall time read in Berlin (winter)',
			['2024-01-08T09:15:00', 'Europe/Berlin', '2024-01-08T08:15:00Z'],
			{
				ts_local: '2024-01-08T09:15:00',
				utc_offset: '+01:00',
				tz: 'Europe/Berlin',
				ts_utc: '2024-01-08T08:15:00Z',
				time_zone: 'local (not stated in the export)'
			}
		],
		[
			'the same in summer',
			['2024-07-08T09:15:00', 'Europe/Berlin', '2024-07-08T07:15:00Z'],
			{
				ts_local: '2024-07-08T09:15:00',
				utc_offset: '+02:00',
				tz: 'Europe/Berlin',
				ts_utc: '2024-07-08T07:15:00Z',
				time_zone: 'local (not stated in the export)'
			}
		],
		[
			'an epoch source (Telegram) keeps no Z in ts_local',
			['2024-04-12T18:02:11Z', 'America/New_York', '2024-04-12T18:02:11Z'],
			{ ts_local: '2024-04-12T18:02:11', utc_offset: '+00:00', tz: 'UTC', ts_utc: '2024-04-12T18:02:11Z', time_zone: 'UTC' }
		],
		[
			'a zone west of UTC',
			['2024-03-10T01:30:00', 'America/New_York', '2024-03-10T06:30:00Z'],
			{
				ts_local: '2024-03-10T01:30:00',
				utc_offset: '-05:00',
				tz: 'America/New_York',
				ts_utc: '2024-03-10T06:30:00Z',
				time_zone: 'local (not stated in the export)'
			}
		],
		[
			'a half-hour zone',
			['2024-03-10T12:00:00', 'Asia/Kolkata', '2024-03-10T06:30:00Z'],
			{
				ts_local: '2024-03-10T12:00:00',
				utc_offset: '+05:30',
				tz: 'Asia/Kolkata',
				ts_utc: '2024-03-10T06:30:00Z',
				time_zone: 'local (not stated in the export)'
			}
		],
		[
			'a time the source wrote wrong',
			['2024-02-30T10:00:00', 'UTC', null],
			{ ts_local: '2024-02-30T10:00:00', utc_offset: null, tz: 'UTC', ts_utc: null, time_zone: 'local (not stated in the export)' }
		]
	] as const)('%s', (_name, [local, tz, utc], expected) => {
		expect(messageTimes(local, tz, utc)).toEqual(expected);
	});

	it('computes the instant when the caller has only the wall time (the command line)', () => {
		expect(messageTimes('2024-01-08T09:15:00', 'Europe/Berlin')).toEqual({
			ts_local: '2024-01-08T09:15:00',
			utc_offset: '+01:00',
			tz: 'Europe/Berlin',
			ts_utc: '2024-01-08T08:15:00Z',
			time_zone: 'local (not stated in the export)'
		});
	});
});

const ROW: MessageSourceRow = {
	message_id: 7,
	conversation_id: 2,
	pos: 5,
	conversation: 'WhatsApp Chat with +1 555 010 0199',
	conversation_kind: 'direct',
	participant_id: 3,
	author: '+1 (555) 010-0199',
	kind: 'text',
	text: 'card 4539 1488 0343 6467, =cmd',
	attachments: ['IMG-1.jpg'],
	reply_to: null,
	source_id: null,
	edited: false,
	deleted: false,
	platform: 'whatsapp',
	archive_sha256: 'ab'.repeat(32),
	source_file: 'WhatsApp Chat with +1 555 010 0199.zip/_chat.txt',
	line: 12,
	line_end: 13,
	source_path: null,
	ts_local: '2024-01-08T09:15:00',
	ts_utc: '2024-01-08T08:15:00Z',
	tz: 'Europe/Berlin'
};

describe('message records', () => {
	it('carry provenance and say they are not redacted', () => {
		expect(messageRecord(ROW, CLEAR)).toEqual({
			message_id: 7,
			ts_utc: '2024-01-08T08:15:00Z',
			ts_local: '2024-01-08T09:15:00',
			utc_offset: '+01:00',
			tz: 'Europe/Berlin',
			time_zone: 'local (not stated in the export)',
			conversation_id: 2,
			conversation: 'WhatsApp Chat with +1 555 010 0199',
			author: '+1 (555) 010-0199',
			kind: 'text',
			text: 'card 4539 1488 0343 6467, =cmd',
			attachments: ['IMG-1.jpg'],
			reply_to: null,
			edited: false,
			deleted: false,
			platform: 'whatsapp',
			archive_sha256: 'ab'.repeat(32),
			source_file: 'WhatsApp Chat with +1 555 010 0199.zip/_chat.txt',
			line: 12,
			line_end: 13,
			source_path: null,
			redacted: false
		});
	});

	it('through the redactor hide the number in author, title and file name, and the card in the text', () => {
		const rec = messageRecord(ROW, maskingRedactor(new Pseudonyms(['+1 (555) 010-0199'])));
		expect(rec).toMatchObject({
			conversation: 'WhatsApp Chat with [pii.phone #1]',
			author: '[pii.phone #1]',
			text: 'card [pii.credit_card], =cmd',
			source_file: 'WhatsApp Chat with [pii.phone #1].zip/_chat.txt',
			archive_sha256: 'ab'.repeat(32),
			redacted: true
		});
	});

	it('as CSV: extra columns first, provenance after, formula cells guarded', () => {
		const csv = recordsCsv([{ ...messageRecord(ROW, CLEAR), rank: 1, score: 2.5 }], ['rank', 'score']);
		const [header, line] = csv.split('\r\n');
		expect(header).toBe(
			'\ufeffrank,score,message_id,ts_utc,ts_local,utc_offset,tz,time_zone,conversation_id,conversation,author,kind,text,attachments,reply_to,edited,deleted,platform,archive_sha256,source_file,line,line_end,source_path,redacted'
		);
		expect(line).toBe(
			`1,2.5,7,2024-01-08T08:15:00Z,2024-01-08T09:15:00,+01:00,Europe/Berlin,local (not stated in the export),2,WhatsApp Chat with +1 555 010 0199,"'+1 (555) 010-0199",text,"card 4539 1488 0343 6467, =cmd",IMG-1.jpg,,false,false,whatsapp,${'ab'.repeat(32)},WhatsApp Chat with +1 555 010 0199.zip/_chat.txt,12,13,,false`
		);
	});

	it('as CSV: a wall-clock row and a UTC (epoch) row write each time column in one form, time_zone saying which', () => {
		const telegram: MessageSourceRow = {
			...ROW,
			message_id: 8,
			platform: 'telegram',
			ts_local: '2024-01-08T08:20:00Z',
			ts_utc: '2024-01-08T08:20:00Z',
			tz: 'Europe/Berlin'
		};
		const csv = recordsCsv([messageRecord(ROW, CLEAR), messageRecord(telegram, CLEAR)]);
		const rows = csv
			.split('\r\n')
			.slice(1, 3)
			.map((line) => line.split(',').slice(1, 6));
		expect(rows).toEqual([
			['2024-01-08T08:15:00Z', '2024-01-08T09:15:00', '+01:00', 'Europe/Berlin', 'local (not stated in the export)'],
			['2024-01-08T08:20:00Z', '2024-01-08T08:20:00', '+00:00', 'UTC', 'UTC']
		]);
	});

	it('as JSON Lines: one object per message with every column', () => {
		const [line, end] = recordsJsonl([messageRecord(ROW, CLEAR)]).split('\n');
		expect(end).toBe('');
		expect(JSON.parse(line)).toMatchObject({
			message_id: 7,
			utc_offset: '+01:00',
			tz: 'Europe/Berlin',
			attachments: ['IMG-1.jpg'],
			source_path: null,
			redacted: false
		});
		expect(Object.keys(JSON.parse(line))[0]).toBe('message_id');
	});
});
