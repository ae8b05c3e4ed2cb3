/**
 * Burst detection: time windows where a conversation's rate of hits is far above its own baseline.
 *
 * For each conversation, over the days on which it had messages ("active days"):
 * - a window runs from a day with hits to a later day with hits, at most MAX_WINDOW_DAYS calendar days long;
 * - baseline = the conversation's hits outside the window / its active days outside the window;
 * - expected = baseline × the active days inside the window;
 * - the window is flagged when k ≥ MIN_HITS and the Poisson tail P(X ≥ k | λ = expected) < P_THRESHOLD,
 *   i.e. so many hits would happen by chance less than once in a thousand times at the conversation's usual rate;
 * - flagged windows that overlap or touch are merged into one burst.
 */

export const MAX_WINDOW_DAYS = 7;
export const MIN_HITS = 3;
export const P_THRESHOLD = 0.001;

/** One conversation-day with messages ('YYYY-MM-DD', UTC). Days without messages are simply absent. */
export interface ConversationDay {
	conversationId: number;
	day: string;
	messages: number;
	hits: number;
}

export interface Burst {
	conversationId: number;
	/** First and last day of the window, inclusive, 'YYYY-MM-DD'. */
	start: string;
	end: string;
	hits: number;
	/** Hits the baseline predicts for the window's active days. */
	expected: number;
	/** hits / expected; Infinity when the conversation has no hits outside the window. */
	ratio: number;
	/** Smallest Poisson tail among the windows merged into this burst. */
	p: number;
	/** Hits per active day outside the window. */
	baseline: number;
}

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
	return Math.floor(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS);
}

function dayString(n: number): string {
	return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function logFactorial(k: number): number {
	let s = 0;
	for (let i = 2; i <= k; i++) s += Math.log(i);
	return s;
}

/** P(X ≥ k) for X ~ Poisson(λ). Sums the upper tail directly when k > λ, so tiny probabilities keep their digits. */
export function poissonTail(k: number, lambda: number): number {
	if (k <= 0) return 1;
	if (lambda <= 0) return 0;
	if (k > lambda) {
		let term = Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k));
		let sum = 0;
		for (let i = k; term > sum * 1e-17 && i < k + 10_000; i++) {
			sum += term;
			term *= lambda / (i + 1);
		}
		return Math.min(1, sum);
	}
	let term = Math.exp(-lambda);
	let below = 0;
	for (let i = 0; i < k; i++) {
		below += term;
		term *= lambda / (i + 1);
	}
	return Math.max(0, 1 - below);
}

interface Day {
	n: number;
	hits: number;
}

interface Window {
	from: number;
	to: number;
	p: number;
}

function windowStats(days: Day[], totalHits: number, from: number, to: number) {
	let hits = 0;
	let inside = 0;
	for (const d of days) {
		if (d.n < from || d.n > to) continue;
		hits += d.hits;
		inside++;
	}
	const outside = days.length - inside;
	const baseline = outside > 0 ? (totalHits - hits) / outside : NaN;
	return { hits, expected: baseline * inside, baseline, outside };
}

function conversationBursts(conversationId: number, days: Day[]): Burst[] {
	const totalHits = days.reduce((s, d) => s + d.hits, 0);
	const hitDays = days.filter((d) => d.hits > 0);
	const flagged: Window[] = [];
	for (let i = 0; i < hitDays.length; i++) {
		for (let j = i; j < hitDays.length && hitDays[j].n - hitDays[i].n < MAX_WINDOW_DAYS; j++) {
			const { hits, expected, outside } = windowStats(days, totalHits, hitDays[i].n, hitDays[j].n);
			if (outside === 0 || hits < MIN_HITS) continue;
			const p = poissonTail(hits, expected);
			if (p < P_THRESHOLD) flagged.push({ from: hitDays[i].n, to: hitDays[j].n, p });
		}
	}
	flagged.sort((a, b) => a.from - b.from || a.to - b.to);
	const merged: Window[] = [];
	for (const w of flagged) {
		const last = merged.at(-1);
		if (last && w.from <= last.to + 1) {
			last.to = Math.max(last.to, w.to);
			last.p = Math.min(last.p, w.p);
		} else merged.push({ ...w });
	}
	return merged.map((w) => {
		const { hits, expected, baseline } = windowStats(days, totalHits, w.from, w.to);
		return {
			conversationId,
			start: dayString(w.from),
			end: dayString(w.to),
			hits,
			expected,
			baseline,
			p: w.p,
			ratio: expected > 0 ? hits / expected : Infinity
		};
	});
}

/** Bursts of every conversation, strongest (smallest p, then most hits) first. */
export function detectBursts(rows: readonly ConversationDay[]): Burst[] {
	const byConversation = new Map<number, Day[]>();
	for (const r of rows) {
		if (r.messages <= 0 && r.hits <= 0) continue;
		let days = byConversation.get(r.conversationId);
		if (!days) byConversation.set(r.conversationId, (days = []));
		days.push({ n: dayNumber(r.day), hits: r.hits });
	}
	const bursts: Burst[] = [];
	for (const [id, days] of byConversation) {
		days.sort((a, b) => a.n - b.n);
		bursts.push(...conversationBursts(id, days));
	}
	return bursts.sort((a, b) => a.p - b.p || b.hits - a.hits || a.conversationId - b.conversationId || a.start.localeCompare(b.start));
}
