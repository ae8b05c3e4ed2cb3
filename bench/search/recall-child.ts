// Recall of Parley's word queries against an exact scan of the same texts in DuckDB, in its own process.
// Latin words: the texts are lowercased, accent-stripped and split on non-letters/digits in DuckDB (the tokenizer's
// word boundaries), and a word's messages are those with an equal token. CJK words: substring (`contains`), which is
// what a CJK query means. Prints {words, exact, found, extra, worst} as the last line.
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { connectorFor, openNodeDuckDB } from '../../src/lib/db/node.ts';
import { SearchIndex } from '../../src/lib/search/engine/index.ts';
import { drawRecallWords, generateCorpus } from './corpus.ts';

export const RECALL_WORDS = 120;

const n = Number(process.argv[2]);
const corpus = generateCorpus(n);
const words = drawRecallWords(corpus, RECALL_WORDS);
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;

const index = new SearchIndex();
const BATCH = 50_000;
for (let from = 0; from < n; from += BATCH) {
	const to = Math.min(n, from + BATCH);
	const m = to - from;
	index.add({
		ids: Float64Array.from({ length: m }, (_, k) => from + k + 1),
		conversation: new Int32Array(m),
		author: new Int32Array(m),
		kind: new Uint8Array(m),
		ts: new Float64Array(m).fill(NaN),
		flags: new Uint8Array(m),
		text: corpus.texts.slice(from, to)
	});
}

// Parley's hits, as (word number, message id) rows.
const hitWord: number[] = [];
const hitId: number[] = [];
words.forEach((w, k) => {
	const r = index.search({ type: 'term', value: w, mode: 'exact', start: 0, end: w.length }, { sort: 'rank' });
	for (const id of r.ids) {
		hitWord.push(k);
		hitId.push(id);
	}
});

const duck = await openNodeDuckDB();
const db = connectorFor(duck.connect());
await db.exec('CREATE TABLE texts (id INTEGER, text VARCHAR)');
for (let from = 0; from < n; from += 200_000) {
	const to = Math.min(n, from + 200_000);
	const ids = Int32Array.from({ length: to - from }, (_, k) => from + k + 1);
	await db.insertArrowIPC('texts', tableToIPC(tableFromArrays({ id: ids, text: corpus.texts.slice(from, to) }), 'stream'));
}
await db.exec('CREATE TABLE hits (word INTEGER, id INTEGER)');
await db.insertArrowIPC('hits', tableToIPC(tableFromArrays({ word: Int32Array.from(hitWord), id: Int32Array.from(hitId) }), 'stream'));

// The words as DuckDB should see them: lowercase, accents stripped (ß is also tried as ss, as Parley folds it).
const fold = (w: string) => w.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
const spellingWord: number[] = [];
const spelling: string[] = [];
words.forEach((w, k) => {
	if (CJK.test(w)) return;
	spellingWord.push(k);
	spelling.push(fold(w).replace(/ß/g, 'ss'));
	if (w.toLowerCase().includes('ß')) {
		spellingWord.push(k);
		spelling.push(fold(w));
	}
});
await db.exec('CREATE TABLE spellings (word INTEGER, spelling VARCHAR)');
await db.insertArrowIPC('spellings', tableToIPC(tableFromArrays({ word: Int32Array.from(spellingWord), spelling }), 'stream'));
await db.exec(`CREATE TABLE exact AS
	SELECT DISTINCT s.word, t.id
	FROM (SELECT id, unnest(regexp_split_to_array(lower(strip_accents(text)), '[^\\p{L}\\p{N}]+')) AS token FROM texts) t
	JOIN spellings s ON s.spelling = t.token`);
for (const [k, w] of words.entries()) {
	if (!CJK.test(w)) continue;
	await db.query(`INSERT INTO exact SELECT ${k}, id FROM texts WHERE contains(text, ?)`, [w]);
}
const rows = await db.query<{ word: number; exact: number; found: number; extra: number }>(`
	SELECT w.word,
		(SELECT count(*) FROM exact e WHERE e.word = w.word) AS exact,
		(SELECT count(*) FROM exact e JOIN hits h ON h.word = e.word AND h.id = e.id WHERE e.word = w.word) AS found,
		(SELECT count(*) FROM hits h WHERE h.word = w.word AND NOT EXISTS (SELECT 1 FROM exact e WHERE e.word = h.word AND e.id = h.id)) AS extra
	FROM (SELECT DISTINCT word FROM (SELECT word FROM exact UNION ALL SELECT word FROM hits)) w`);
let exact = 0;
let found = 0;
let extra = 0;
let worst = { word: '', recall: 1 };
for (const r of rows) {
	exact += r.exact;
	found += r.found;
	extra += r.extra;
	const recall = r.exact === 0 ? 1 : r.found / r.exact;
	if (recall < worst.recall) worst = { word: words[r.word], recall };
}
console.log(JSON.stringify({ words: words.length, cjkWords: words.filter((w) => CJK.test(w)).length, exact, found, extra, worst }));
