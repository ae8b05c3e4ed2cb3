import { RISK_CATEGORIES, type RiskCategory } from '../../../src/lib/risk/types';

/** One labelled message: `labels` lists every category the message should be flagged under; empty = a negative. */
export interface LabelledMessage {
	id: string;
	lang: string;
	text: string;
	labels: RiskCategory[];
	note?: string;
	/** The blind batch the message came from (tests/eval/corpus/blind/<batch>.jsonl); absent for tuned messages. */
	blind?: string;
	/** The category patterns the blind batch's writers labelled (`policy.*`, `phi`); the message counts for those only. */
	scope?: string[];
	/** Set when a blind label was corrected (blind/label-corrections.json): the labels as written and why they changed. */
	correction?: { from: RiskCategory[]; reason: string };
}

const KNOWN = new Set<string>(RISK_CATEGORIES);

/** Parses one JSONL corpus file; throws with the file and line on a malformed record or an unknown category. */
export function parseCorpus(jsonl: string, file: string): LabelledMessage[] {
	const out: LabelledMessage[] = [];
	jsonl.split('\n').forEach((line, i) => {
		if (line.trim() === '') return;
		let rec: unknown;
		try {
			rec = JSON.parse(line);
		} catch (err) {
			throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
		}
		const r = rec as Partial<LabelledMessage>;
		if (typeof r.id !== 'string' || typeof r.lang !== 'string' || typeof r.text !== 'string' || !Array.isArray(r.labels)) {
			throw new Error(`${file}:${i + 1}: needs id, lang, text and labels`);
		}
		for (const label of r.labels) if (!KNOWN.has(label)) throw new Error(`${file}:${i + 1}: unknown category "${label}"`);
		out.push({ id: r.id, lang: r.lang, text: r.text, labels: r.labels, ...(r.note ? { note: r.note } : {}) });
	});
	return out;
}
