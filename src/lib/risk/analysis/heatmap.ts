/** Risk density by conversation × week, as a grid the page renders (pure). */

export interface HeatmapInputRow {
	conversation_id: number;
	title: string;
	/** Monday of the week, 'YYYY-MM-DD'. */
	week: string;
	messages: number;
	hits: number;
}

export interface HeatmapCell {
	week: string;
	messages: number;
	hits: number;
	/** Hits per 100 messages; null for a week without messages. */
	per100: number | null;
	/** Index into HEATMAP_LEGEND; -1 for a week without messages. */
	bin: number;
}

export interface HeatmapRowOut {
	conversationId: number;
	title: string;
	hits: number;
	messages: number;
	cells: HeatmapCell[];
}

export interface Heatmap {
	/** Every Monday from the first to the last week with messages, without gaps. */
	weeks: string[];
	/** Conversations, most hits first. */
	rows: HeatmapRowOut[];
}

/** Colour bins of hits per 100 messages, lower bound inclusive except the first, which is exactly zero. */
export const HEATMAP_LEGEND: readonly { label: string; min: number; colour: string }[] = [
	{ label: '0', min: 0, colour: '#f4f1ea' },
	{ label: 'under 1', min: Number.MIN_VALUE, colour: '#fde7b0' },
	{ label: '1–5', min: 1, colour: '#f9c06a' },
	{ label: '5–10', min: 5, colour: '#ef8a3c' },
	{ label: '10–25', min: 10, colour: '#d94f2b' },
	{ label: '25 or more', min: 25, colour: '#8f1d1d' }
];

export function heatBin(per100: number | null): number {
	if (per100 === null) return -1;
	let bin = 0;
	HEATMAP_LEGEND.forEach((b, i) => {
		if (per100 >= b.min) bin = i;
	});
	return bin;
}

const WEEK_MS = 7 * 86_400_000;
const ms = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function buildHeatmap(input: readonly HeatmapInputRow[]): Heatmap {
	if (input.length === 0) return { weeks: [], rows: [] };
	const times = input.map((r) => ms(r.week));
	const first = Math.min(...times);
	const last = Math.max(...times);
	const weeks: string[] = [];
	for (let t = first; t <= last; t += WEEK_MS) weeks.push(iso(t));
	const column = new Map(weeks.map((w, i) => [w, i]));

	const byConversation = new Map<number, HeatmapRowOut>();
	for (const r of input) {
		let row = byConversation.get(r.conversation_id);
		if (!row) {
			row = {
				conversationId: r.conversation_id,
				title: r.title,
				hits: 0,
				messages: 0,
				cells: weeks.map((week) => ({ week, messages: 0, hits: 0, per100: null, bin: -1 }))
			};
			byConversation.set(r.conversation_id, row);
		}
		const per100 = r.messages > 0 ? (100 * r.hits) / r.messages : null;
		row.cells[column.get(r.week)!] = { week: r.week, messages: r.messages, hits: r.hits, per100, bin: heatBin(per100) };
		row.hits += r.hits;
		row.messages += r.messages;
	}
	const rows = [...byConversation.values()].sort((a, b) => b.hits - a.hits || a.title.localeCompare(b.title) || a.conversationId - b.conversationId);
	return { weeks, rows };
}
