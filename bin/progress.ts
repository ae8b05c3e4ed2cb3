/**
 * Progress on stderr: on a terminal one line rewritten in place; otherwise (a log, a pipe, a test) a line at most
 * every few seconds and one when the step ends, so a log of a long import stays readable.
 */
export interface Progress {
	update(done: number, total: number): void;
	end(text: string): void;
}

const INTERVAL_MS = { tty: 200, log: 5000 };

export function progress(label: string, unit: (n: number) => string, stream: NodeJS.WriteStream = process.stderr): Progress {
	const tty = Boolean(stream.isTTY);
	let last = 0;
	return {
		update(done, total) {
			const now = Date.now();
			if (now - last < (tty ? INTERVAL_MS.tty : INTERVAL_MS.log)) return;
			last = now;
			const pct = total > 0 ? ` (${Math.floor((100 * done) / total)}%)` : '';
			const line = `${label}: ${unit(done)}${total > 0 ? ` of ${unit(total)}` : ''}${pct}`;
			stream.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
		},
		end(text) {
			stream.write(tty ? `\r\x1b[K${label}: ${text}\n` : `${label}: ${text}\n`);
		}
	};
}

export const megabytes = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
/** `count('message')(2)` → '2 messages'; give the plural where adding an s is wrong. */
export const count =
	(one: string, many = `${one}s`) =>
	(n: number) =>
		`${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
