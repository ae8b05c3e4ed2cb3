import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditTime, EMPTY_HEAD, nextRecord, verifyChain, type AuditRecord, type ChainHead } from '$lib/audit/chain';
import { logAsCsv, logAsJsonLines, logFileName } from '$lib/audit/export';
import { AUDIT_ACTIONS, entrySummary } from '$lib/audit/actions';

function records(details: Record<string, unknown>[], actor = 'Lena Fischer'): AuditRecord[] {
	let head: ChainHead = EMPTY_HEAD;
	return details.map((d, i) => {
		const r = nextRecord(head, { time: auditTime(Date.UTC(2026, 2, 1, 9, i)), actor, action: 'query.run', subject: 'query', details: d });
		head = { seq: r.seq, hash: r.hash };
		return r;
	});
}

describe('audit log files', () => {
	it('writes JSON Lines: a header naming the head, then one canonical entry per line that re-seals with node:crypto', () => {
		const log = records([
			{ sql: 'SELECT 1', rows: 1 },
			{ sql: "SELECT 'ü\n'", rows: 0 }
		]);
		const text = logAsJsonLines(log, verifyChain(log), '2026-03-02T00:00:00.000Z');
		const lines = text.trimEnd().split('\n');
		expect(lines).toHaveLength(3);
		const header = JSON.parse(lines[0]);
		expect(header).toMatchObject({ format: 'parley-audit-log', version: 1, entries: 2, head_seq: 2, head_hash: log[1].hash, verified: true, problem: null });
		expect(lines[1]).toBe(
			`{"action":"query.run","actor":"Lena Fischer","details":{"rows":1,"sql":"SELECT 1"},"hash":"${log[0].hash}","prev_hash":"${'0'.repeat(64)}","seq":1,"subject":"query","time":"2026-03-01T09:00:00.000000Z"}`
		);
		for (const line of lines.slice(1)) {
			const { hash, prev_hash, ...entry } = JSON.parse(line);
			const sealed = `{"action":${JSON.stringify(entry.action)},"actor":${JSON.stringify(entry.actor)},"details":${JSON.stringify(entry.details, Object.keys(entry.details).sort())},"seq":${entry.seq},"subject":${JSON.stringify(entry.subject)},"time":${JSON.stringify(entry.time)}}`;
			expect(
				createHash('sha256')
					.update(prev_hash + sealed)
					.digest('hex')
			).toBe(hash);
		}
	});

	it('says in the header where a log it exports fails', () => {
		const log = records([{ a: 1 }, { a: 2 }]);
		log[1] = { ...log[1], actor: 'Someone Else' };
		const header = JSON.parse(logAsJsonLines(log, verifyChain(log), 'now').split('\n')[0]);
		expect(header).toMatchObject({ verified: false, problem: expect.stringMatching(/^Entry 2 \(query\.run/) });
	});

	it('writes CSV with the hashes in the last columns, details as their canonical JSON, formula cells guarded', () => {
		const log = records([{ sql: '=HYPERLINK("http://x")' }], '@reviewer');
		const csv = logAsCsv(log);
		expect(csv.split('\r\n')[0]).toBe('\ufeffseq,time,actor,action,subject,details,prev_hash,hash');
		expect(csv.split('\r\n')[1]).toBe(
			`1,2026-03-01T09:00:00.000000Z,"'@reviewer",query.run,query,"{""sql"":""=HYPERLINK(\\""http://x\\"")""}",${'0'.repeat(64)},${log[0].hash}`
		);
	});

	it('names files by the head they end at', () => {
		expect(logFileName({ seq: 42, hash: 'abcdef0123456789'.repeat(4) }, 'jsonl')).toBe('parley-audit-log-000042-abcdef012345.jsonl');
	});
});

describe('entry summaries', () => {
	it.each(Object.keys(AUDIT_ACTIONS))('summarise %s without placeholders, even from empty details', (action) => {
		expect(entrySummary(action, {})).not.toMatch(/undefined|NaN|\[object/);
	});

	it.each([
		['import.loaded', { file: 'chat.zip', records: 91, unparsed: 1, sha256: 'ab'.repeat(32) }, '“chat.zip” · 91 records, 1 unparsed · SHA-256 abababababab…'],
		['query.run', { sql: 'SELECT\n  1', rows: 1 }, '“SELECT 1” · 1 row'],
		['search.run', { query: 'gift', hits: 0 }, '“gift” · 0 hits'],
		[
			'export.downloaded',
			{ file: 'a.csv', what: 'CSV', rows: 2, bytes: 1200, sha256: 'cd'.repeat(32) },
			'“a.csv” · CSV, 2 rows · 1,200 bytes · SHA-256 cdcdcdcdcdcd…'
		],
		['people.renamed', { from: 'Bo', to: 'Harbor leads' }, '“Bo” → “Harbor leads”'],
		['reviewer.named', { name: 'Ana', previous: null }, '“Ana”'],
		['policy.disabled', { id: 'x', name: 'gifts' }, '“gifts”'],
		['tag.added', { tag: 'responsive', message_id: 4 }, 'tag: responsive · message_id: 4'],
		['saved_query.created', { name: 'ISF filings', kind: 'search', row_count: 7 }, '“ISF filings” · search, 7 rows'],
		['pack.opened', { file: 'p.json', queries: 2, author: 'Ana', intact: false }, '“p.json” · 2 queries by “Ana” · ALTERED'],
		['pack.verified', { name: 'Per author', same: false, rows_then: 5, rows_now: 3 }, '“Per author” · different rows (5 then, 3 now)'],
		['pack.refused', { name: 'x', reason: 'DELETE is refused' }, '“x” · DELETE is refused']
	])('%s reads as a sentence', (action, details, text) => {
		expect(entrySummary(action, details)).toBe(text);
	});
});
