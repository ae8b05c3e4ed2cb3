import { describe, expect, it } from 'vitest';
import { guessMapping, type CsvMapping } from '../../../src/lib/ingest/csv-generic/index';

const NONE: CsvMapping = {
	hasHeader: true,
	timestamp: -1,
	time: null,
	dateFormat: 'ymd',
	text: -1,
	author: null,
	authorId: null,
	conversation: null,
	sourceId: null
};

describe('guessMapping', () => {
	it.each<[string, string[], string[][], Partial<CsvMapping>]>([
		['English names, ISO', ['timestamp', 'sender', 'message'], [['2024-03-05T14:07:09Z', 'Ana', 'hi']], { timestamp: 0, author: 1, text: 2 }],
		[
			'German, date and time split, day-first proved',
			['Datum', 'Uhrzeit', 'Absender', 'Nachricht'],
			[
				['05.03.2024', '14:07', 'Jürgen', 'Hallo'],
				['13.03.2024', '09:00', 'Jürgen', 'Termin']
			],
			{ timestamp: 0, time: 1, dateFormat: 'dmy', author: 2, text: 3 }
		],
		[
			'Spanish with a group column',
			['Fecha y hora', 'Remitente', 'Mensaje', 'Grupo'],
			[['15/03/2024 14:07', 'Ana', 'hola', 'Familia']],
			{ timestamp: 0, dateFormat: 'dmy', author: 1, text: 2, conversation: 3 }
		],
		[
			'Chinese, epoch ms',
			['时间', '发送者', '内容', '会话'],
			[['1704186000000', '李伟', '你好', '项目组']],
			{ timestamp: 0, dateFormat: 'epoch-ms', author: 1, text: 2, conversation: 3 }
		],
		[
			'ids, epoch seconds, snake_case',
			['id', 'created_at', 'user_id', 'username', 'text'],
			[['m1', '1704186000', 'U1', 'ana', 'x']],
			{ timestamp: 1, dateFormat: 'epoch-s', authorId: 2, author: 3, text: 4, sourceId: 0 }
		],
		[
			'month-first proved by a day above 12',
			['Date', 'From', 'Body'],
			[
				['03/15/2024 2:07 PM', 'Ana', 'hi'],
				['03/16/2024 9:00 AM', 'Bo', 'yo']
			],
			{ timestamp: 0, dateFormat: 'mdy', author: 1, text: 2 }
		],
		[
			'ambiguous day/month → day-first',
			['date', 'author', 'content'],
			[['01/02/2024 10:00', 'Ana', 'hi']],
			{ timestamp: 0, dateFormat: 'dmy', author: 1, text: 2 }
		],
		['a `time` column holding whole timestamps', ['time', 'name', 'msg'], [['2024-01-02 09:00:00', 'Ana', 'hi']], { timestamp: 0, author: 1, text: 2 }],
		[
			'no names: by value shapes (dates; the longest values are the text)',
			['c1', 'c2', 'c3'],
			[
				['Ana', '2024-01-02 09:00', 'a fairly long message'],
				['Bo', '2024-01-02 09:01', 'another long message here']
			],
			{ timestamp: 1, text: 2 }
		],
		[
			'no names: a short, repeating column is the author',
			['c1', 'c2', 'c3', 'c4'],
			[
				['2024-01-02 09:00', 'Ana', 'good morning, shipment is late', '17'],
				['2024-01-02 09:01', 'Bo', 'ok, I will call the carrier now', '18'],
				['2024-01-02 09:02', 'Ana', 'thanks, keep me posted please', '19'],
				['2024-01-02 09:05', 'Bo', 'they say Thursday at the earliest', '20']
			],
			{ timestamp: 0, author: 1, text: 2 }
		],
		['a header name whose values are not dates is not the time', ['Date', 'text'], [['soon', 'hi']], { timestamp: -1, text: 1 }],
		['no time and no text column (name is an author)', ['name', 'email'], [], { author: 0 }]
	])('%s', (_name, headers, rows, expected) => {
		expect(guessMapping(headers, rows)).toEqual({ ...NONE, ...expected });
	});

	it('does not throw on odd input', () => {
		expect(guessMapping(null as never, null as never)).toEqual(NONE);
		expect(() => guessMapping(['a', 5 as never], [[1 as never], null as never])).not.toThrow();
	});
});
