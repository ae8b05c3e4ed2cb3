import type { RiskHit, RiskRule } from '../types';
import type { PolicyNode } from './ast';
import type { PolicyDefinition } from './definition';
import { stripDisclaimers } from './disclaimers';
import { anchorKeyTest, anchorTest, distinctInstances, evaluate, MessageWords, type MatchInstance } from './match';
import { parsePolicyQuery } from './parse';
import { tokenize, wordKeysOf, type WordKeys } from './tokenize';

/** A single matched term. */
const SCORE_SINGLE_TERM = 0.7;
/** Several terms together (a proximity, AND or a phrase of several words) are stronger evidence. */
const SCORE_COMBINED = 0.85;

/**
 * Every compiled policy scans the same message in turn; the disclaimer-free words of the last message are kept
 * so they are worked out once per message, not once per policy.
 */
let lastText: string | null = null;
let lastWords: MessageWords | null = null;
let lastKeysText: string | null = null;
let lastKeys: WordKeys = { text: '', keys: [], hashes: [], spans: [] };

/** The word keys of the text as written (disclaimers included), for every policy's anchorKeyTest. */
function rawWordKeys(text: string): WordKeys {
	if (text !== lastKeysText) {
		lastKeys = wordKeysOf(text);
		lastKeysText = text;
	}
	return lastKeys;
}

export function messageWords(text: string): MessageWords {
	if (text !== lastText || !lastWords) {
		const visible = stripDisclaimers(text);
		lastWords = new MessageWords(text, tokenize(visible));
		lastText = text;
	}
	return lastWords;
}

function parseOrThrow(query: string, what: string, id: string): PolicyNode {
	const parsed = parsePolicyQuery(query);
	if (!parsed.ok) throw new Error(`policy ${id}: ${what}: ${parsed.errors.map((e) => e.message).join('; ')}`);
	return parsed.ast;
}

function score(i: MatchInstance): number {
	return i.parts.length > 1 || i.last > i.first ? SCORE_COMBINED : SCORE_SINGLE_TERM;
}

/** A RiskRule that fires once per distinct match of the query, unless the exceptions expression matches. */
export function compilePolicy(def: PolicyDefinition): RiskRule {
	const query = parseOrThrow(def.query, 'query', def.id);
	const exceptions = def.exceptions && def.exceptions.trim() !== '' ? parseOrThrow(def.exceptions, 'exceptions', def.id) : null;
	const label = `(${def.id}: ${def.name})`;
	const mayMatch = anchorTest(query);
	const mayMatchKeys = anchorKeyTest(query);
	return {
		id: def.id,
		category: def.category,
		severity: def.severity,
		description: def.description,
		scan(text: string): RiskHit[] {
			if (!text || !mayMatchKeys(rawWordKeys(text))) return [];
			const words = messageWords(text);
			if (words.tokens.length === 0 || !mayMatch(words)) return [];
			const result = evaluate(query, words);
			if (!result.matched || result.instances.length === 0) return [];
			if (exceptions && evaluate(exceptions, words).matched) return [];
			return distinctInstances(result.instances).map((i) => ({
				rule: def.id,
				category: def.category,
				severity: def.severity,
				score: score(i),
				start: words.tokens[i.first].start,
				end: words.tokens[i.last].end,
				explanation: `${i.description} ${label}`
			}));
		}
	};
}
