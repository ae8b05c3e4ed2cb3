// A streaming parser that throws costs its input, not the import: the records handed on before the fault stay,
// and end() names the input's path and the fault; an exception of the receiving side is passed on untouched.
import { describe, expect, it } from 'vitest';
import { guardedPieces } from '../../../src/lib/ingest/piece-guard';
import type { PieceParser } from '../../../src/lib/ingest/piece-parser';
import type { ParsedMessage } from '../../../src/lib/model/types';

const record = (index: number) => ({ index, text: `m${index}` }) as unknown as ParsedMessage;

/** A parser that hands on one record per piece and throws where it is told to. */
function faulty(throwAt: 'create' | 'push 3' | 'end' | 'conversations' | 'never') {
	return (emit: (msgs: ParsedMessage[]) => void): PieceParser => {
		if (throwAt === 'create') throw new Error('bad start');
		let n = 0;
		return {
			push() {
				if (throwAt === 'push 3' && n === 2) throw new TypeError("Cannot read properties of undefined (reading 'id')");
				emit([record(n++)]);
			},
			get messages() {
				return n;
			},
			conversations() {
				if (throwAt === 'conversations') throw new Error('no title');
				return [{ title: 'Ana', kind: 'direct' }];
			},
			end() {
				if (throwAt === 'end') throw new RangeError('bad end');
				return { platform: 'discord', format: 'discord-json', conversations: [{ title: 'Ana', kind: 'direct' }], messages: [], unparsed: [], notes: [] };
			}
		};
	};
}

function run(throwAt: Parameters<typeof faulty>[0]) {
	const got: ParsedMessage[] = [];
	const p = guardedPieces('discord', 'discord-json', 'exports/chan.json', (m) => got.push(...m), faulty(throwAt));
	for (const piece of ['ab', 'cd', 'ef', 'gh', 'ij']) {
		p.push(piece);
		p.conversations();
	}
	return { got, file: p.end(), conversations: p.conversations() };
}

describe('guardedPieces', () => {
	it.each([
		['a throw when created', 'create', 0, 'parser error: bad start; the text after character 0 was not read', [{ title: 'chan.json', kind: 'direct' }]],
		[
			'a throw in the third piece',
			'push 3',
			2,
			"parser error: Cannot read properties of undefined (reading 'id'); the text after character 4 was not read",
			[{ title: 'Ana', kind: 'direct' }]
		],
		['a throw at the end', 'end', 5, 'parser error: bad end; the text after character 10 was not read', [{ title: 'Ana', kind: 'direct' }]],
		[
			'a throw asking the conversations',
			'conversations',
			1,
			'parser error: no title; the text after character 2 was not read',
			[{ title: 'chan.json', kind: 'direct' }]
		]
	] as const)('turns %s into a problem of the input, keeping what was handed on', (_label, at, handedOn, reason, conversations) => {
		const { got, file } = run(at);
		expect(got).toHaveLength(handedOn);
		expect(file).toEqual({
			platform: 'discord',
			format: 'discord-json',
			conversations,
			messages: [],
			unparsed: [{ line: 0, path: 'exports/chan.json', text: '', reason }],
			notes: []
		});
	});

	it('leaves a parser that does not throw as it is', () => {
		const { got, file } = run('never');
		expect(got).toHaveLength(5);
		expect(file.unparsed).toEqual([]);
	});

	it('passes an exception of the receiving side on', () => {
		const abort = new DOMException('stopped', 'AbortError');
		const p = guardedPieces(
			'discord',
			'discord-json',
			'x.json',
			() => {
				throw abort;
			},
			faulty('never')
		);
		expect(() => p.push('ab')).toThrow(abort);
	});
});
