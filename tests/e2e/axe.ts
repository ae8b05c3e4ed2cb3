// axe-core, read from node_modules and evaluated in the page (no network), run over the whole document.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; html: string; failureSummary: string }[];
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the page and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
	if (!loaded) await page.evaluate(AXE_SOURCE);
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), failureSummary: n.failureSummary }))
		}));
	});
}

/** One line per violation and up to three of its nodes, for a failure message. */
export function describeViolations(state: string, violations: AxeViolation[]): string {
	return violations
		.map((v) => {
			const nodes = v.nodes.slice(0, 3).map((n) => `    ${n.target.join(' ')}: ${n.html}`);
			return [`[${state}] ${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help}`, ...nodes].join('\n');
		})
		.join('\n');
}
