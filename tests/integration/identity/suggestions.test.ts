// Suggested merges on a real database: the Harbor Logistics group (Dana Weiss) and the one-to-one chat exported from
// Chidi's phone, where she is saved as "Dana W" (data-samples/whatsapp/README.md). Never applied by themselves.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { dismissSuggestion, listPeople, mergePeople, mergeSuggestions, readDismissedSuggestions, refreshIdentities } from '$lib/db/queries/identities';
import { parseSource } from '$lib/ingest/parse-source';

const FILES = ['data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt', 'data-samples/whatsapp/WhatsApp Chat with Dana W.txt'];

async function importFile(db: Connector, path: string): Promise<void> {
	const parsed = await parseSource(path.split('/').at(-1)!, new Uint8Array(readFileSync(path)));
	for (const p of parsed.parsed) await importParsedFile(db, p.file, p.source, { timeZone: 'America/Los_Angeles' });
}

const labelsOf = async (db: Connector) => (await listPeople(db)).map((p) => p.label).sort();

describe('suggested merges', () => {
	let db: Connector;
	beforeEach(async () => {
		db = await createNodeDb();
		for (const f of FILES) await importFile(db, f);
		await refreshIdentities(db);
	}, 120_000);

	it('suggest Dana Weiss and Dana W (a name and its initial on WhatsApp), and nothing else; nothing is merged', async () => {
		const suggestions = await mergeSuggestions(db);
		const people = await listPeople(db);
		const label = (id: number) => people.find((p) => p.id === id)!.label;
		expect(suggestions.map((s) => [s.people.map(label).sort(), s.evidence.map((e) => e.rule)])).toEqual([[['Dana W', 'Dana Weiss'], ['initial']]]);
		expect(suggestions[0].pairs).toEqual(['whatsapp:Dana W ⇄ whatsapp:Dana Weiss']);
		// Harbor Logistics: Ana Silva, Bo Li, Chidi Okafor, Dana Weiss, +1 (555) 010‑0123; the chat adds Dana W (Chidi is the same participant).
		expect(await labelsOf(db)).toEqual(['+1 (555) 010‑0123', 'Ana Silva', 'Bo Li', 'Chidi Okafor', 'Dana W', 'Dana Weiss']);
	});

	it('a dismissed suggestion stays dismissed, also after the people are recomputed', async () => {
		const [s] = await mergeSuggestions(db);
		await dismissSuggestion(db, s.pairs);
		expect(await mergeSuggestions(db)).toEqual([]);
		await refreshIdentities(db);
		expect(await mergeSuggestions(db)).toEqual([]);
		expect([...(await readDismissedSuggestions(db))]).toEqual(['whatsapp:Dana W ⇄ whatsapp:Dana Weiss']);
		expect(await labelsOf(db)).toContain('Dana W');
	});

	it('accepting merges with the manual merge, and the suggestion is gone', async () => {
		const [s] = await mergeSuggestions(db);
		await mergePeople(db, [...s.people]);
		expect(await mergeSuggestions(db)).toEqual([]);
		const labels = await labelsOf(db);
		expect(labels).toHaveLength(5);
		expect(labels.filter((l) => l.startsWith('Dana'))).toHaveLength(1);
	});
});
