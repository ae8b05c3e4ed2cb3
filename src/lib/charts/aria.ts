/**
 * Plot names its mark and axis groups with `aria-label` on `<g>`, which has no role that may carry a name (axe:
 * aria-prohibited-attr). Giving each named group the role `group` keeps the names Plot wrote, now valid, so a screen
 * reader can still step through "bar", "x-axis tick", … Returns the element for chaining.
 */
export function groupNamedMarks<E extends Element>(chart: E): E {
	const named = chart.querySelectorAll('g[aria-label]:not([role])');
	for (const g of named) g.setAttribute('role', 'group');
	return chart;
}
