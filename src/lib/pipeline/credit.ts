import { throwIfAborted } from '$lib/ingest/container/types';

/**
 * Backpressure between the parse side of an import and the load side: the parse side may have at most `limit`
 * batches sent and not yet taken by the pipeline (which takes the next event only once the slowest side has room);
 * past that it stops reading and parsing until the load side acknowledges one. In the tab the acknowledgements
 * cross from the page to the parse worker as messages; in Node they are calls.
 */
export class BatchCredit {
	private outstanding = 0;
	private waiters: (() => void)[] = [];

	constructor(
		readonly limit: number,
		private readonly signal?: AbortSignal
	) {
		signal?.addEventListener('abort', () => this.wake(), { once: true });
	}

	/** Batches sent and not yet acknowledged. */
	get inFlight(): number {
		return this.outstanding;
	}

	/** Whether a batch may be sent now. */
	get open(): boolean {
		return this.outstanding < this.limit;
	}

	sent(): void {
		this.outstanding++;
	}

	acknowledged(batches = 1): void {
		this.outstanding = Math.max(0, this.outstanding - batches);
		this.wake();
	}

	/** Resolves once fewer than `limit` batches are in flight; throws the AbortError once the import is cancelled. */
	async ready(): Promise<void> {
		for (;;) {
			throwIfAborted(this.signal);
			if (this.open) return;
			await new Promise<void>((r) => this.waiters.push(r));
		}
	}

	private wake(): void {
		for (const w of this.waiters.splice(0)) w();
	}
}

/** Batches the parse side may have sent ahead of the load side. */
export const PARSE_AHEAD = 2;
