import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelCandidate } from '$lib/graph/label-layout';

const C = (key: string, x: number, y: number, radius: number, width = 40, forced = false): LabelCandidate => ({ key, x, y, radius, width, height: 12, forced });

describe('placeLabels', () => {
	it.each<[string, LabelCandidate[], string[]]>([
		['labels far apart are all drawn, biggest node first', [C('a', 0, 0, 4), C('b', 0, 100, 8), C('c', 200, 0, 6)], ['b', 'c', 'a']],
		['two labels on one line: the bigger node keeps its label', [C('small', 10, 0, 3), C('big', 0, 0, 9)], ['big']],
		['a label just below another, closer than its height: dropped', [C('a', 0, 0, 5), C('b', 0, 10, 4)], ['a']],
		['a label one line below, with the gap: both', [C('a', 0, 0, 5), C('b', 0, 15, 4)], ['a', 'b']],
		['a long label reaches a node to its right', [C('long', 0, 0, 8, 200), C('right', 150, 2, 4)], ['long']],
		['a forced label (the focused person) wins over a bigger node', [C('big', 0, 0, 9), C('chosen', 5, 0, 2, 40, true)], ['chosen']],
		['equal nodes: the order is by key, so the drawing is stable', [C('b', 0, 0, 5), C('a', 5, 0, 5)], ['a']]
	])('%s', (_, candidates, expected) => {
		expect(placeLabels(candidates).map((p) => p.key)).toEqual(expected);
	});

	it('puts a label left of its node when it would leave the drawing on the right', () => {
		expect(placeLabels([C('edge', 380, 50, 5, 40), C('middle', 100, 50, 5, 40)], 400).map((p) => [p.key, p.box.left])).toEqual([
			['edge', 380 - 5 - 3 - 40],
			['middle', 108]
		]);
	});

	it('places a label to the right of its node, centred on it', () => {
		expect(labelBox(C('a', 100, 50, 6, 30))).toEqual({ left: 109, top: 44, right: 139, bottom: 56 });
	});
});
