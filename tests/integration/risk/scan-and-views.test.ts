import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import {
	categoryCounts,
	conversationDays,
	deleteArchiveHitsSql,
	deleteHitsExceptRulesSql,
	heatmapRows,
	hitCount,
	listHits,
	messageMarks,
	peopleRisk
} from '$lib/db/queries/risk';
import { parseSource } from '$lib/ingest/parse-source';
import type { MessageKind } from '$lib/model/types';
import { detectBursts } from '$lib/risk/bursts';
import { UNSCANNED_KINDS, type RiskCategory, type RiskHit, type RiskRule } from '$lib/risk/types';
import { scanIpcBatch, type ScanBatchFn } from '$lib/risk/worker/batch';
import { runScan } from '$lib/risk/worker/scan-run';

// The fixture, read by hand: 24 records, 1 system line, so 23 scanned messages (Dana 13, Marco 10) on 14 UTC days.
// With the stand-in rules below it holds 6 hits: an e-mail on 2024-02-05 (Marco) and, on 2024-03-12, two cards,
// an IBAN and an e-mail (Dana) and "declined" (Marco).
const FIXTURE = 'tests/fixtures/risk/WhatsApp Chat with Dana Whitfield.txt';

function regexRule(id: string, category: RiskCategory, re: RegExp): RiskRule {
	return {
		id,
		category,
		severity: 'high',
		description: id,
		scan: (text) =>
			[...text.matchAll(re)].map((m): RiskHit => ({
				rule: id,
				category,
				severity: 'high',
				score: 0.9,
				start: m.index,
				end: m.index + m[0].length,
				explanation: `${id} matched`
			}))
	};
}

const DETECTORS = [
	regexRule('test.card', 'pii.credit_card', /(?<!\d ?)(?:\d{4} ){3}\d{4}(?! ?\d)/g),
	regexRule('test.iban', 'pii.iban', /\bDE\d{2}(?: \d{4}){4} \d{2}\b/g),
	regexRule('test.email', 'pii.email', /[\w.]+@[\w.-]+\.\w+/g)
];
const DECLINED = regexRule('policy.test-declined', 'policy.complaint', /\bdeclined\b/g);
const DEPOSIT = regexRule('policy.test-deposit', 'policy.gifts', /\bdeposit\b/gi);

/** Stand-in for the rules engineer's scanBatch: same contract (index[i] is the text position of hits[i]). */
const fakeScanBatch: ScanBatchFn = (texts: string[], kinds: MessageKind[], rules) => {
	const index: number[] = [];
	const hits: RiskHit[] = [];
	texts.forEach((text, i) => {
		if (UNSCANNED_KINDS.includes(kinds[i])) return;
		for (const rule of rules) for (const h of rule.scan(text)) (index.push(i), hits.push(h));
	});
	return { index: Uint32Array.from(index), hits };
};

let db: Connector;
let archiveId: number;
let conversationId: number;
const progress: [number, number][] = [];

beforeAll(async () => {
	db = await createNodeDb();
	const bytes = new Uint8Array(readFileSync(FIXTURE));
	const { parsed } = await parseSource('WhatsApp Chat with Dana Whitfield.txt', bytes);
	const loaded = await importParsedFile(db, parsed[0].file, parsed[0].source, { timeZone: 'UTC' });
	archiveId = loaded.archiveId;
	conversationId = (await db.query<{ id: number }>('SELECT id FROM conversations'))[0].id;
	const rules = [...DETECTORS, DECLINED];
	await runScan(db, {
		archiveIds: [archiveId],
		batchSize: 5,
		report: (done, total) => progress.push([done, total]),
		scan: async (ipc) => scanIpcBatch(ipc, rules, fakeScanBatch)
	});
}, 120_000);

describe('scanning into risk_hits', () => {
	it('reports progress in messages up to the 23 scanned ones', () => {
		expect(progress[0]).toEqual([0, 23]);
		expect(progress.at(-1)).toEqual([23, 23]);
		expect(progress.every(([done, total], i) => total === 23 && (i === 0 || done >= progress[i - 1][0]))).toBe(true);
	});

	it('stores each hit with its message, rule, category, score, span and explanation', async () => {
		const rows = await db.query<{
			text: string;
			rule: string;
			category: string;
			severity: string;
			score: number;
			span_start: number;
			span_end: number;
			explanation: string;
		}>(
			`SELECT m.text, r.rule, r.category, r.severity, r.score, r.span_start, r.span_end, r.explanation
			 FROM risk_hits r JOIN messages m ON m.id = r.message_id ORDER BY m.id, r.span_start`
		);
		expect(rows.map((r) => [r.rule, r.text.slice(r.span_start, r.span_end)])).toEqual([
			['test.email', 'accounts@harbor-example.com'],
			['test.card', '4532 0151 1283 0366'],
			['test.iban', 'DE89 3704 0044 0532 0130 00'],
			['policy.test-declined', 'declined'],
			['test.card', '5492 1633 0778 4132'],
			['test.email', 'dana.whitfield@harborlogistics.co.uk']
		]);
		expect(rows[1]).toMatchObject({ category: 'pii.credit_card', severity: 'high', score: 0.9, explanation: 'test.card matched' });
	});

	it('counts hits per category', async () => {
		expect(await categoryCounts(db)).toEqual([
			{ category: 'pii.credit_card', hits: 2, messages: 2 },
			{ category: 'pii.email', hits: 2, messages: 2 },
			{ category: 'pii.iban', hits: 1, messages: 1 },
			{ category: 'policy.complaint', hits: 1, messages: 1 }
		]);
	});
});

describe('where risk clusters', () => {
	it('heatmap: messages and hits per Monday-week of the conversation', async () => {
		const rows = await heatmapRows(db, null);
		expect(rows.map((r) => [r.week, r.messages, r.hits])).toEqual([
			['2024-01-15', 4, 0],
			['2024-01-22', 2, 0],
			['2024-01-29', 1, 0],
			['2024-02-05', 3, 1],
			['2024-02-12', 2, 0],
			['2024-02-19', 1, 0],
			['2024-02-26', 1, 0],
			['2024-03-04', 1, 0],
			['2024-03-11', 7, 5],
			['2024-03-18', 1, 0]
		]);
		expect(new Set(rows.map((r) => r.title))).toEqual(new Set(['Dana Whitfield']));
	});

	it('heatmap filtered to one category counts only its hits', async () => {
		const rows = await heatmapRows(db, 'pii.email');
		expect(rows.filter((r) => r.hits > 0).map((r) => [r.week, r.hits])).toEqual([
			['2024-02-05', 1],
			['2024-03-11', 1]
		]);
	});

	it('people ranked by hits, with messages, hits per 100 messages and top categories', async () => {
		const people = await peopleRisk(db, null);
		expect(people.map(({ name, messages, hits, per100, top_categories }) => ({ name, messages, hits, per100, top_categories }))).toEqual([
			{ name: 'Dana Whitfield', messages: 13, hits: 4, per100: 30.77, top_categories: ['pii.credit_card', 'pii.email', 'pii.iban'] },
			{ name: 'Marco Reyes', messages: 10, hits: 2, per100: 20, top_categories: ['pii.email', 'policy.complaint'] }
		]);
	});

	it('conversation days feed burst detection: one burst on 2024-03-12 (5 hits; 1 hit on 13 other active days)', async () => {
		const days = await conversationDays(db, null);
		expect(days.length).toBe(14);
		const bursts = detectBursts(days.map((d) => ({ conversationId: d.conversation_id, day: d.day, messages: d.messages, hits: d.hits })));
		expect(bursts.map(({ conversationId: c, start, end, hits }) => ({ c, start, end, hits }))).toEqual([
			{ c: conversationId, start: '2024-03-12', end: '2024-03-12', hits: 5 }
		]);
		expect(bursts[0].expected).toBeCloseTo(1 / 13, 12);
	});

	it('lists the hits of one conversation between two days, in time order', async () => {
		const hits = await listHits(db, { conversationId, from: '2024-03-12', to: '2024-03-12' });
		expect(hits.map((h) => [h.ts_utc, h.author, h.rule])).toEqual([
			['2024-03-12T15:01:00Z', 'Dana Whitfield', 'test.card'],
			['2024-03-12T15:03:00Z', 'Dana Whitfield', 'test.iban'],
			['2024-03-12T15:04:00Z', 'Marco Reyes', 'policy.test-declined'],
			['2024-03-12T15:06:00Z', 'Dana Whitfield', 'test.card'],
			['2024-03-12T15:09:00Z', 'Dana Whitfield', 'test.email']
		]);
		expect(hits[0]).toMatchObject({ conversation: 'Dana Whitfield', conversation_id: conversationId, span_start: 42, span_end: 61 });
		expect(await listHits(db, { from: '2024-02-05', to: '2024-02-11', category: 'pii.email' })).toHaveLength(1);
	});
});

describe('marks for the message view', () => {
	it('gives hits per category of the asked messages only, nothing for a message without hits', async () => {
		const ids = await db.query<{ id: number; text: string }>(
			`SELECT id, text FROM messages WHERE text LIKE 'And wire%' OR text LIKE 'The first card%' OR text = 'Got it, paying now' ORDER BY id`
		);
		expect(ids.map((r) => r.text.slice(0, 12))).toEqual(['And wire the', 'The first ca', 'Got it, payi']);
		const marks = await messageMarks(
			db,
			ids.map((r) => r.id)
		);
		expect(marks.map((m) => [m.message_id, m.category, m.hits, m.explanation])).toEqual([
			[ids[0].id, 'pii.iban', 1, 'test.iban matched'],
			[ids[1].id, 'policy.complaint', 1, 'policy.test-declined matched']
		]);
		expect(await messageMarks(db, [])).toEqual([]);
	});
});

describe('re-scanning', () => {
	it('a policy change drops the policy hits only and scans the workspace with the new policy rules', async () => {
		await db.exec(deleteHitsExceptRulesSql(DETECTORS.map((r) => r.id)));
		expect(await hitCount(db)).toBe(5);
		await runScan(db, { archiveIds: null, report: () => {}, scan: async (ipc) => scanIpcBatch(ipc, [DEPOSIT], fakeScanBatch) });
		const policy = await db.query<{ text: string }>(
			`SELECT m.text FROM risk_hits r JOIN messages m ON m.id = r.message_id WHERE r.rule LIKE 'policy.%' ORDER BY m.id`
		);
		expect(policy.map((p) => p.text)).toEqual(['Here is the company card for the deposit: 4532 0151 1283 0366 exp 09/27', 'Deposit confirmed']);
		expect(await hitCount(db)).toBe(7);
	});

	it('scanning an archive again replaces its hits instead of doubling them', async () => {
		await db.exec(deleteArchiveHitsSql([archiveId]));
		expect(await hitCount(db)).toBe(0);
		await runScan(db, { archiveIds: [archiveId], report: () => {}, scan: async (ipc) => scanIpcBatch(ipc, [...DETECTORS, DEPOSIT], fakeScanBatch) });
		expect(await hitCount(db)).toBe(7);
	});

	it('several ranges scanned at once, answering out of order, give the same hits as one at a time', async () => {
		const allHits = () => db.query(`SELECT * FROM risk_hits ORDER BY ALL`);
		await db.exec(deleteArchiveHitsSql([archiveId]));
		await runScan(db, {
			archiveIds: [archiveId],
			batchSize: 2,
			report: () => {},
			scan: async (ipc) => scanIpcBatch(ipc, [...DETECTORS, DEPOSIT], fakeScanBatch)
		});
		const serial = await allHits();
		await db.exec(deleteArchiveHitsSql([archiveId]));
		let running = 0;
		let most = 0;
		let turn = 0;
		const reports: number[] = [];
		await runScan(db, {
			archiveIds: [archiveId],
			batchSize: 2,
			parallel: 3,
			report: (done) => reports.push(done),
			scan: async (ipc) => {
				most = Math.max(most, ++running);
				await new Promise((r) => setTimeout(r, [15, 1, 8][turn++ % 3]));
				running--;
				return scanIpcBatch(ipc, [...DETECTORS, DEPOSIT], fakeScanBatch);
			}
		});
		expect(most).toBe(3);
		expect(await allHits()).toEqual(serial);
		expect(reports.at(-1)).toBe(23);
	});

	it('a cancelled scan stops with a message that says how far it got', async () => {
		const abort = new AbortController();
		abort.abort();
		await expect(
			runScan(db, { archiveIds: null, signal: abort.signal, report: () => {}, scan: async (ipc) => scanIpcBatch(ipc, DETECTORS, fakeScanBatch) })
		).rejects.toThrow(/cancelled after 0 of 23 messages/);
	});
});

describe('with the real detectors and built-in policies (the worker body, run in-process)', () => {
	it('finds both card numbers and the IBAN of the fixture', async () => {
		const { scanBatch } = await import('$lib/risk/scan');
		const { scanRules } = await import('$lib/risk/worker/rules');
		const { BUILTIN_POLICIES } = await import('$lib/risk/policy');
		const fresh = await createNodeDb();
		const { parsed } = await parseSource('WhatsApp Chat with Dana Whitfield.txt', new Uint8Array(readFileSync(FIXTURE)));
		const loaded = await importParsedFile(fresh, parsed[0].file, parsed[0].source, { timeZone: 'UTC' });
		const rules = scanRules(BUILTIN_POLICIES, true);
		await runScan(fresh, { archiveIds: [loaded.archiveId], report: () => {}, scan: async (ipc) => scanIpcBatch(ipc, rules, scanBatch) });
		const rows = await fresh.query<{ category: string; match: string }>(
			`SELECT r.category, substr(m.text, r.span_start + 1, r.span_end - r.span_start) AS match
			 FROM risk_hits r JOIN messages m ON m.id = r.message_id WHERE r.category IN ('pii.credit_card', 'pii.iban') ORDER BY m.id`
		);
		expect(rows).toEqual([
			{ category: 'pii.credit_card', match: '4532 0151 1283 0366' },
			{ category: 'pii.iban', match: 'DE89 3704 0044 0532 0130 00' },
			{ category: 'pii.credit_card', match: '5492 1633 0778 4132' }
		]);
	}, 120_000);
});
