import { describe, expect, it } from 'vitest';
import { float64Column, int32Column, ipcStream, uint8Column, utf8Column } from '../../../../src/lib/db/arrow-columns';
import { searchBatchOfIPC } from '../../../../src/lib/search/batch';
import { SearchIndex } from '../../../../src/lib/search/engine/index';
import type { IndexBatch } from '../../../../src/lib/search/types';
import { term } from './fixture';

/**
 * The worker reads a batch's texts as UTF-8 bytes (plain ASCII tokenized byte by byte, the rest decoded); the
 * index it builds must be the one the same messages given as strings build, byte for byte once saved.
 */
const TEXTS: [what: string, text: string | null][] = [
	['plain ASCII words and punctuation', 'Invoice #4417 is OVERDUE, pay-by 2024-03-01!'],
	['ASCII with a tab, newline and every separator', 'a\tb\nc~d`e|f{g}h[i]j\\k"l\'m<n>o?p/q:r;s@t^u_v'],
	['an empty text', ''],
	['a missing text (null)', null],
	['only separators', ' ,.;!? '],
	['an accented word between ASCII ones', 'la canción del niño'],
	['German umlauts and ß', 'Grüße an Herrn Müller, Straße 5'],
	['a decomposed umlaut', 'Mu\u0308ller'],
	['emoji next to words', 'ok👍see you🎉tomorrow'],
	['Chinese with ASCII inside', '请用WeChat联系我'],
	['Japanese kana and Han', 'ありがとう 東京タワー'],
	['Korean', '안녕하세요 친구'],
	['a supplementary Han character', '𠀋𠀋字'],
	['a byte-order mark at the start', '\ufeffhello world'],
	['a non-breaking space and NNBSP between words', 'ten\u00a0past\u202fnine'],
	['a very long ASCII word', 'x'.repeat(3000) + ' end'],
	['digits only', '4929 1345 7820 1136']
];

/** The batch of ipcOf(texts) with its texts as strings. */
function asStrings(ipc: Uint8Array, texts: (string | null)[]): IndexBatch {
	return { ...searchBatchOfIPC(ipc), text: texts.map((t) => t ?? '') };
}

function ipcOf(texts: (string | null)[]): Uint8Array {
	const n = texts.length;
	return ipcStream(
		[
			['id', float64Column(n, (i) => i + 1)],
			['conversation', int32Column(n, (i) => i % 3)],
			['author', int32Column(n, (i) => (i % 4) - 1)],
			['kind', uint8Column(n, () => 0)],
			['ts', float64Column(n, (i) => Date.UTC(2024, 0, 1 + i))],
			['flags', uint8Column(n, (i) => i % 4)],
			['text', utf8Column(n, (i) => texts[i])]
		],
		n
	);
}

describe('indexing a batch read as UTF-8 bytes', () => {
	it.each(TEXTS)('%s: the same index as from strings', (_what, text) => {
		const texts = [text, 'before and after', text];
		const ipc = ipcOf(texts);
		const fromStrings = new SearchIndex();
		fromStrings.add(asStrings(ipc, texts));
		const fromBytes = new SearchIndex();
		fromBytes.add(searchBatchOfIPC(ipc));
		expect(fromBytes.serialize()).toEqual(fromStrings.serialize());
	});

	it('every text of the table in one batch: the same index, and its words are found', () => {
		const texts = TEXTS.map(([, t]) => t);
		const ipc = ipcOf(texts);
		const fromStrings = new SearchIndex();
		fromStrings.add(asStrings(ipc, texts));
		const fromBytes = new SearchIndex();
		fromBytes.add(searchBatchOfIPC(ipc));
		expect(fromBytes.serialize()).toEqual(fromStrings.serialize());
		for (const [word, id] of [
			['overdue', 1],
			['muller', 7],
			['mueller', 8],
			['wechat', 10],
			['tomorrow', 9],
			['hello', 14]
		] as const) {
			expect(Array.from(fromBytes.search(term(word), { sort: 'time' }).ids), word).toContain(id);
		}
	});

	it('keeps the texts of a column sliced out of a larger one', () => {
		const texts = ['alpha beta', null, 'gamma délta', 'epsilon'];
		const batch = searchBatchOfIPC(ipcOf(texts));
		const utf8 = batch.text as { bytes: Uint8Array; offsets: Int32Array };
		const decoded = Array.from({ length: texts.length }, (_, i) => new TextDecoder().decode(utf8.bytes.subarray(utf8.offsets[i], utf8.offsets[i + 1])));
		expect(decoded).toEqual(['alpha beta', '', 'gamma délta', 'epsilon']);
	});
});
