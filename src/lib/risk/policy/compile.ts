import type { RiskHit, RiskRule } from '../types';
import type { PolicyNode } from './ast';
import type { PolicyDefinition } from './definition';
import { stripDisclaimers } from './disclaimers';
import { AnchorPass } from './anchor-pass';
import { anchorTest, distinctInstances, evaluate, MessageWords, type MatchInstance } from './match';
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

/** The word keys of the text as written (disclaimers included), for the policies' anchor pass. */
function rawWordKeys(text: string): WordKeys {
	if (text !== lastKeysText) {
		lastKeys = wordKeysOf(text, lastKeys);
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

interface CompiledQuery {
	def: PolicyDefinition;
	query: PolicyNode;
	exceptions: PolicyNode | null;
}

function compileQueries(def: PolicyDefinition): CompiledQuery {
	const query = parseOrThrow(def.query, 'query', def.id);
	const exceptions = def.exceptions && def.exceptions.trim() !== '' ? parseOrThrow(def.exceptions, 'exceptions', def.id) : null;
	return { def, query, exceptions };
}

/**
 * RiskRules for a set of policies that scan the same messages (the built-in library and the user's own): one
 * anchor pass over each message's raw words tells every policy of the set whether it may match, so a message is
 * walked once for all of them. Each rule gives the hits `compilePolicy` gives. A policy that does not compile
 * throws, or is left out and reported to `onError` when one is given.
 */
export function compilePolicies(defs: readonly PolicyDefinition[], onError?: (def: PolicyDefinition, error: unknown) => void): RiskRule[] {
	const compiled: CompiledQuery[] = [];
	for (const def of defs) {
		try {
			compiled.push(compileQueries(def));
		} catch (error) {
			if (!onError) throw error;
			onError(def, error);
		}
	}
	const anchors = new AnchorPass(compiled.map((c) => c.query));
	let anchorsText: string | null = null;
	return compiled.map(({ def, query, exceptions }, k) => {
		const label = `(${def.id}: ${def.name})`;
		const mayMatch = anchorTest(query);
		return {
			id: def.id,
			category: def.category,
			severity: def.severity,
			description: def.description,
			scan(text: string): RiskHit[] {
				if (!text) return [];
				if (text !== anchorsText) {
					anchors.run(rawWordKeys(text));
					anchorsText = text;
				}
				if (!anchors.marked(k)) return [];
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
	});
}

/** A RiskRule that fires once per distinct match of the query, unless the exceptions expression matches. */
export function compilePolicy(def: PolicyDefinition): RiskRule {
	return compilePolicies([def])[0];
}
