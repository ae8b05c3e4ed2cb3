/** Prints benchmark rows as an aligned text table. */
export function printTable(title: string, headers: string[], rows: (string | number)[][]): void {
	const cells = [headers, ...rows.map((r) => r.map(String))];
	const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
	const line = (r: string[]) => '| ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
	console.log(`\n${title}\n`);
	console.log(line(headers));
	console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 1) + '-' : '-'.repeat(w + 1) + ':')).join('|') + '|');
	for (const r of cells.slice(1)) console.log(line(r));
}

export function fixed(n: number, digits = 1): string {
	return n.toFixed(digits);
}
