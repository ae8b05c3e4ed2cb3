/**
 * The pattern every view's data follows: run a query, keep only the answer to the latest run (an answer that
 * arrives after a newer run started is dropped), and expose whether one is under way and how the latest failed.
 */
export class LatestQuery {
	loading = $state(false);
	error = $state<string | null>(null);
	private seq = 0;

	/**
	 * Runs `fetch`; `apply` receives its answer only if no later run (or `drop`) came since. The error of the latest
	 * run is kept in `error` (cleared when a run applies). Resolves true when this run's answer was applied.
	 * `apply` also receives `isLatest`, for follow-up work it starts (a write) to check before it acts later.
	 */
	async run<T>(fetch: () => Promise<T>, apply: (answer: T, isLatest: () => boolean) => void): Promise<boolean> {
		const seq = ++this.seq;
		this.loading = true;
		try {
			const answer = await fetch();
			if (seq !== this.seq) return false;
			apply(answer, () => seq === this.seq);
			this.error = null;
			return true;
		} catch (err) {
			if (seq === this.seq) this.error = err instanceof Error ? err.message : String(err);
			return false;
		} finally {
			if (seq === this.seq) this.loading = false;
		}
	}

	/** Forgets the run under way: its answer and its error will be dropped. */
	drop(): void {
		this.seq++;
		this.loading = false;
	}
}
