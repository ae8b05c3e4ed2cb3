import { describe, expect, it } from 'vitest';
import {
	mergeDecision,
	mergeParticipants,
	NO_DECISIONS,
	parseDecisions,
	renameDecision,
	splitDecision,
	type IdentityDecisions,
	type ParticipantRecord
} from '$lib/identity';

const P = (
	id: number,
	platform: string,
	handle: string,
	display_name: string,
	phone: string | null = null,
	email: string | null = null
): ParticipantRecord => ({ id, platform, handle, display_name, phone, email });

// Klara on WhatsApp (her number as the author), on an SMS export (number with a name) and on Slack (e-mail id);
// two unrelated "John"s; Nico on Instagram and Telegram under the same username.
const people: ParticipantRecord[] = [
	P(1, 'whatsapp', '+49 151 2345 6789', '+49 151 2345 6789'),
	P(2, 'csv', '0049 151 23456789', 'Klara Weber', '+4915123456789'),
	P(3, 'slack', 'U01KLARA', 'klara', null, 'klara@weber.de'),
	P(4, 'discord', 'klara@weber.de', 'Klara W.'),
	P(5, 'whatsapp', 'John', 'John'),
	P(6, 'signal', 'John', 'John'),
	P(7, 'instagram', '@nico.alvarez', 'Nico Alvarez'),
	P(8, 'telegram', 'nico.alvarez', 'Nico'),
	P(9, 'signal', 'Me', 'Me')
];
const messages = new Map([
	[1, 40],
	[2, 3],
	[3, 10],
	[4, 1],
	[5, 2],
	[6, 7],
	[7, 5],
	[8, 9],
	[9, 0]
]);

const groups = (d: IdentityDecisions) => mergeParticipants(people, d, messages).map((p) => [p.members, p.label]);

describe('mergeParticipants', () => {
	it.each<[string, IdentityDecisions, [number[], string][]]>([
		[
			'automatic rules: phone (formats differ), e-mail, handle; names alone never',
			NO_DECISIONS,
			[
				[[1, 2], 'Klara Weber'], // WhatsApp wrote most but its name is a number
				[[3, 4], 'klara'],
				[[5], 'John'],
				[[6], 'John'],
				[[7, 8], 'Nico'], // Nico wrote more on Telegram
				[[9], 'Me']
			]
		],
		[
			'a manual merge joins two people, transitively with their automatic links; the most active named member labels it',
			{ merges: [['csv:0049 151 23456789', 'discord:klara@weber.de']], splits: [], labels: {} },
			[
				[[1, 2, 3, 4], 'klara'],
				[[5], 'John'],
				[[6], 'John'],
				[[7, 8], 'Nico'],
				[[9], 'Me']
			]
		],
		[
			'a manual split takes a participant out, its keys link no one',
			{ merges: [], splits: ['whatsapp:+49 151 2345 6789'], labels: {} },
			[
				[[1], '+49 151 2345 6789'],
				[[2], 'Klara Weber'],
				[[3, 4], 'klara'],
				[[5], 'John'],
				[[6], 'John'],
				[[7, 8], 'Nico'],
				[[9], 'Me']
			]
		],
		[
			'the two Johns merged by hand, one label chosen',
			{ merges: [['whatsapp:John', 'signal:John']], splits: [], labels: { 'signal:John': 'John Doe' } },
			[
				[[1, 2], 'Klara Weber'],
				[[3, 4], 'klara'],
				[[5, 6], 'John Doe'],
				[[7, 8], 'Nico'],
				[[9], 'Me']
			]
		],
		[
			'decisions about participants not in the workspace are ignored',
			{ merges: [['whatsapp:Nobody', 'signal:Me']], splits: ['telegram:ghost'], labels: { 'whatsapp:Nobody': 'x' } },
			[
				[[1, 2], 'Klara Weber'],
				[[3, 4], 'klara'],
				[[5], 'John'],
				[[6], 'John'],
				[[7, 8], 'Nico'],
				[[9], 'Me']
			]
		]
	])('%s', (_, decisions, expected) => {
		expect(groups(decisions)).toEqual(expected);
	});

	it('puts every participant in exactly one person, whatever the input order', () => {
		const shuffled = [people[8], people[3], people[0], people[6], people[1], people[5], people[2], people[7], people[4]];
		const members = mergeParticipants(shuffled, NO_DECISIONS).flatMap((p) => p.members);
		expect(members.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});
});

describe('decisions', () => {
	it.each<[string, (d: IdentityDecisions) => IdentityDecisions, IdentityDecisions]>([
		['merge records the group', (d) => mergeDecision(d, ['a:1', 'b:2']), { merges: [['a:1', 'b:2']], splits: [], labels: {} }],
		['merge of one is nothing', (d) => mergeDecision(d, ['a:1', 'a:1']), NO_DECISIONS],
		[
			'merge with a label keeps it on the first',
			(d) => mergeDecision(d, ['a:1', 'b:2'], 'Ana'),
			{ merges: [['a:1', 'b:2']], splits: [], labels: { 'a:1': 'Ana' } }
		],
		[
			'split after merge removes it from the group',
			(d) => splitDecision(mergeDecision(d, ['a:1', 'b:2', 'c:3']), 'b:2'),
			{ merges: [['a:1', 'c:3']], splits: ['b:2'], labels: {} }
		],
		[
			'a split participant holding the label hands it to the member that stays',
			(d) => splitDecision(mergeDecision(d, ['a:1', 'b:2'], 'Ana'), 'a:1', 'b:2'),
			{ merges: [], splits: ['a:1'], labels: { 'b:2': 'Ana' } }
		],
		['split of a pair drops the group', (d) => splitDecision(mergeDecision(d, ['a:1', 'b:2']), 'a:1'), { merges: [], splits: ['a:1'], labels: {} }],
		['merge after split undoes the split', (d) => mergeDecision(splitDecision(d, 'a:1'), ['a:1', 'b:2']), { merges: [['a:1', 'b:2']], splits: [], labels: {} }],
		[
			'rename moves the label to the first member',
			(d) => renameDecision({ ...d, labels: { 'b:2': 'Old' } }, ['a:1', 'b:2'], ' New '),
			{ merges: [], splits: [], labels: { 'a:1': 'New' } }
		],
		['an empty rename goes back to the default', (d) => renameDecision({ ...d, labels: { 'a:1': 'Old' } }, ['a:1'], '  '), NO_DECISIONS]
	])('%s', (_, apply, expected) => {
		expect(apply(NO_DECISIONS)).toEqual(expected);
	});

	it.each<[string, string | null, IdentityDecisions]>([
		['missing', null, NO_DECISIONS],
		['not JSON', '{merges', NO_DECISIONS],
		[
			'wrong shapes dropped',
			'{"merges":[["a:1","b:2"],[1,2],"x"],"splits":"a","labels":{"a:1":"A","b":3}}',
			{ merges: [['a:1', 'b:2']], splits: [], labels: { 'a:1': 'A' } }
		],
		[
			'round trip',
			JSON.stringify({ merges: [['a:1', 'b:2']], splits: ['c:3'], labels: { 'a:1': 'A' } }),
			{ merges: [['a:1', 'b:2']], splits: ['c:3'], labels: { 'a:1': 'A' } }
		]
	])('parseDecisions: %s', (_, json, expected) => {
		expect(parseDecisions(json)).toEqual(expected);
	});
});
