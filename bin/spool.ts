import { closeSync, ftruncateSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FLUSH_CHARS = 1 << 20;
const READ_BYTES = 1 << 20;

/**
 * Output of one input held in a temporary file until the input is read to its end, so that a part read again
 * (another encoding, or a date order known only at the end) takes back what it wrote: memory stays bounded
 * whatever the output's size.
 */
export class Spool {
	private readonly dir = mkdtempSync(join(tmpdir(), 'parley-out-'));
	private readonly fd = openSync(join(this.dir, 'out'), 'w+');
	private size = 0;
	private pending = '';

	write(text: string): void {
		this.pending += text;
		if (this.pending.length > FLUSH_CHARS) this.flush();
	}

	/** Where the output is now: `rewind` goes back here. */
	mark(): number {
		this.flush();
		return this.size;
	}

	rewind(to: number): void {
		this.pending = '';
		this.size = to;
		ftruncateSync(this.fd, to);
	}

	/** Hands the output to `write` in pieces and empties the spool. */
	async drain(write: (bytes: Uint8Array) => Promise<void>): Promise<void> {
		this.flush();
		const buffer = new Uint8Array(READ_BYTES);
		for (let at = 0; at < this.size;) {
			const n = readSync(this.fd, buffer, 0, Math.min(READ_BYTES, this.size - at), at);
			if (n <= 0) break;
			await write(buffer.slice(0, n));
			at += n;
		}
		this.rewind(0);
	}

	close(): void {
		closeSync(this.fd);
		rmSync(this.dir, { recursive: true, force: true });
	}

	private flush(): void {
		if (this.pending === '') return;
		const bytes = Buffer.from(this.pending, 'utf8');
		writeSync(this.fd, bytes, 0, bytes.length, this.size);
		this.size += bytes.length;
		this.pending = '';
	}
}

/** Writes to stdout, waiting while its buffer is full. */
export function writeOut(data: string | Uint8Array): Promise<void> {
	return new Promise((resolve) => (process.stdout.write(data) ? resolve() : process.stdout.once('drain', resolve)));
}
