import { describe, expect, it } from 'vitest';
import type { PipelineProgress } from '../../../src/lib/pipeline/run';
import { importProgress } from '../../../src/lib/pipeline/import-progress';

const base = { fileName: 'WhatsApp Chat with Ops.txt', fileIndex: 0, fileCount: 1 };
const at = (phase: PipelineProgress['phase'], counts: Partial<PipelineProgress> = {}): PipelineProgress => ({
	phase,
	bytes: 1000,
	total: 1000,
	parsed: 0,
	loaded: 0,
	scanned: 0,
	indexed: 0,
	...counts
});

describe('the step an import card names', () => {
	it.each([
		['reading before anything parsed', at('reading', { bytes: 0 }), 'reading', 0, 1000],
		['parsing before the first batch is loaded', at('parsing', { parsed: 400 }), 'parsing', 1000, 1000],
		['loading once rows are in the database', at('parsing', { parsed: 900, loaded: 500 }), 'loading', 1000, 1000],
		['scanning, counted in messages scanned of loaded', at('scanning', { parsed: 900, loaded: 900, scanned: 300, indexed: 900 }), 'scanning', 300, 900],
		['indexing, counted in messages indexed of loaded', at('indexing', { parsed: 900, loaded: 900, scanned: 900, indexed: 600 }), 'indexing', 600, 900],
		['finishing when every side is done', at('finishing', { parsed: 900, loaded: 900, scanned: 900, indexed: 900 }), 'finishing', 1000, 1000]
	])('%s', (_, p, step, bytes, total) => {
		expect(importProgress(base, p)).toEqual({ ...base, step, bytes, total, messages: p.parsed, stages: p });
	});
});
