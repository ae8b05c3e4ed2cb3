import { describe, expect, it } from 'vitest';
import { mentionPairs, mentionsHandle, mentionsName, type MentionCandidate } from '$lib/graph/mentions';

describe('mentionsName', () => {
	it.each([
		['@Eve can you check?', 'Eve', true],
		['thanks eve!', 'Eve', true],
		['Steve said so', 'Eve', false],
		['Evening all', 'Eve', false],
		['Bob Meyers will know', 'Bob Meyer', false],
		['ask Bob Meyer.', 'Bob Meyer', true],
		['Hi Bob', 'Bob Meyer', false],
		['好的Frank', 'Frank', true],
		['李明你好', '李明', true],
		['李明你好', '明', false], // one character is too short to count
		['x', '', false],
		['Zoë, come', 'Zoë', true],
		['Zoëy, come', 'Zoë', false],
		['mail to ana_b', 'ana', false],
		['call +49 170 1234567 now', '+49 170 1234567', true]
	])('%j names %j: %s', (text, name, expected) => {
		expect(mentionsName(text, name)).toBe(expected);
	});
});

describe('mentionsHandle', () => {
	it.each([
		['ping @alicechen now', 'alicechen', true],
		['ping @alicechen2 now', 'alicechen', false],
		['ping alicechen now', 'alicechen', false],
		['ping @AliceChen', '@alicechen', true],
		['', 'x', false],
		['@', '', false]
	])('%j has @%s: %s', (text, handle, expected) => {
		expect(mentionsHandle(text, handle)).toBe(expected);
	});
});

describe('mentionPairs', () => {
	const c = (message_id: number, source: string, target: string, name: string, text: string, risk_hits = 0): MentionCandidate => ({
		message_id,
		source,
		target,
		name,
		handle: '',
		text,
		risk_hits
	});

	it('counts a message once per person mentioned, drops refused candidates and self-mentions, orders pairs', () => {
		expect(
			mentionPairs([
				c(1, 'p:2', 'p:1', 'Ann', 'Ann, Ann!', 2),
				// The same person under a second name (an identity of two participants): still one mention.
				c(1, 'p:2', 'p:1', 'Ann B', 'Ann, Ann!'),
				c(2, 'p:1', 'p:2', 'Bo', 'Bob is here'),
				c(3, 'p:1', 'p:2', 'Bo', 'Bo is here'),
				c(4, 'p:1', 'p:1', 'Ann', 'Ann talks of herself')
			])
		).toEqual([{ a: 'p:1', b: 'p:2', count: 2, messages: 2, risk_hits: 2 }]);
	});
});
