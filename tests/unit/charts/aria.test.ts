// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { groupNamedMarks } from '../../../src/lib/charts/aria';

test('named <g> elements become groups; unnamed ones and ones with a role are left as they are', () => {
	const host = document.createElement('div');
	host.innerHTML = `<svg><g aria-label="bar"><rect/></g><g aria-label="x-axis tick" role="presentation"></g><g class="plain"></g></svg>`;
	groupNamedMarks(host);
	const groups = [...host.querySelectorAll('g')].map((g) => g.getAttribute('role'));
	expect(groups).toEqual(['group', 'presentation', null]);
});
