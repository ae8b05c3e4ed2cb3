import { describe, expect, it } from 'vitest';
import { damerauDistance, nameMatch, nameTokens } from '$lib/identity/names';
import { pairKey, suggestMerges, type PlacedParticipant } from '$lib/identity/suggestions';

describe('nameMatch', () => {
	it.each<[string, string, string, ReturnType<typeof nameMatch>]>([
		['a surname and its initial', 'Dana Weiss', 'Dana W.', 'initial'],
		['a first name and its initial', 'Dana Weiss', 'D. Weiss', 'initial'],
		['case, accents and spacing', 'José Álvarez', 'jose  alvarez', 'same-name'],
		['a hyphen written as a space', 'Ana Silva-Ortega', 'Ana Silva Ortega', 'same-name'],
		['a swapped pair of letters in a long part', 'Dana Weiss', 'Dana Wiess', 'typo'],
		['one letter off in a long surname', 'Lukas Brandt', 'Lukas Brant', 'typo'],
		// hard negatives
		['a different short first name (Dan is a name of its own)', 'Dana Weiss', 'Dan Weiss', null],
		['a common first name alone', 'Dana', 'Dana Weiss', null],
		['two lone first names', 'John', 'Jon', null],
		['only initials in common', 'D. W.', 'Dana Weiss', null],
		['a different surname with the same first name', 'Dana Weiss', 'Dana Whitfield', null],
		['the initial of another surname', 'Dana Weiss', 'Dana K.', null],
		['two parts each one letter off', 'Lukas Brandt', 'Lucas Brant', null],
		['an initial and a typo together', 'Dana Weiss', 'D. Wiess', null],
		['different number of parts', 'Ana Silva', 'Ana Maria Silva', null],
		['the same name written the same way', 'Dana Weiss', 'Dana Weiss', null],
		['empty', '', 'Dana', null]
	])('%s: %s / %s', (_, a, b, expected) => {
		expect(nameMatch(a, b)).toBe(expected);
		expect(nameMatch(b, a)).toBe(expected);
	});

	it.each<[string, string, number]>([
		['weiss', 'weiss', 0],
		['weiss', 'wiess', 1],
		['weiss', 'weis', 1],
		['dana', 'dan', 1],
		['brandt', 'brant', 1],
		['abc', 'cba', 2],
		['', 'ab', 2]
	])('damerauDistance(%s, %s) = %i', (a, b, d) => expect(damerauDistance(a, b)).toBe(d));

	it('tokenises without accents or punctuation', () => {
		expect(nameTokens(' Zoë  O’Neill-Park ')).toEqual(['zoe', 'o', 'neill', 'park']);
	});
});

const P = (
	id: number,
	person: number,
	platform: string,
	handle: string,
	display_name: string,
	phone: string | null = null,
	email: string | null = null
): PlacedParticipant => ({ id, person, platform, handle, display_name, phone, email });

const rules = (list: PlacedParticipant[], dismissed: string[] = [], splits: string[] = []) =>
	suggestMerges(list, new Set(dismissed), new Set(splits)).map((s) => [s.people, s.evidence.map((e) => e.rule)]);

describe('suggestMerges', () => {
	it.each<[string, PlacedParticipant[], [number[], string[]][]]>([
		[
			'a national number and its international form (country taken from the other numbers)',
			[P(1, 1, 'whatsapp', '+1 (555) 010-0123', '+1 (555) 010-0123'), P(2, 2, 'csv', '(555) 010-0123', 'Dana', '(555) 010-0123')],
			[[[1, 2], ['phone']]]
		],
		[
			'a national number with no international number anywhere stays unread',
			[P(1, 1, 'csv', 'a', 'Dana', '(555) 010-0123'), P(2, 2, 'csv', 'b', 'Dana Weiss', '555 010 0124')],
			[]
		],
		[
			'Dana Weiss and Dana W. on one platform',
			[P(1, 1, 'whatsapp', 'Dana Weiss', 'Dana Weiss'), P(2, 2, 'whatsapp', 'Dana W.', 'Dana W.')],
			[[[1, 2], ['initial']]]
		],
		[
			'Dana Weiss and Dana W. on two platforms: names never cross platforms',
			[P(1, 1, 'whatsapp', 'Dana Weiss', 'Dana Weiss'), P(2, 2, 'signal', 'Dana W.', 'Dana W.')],
			[]
		],
		[
			'Dana Weiss and Dan Weiss with unrelated phones',
			[P(1, 1, 'csv', 'a', 'Dana Weiss', '+1 555 010 0123'), P(2, 2, 'csv', 'b', 'Dan Weiss', '+1 555 010 0188')],
			[]
		],
		[
			'Dana Weiss and Dana Wiess with unrelated phones: the phones outweigh the names',
			[P(1, 1, 'csv', 'a', 'Dana Weiss', '+1 555 010 0123'), P(2, 2, 'csv', 'b', 'Dana Wiess', '+1 555 010 0188')],
			[]
		],
		[
			'Dana Weiss and Dana W. with different e-mail addresses',
			[P(1, 1, 'slack', 'U1', 'Dana Weiss', null, 'dana@northwind.example'), P(2, 2, 'slack', 'U2', 'Dana W.', null, 'dana.w@harbor.example')],
			[]
		],
		[
			'two Johns: a common first name alone',
			[P(1, 1, 'whatsapp', 'John', 'John'), P(2, 2, 'whatsapp', 'John Miller', 'John Miller'), P(3, 3, 'whatsapp', 'John Park', 'John Park')],
			[]
		],
		[
			'a Gmail address with dots and a tag, and without',
			[P(1, 1, 'slack', 'U1', 'Dana', null, 'Dana.Weiss+ops@gmail.com'), P(2, 2, 'discord', 'dw', 'dw', null, 'danaweiss@googlemail.com')],
			[[[1, 2], ['email']]]
		],
		[
			'dots matter outside Gmail',
			[P(1, 1, 'slack', 'U1', 'Dana', null, 'dana.weiss@northwind.example'), P(2, 2, 'discord', 'dw', 'dw', null, 'danaweiss@northwind.example')],
			[]
		],
		[
			'a handle that is another participant’s e-mail user name',
			[P(1, 1, 'telegram', 'dana.weiss', 'Dana'), P(2, 2, 'slack', 'U1', 'D. Weiss', null, 'dana.weiss@northwind.example')],
			[[[1, 2], ['handle']]]
		],
		[
			'a WhatsApp “handle” is only the name repeated',
			[P(1, 1, 'whatsapp', 'dana', 'dana'), P(2, 2, 'slack', 'U1', 'Dana', null, 'dana@northwind.example')],
			[]
		],
		['members of one person already are not suggested', [P(1, 1, 'whatsapp', 'Dana Weiss', 'Dana Weiss'), P(2, 1, 'whatsapp', 'Dana W.', 'Dana W.')], []],
		[
			'a phone and a name between the same two people give one suggestion with both',
			[P(1, 1, 'csv', 'a', 'Dana Weiss', '+1 555 010 0123'), P(2, 2, 'csv', 'b', 'Dana W.', '(555) 010-0123')],
			[
				[
					[1, 2],
					['phone', 'initial']
				]
			]
		]
	])('%s', (_, list, expected) => {
		expect(rules(list)).toEqual(expected);
	});

	const dana = [P(1, 1, 'whatsapp', 'Dana Weiss', 'Dana Weiss'), P(2, 2, 'whatsapp', 'Dana W.', 'Dana W.')];

	it('leaves out a dismissed pair, by the participants’ keys', () => {
		expect(rules(dana, [pairKey(dana[1], dana[0])])).toEqual([]);
		expect(pairKey(dana[0], dana[1])).toBe('whatsapp:Dana W. ⇄ whatsapp:Dana Weiss');
	});

	it('leaves out a participant the user split out', () => {
		expect(rules(dana, [], ['whatsapp:Dana W.'])).toEqual([]);
	});

	it('explains the evidence in words', () => {
		const [s] = suggestMerges([P(1, 1, 'whatsapp', '+1 (555) 010-0123', '+1 (555) 010-0123'), P(2, 2, 'csv', 'x', 'Dana', '(555) 010-0123')]);
		expect(s.evidence[0].detail).toBe('phone +15550100123: “+1 (555) 010-0123” (+1 (555) 010-0123, whatsapp) and “(555) 010-0123” (Dana, csv)');
		expect(s.pairs).toEqual(['csv:x ⇄ whatsapp:+1 (555) 010-0123']);
	});
});
