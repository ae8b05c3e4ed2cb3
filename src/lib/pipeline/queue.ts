import type { PipelineEvent } from './events';

/**
 * Events pushed by a producer (a worker's messages, or produceImport in-process), read as an async iterable.
 * `fail` ends the iteration with that error; `end` ends it after what is queued. `taken` is called for each batch
 * once the reader asks for the event after it (the reader is done with it): the producer's credit comes back.
 */
export function eventQueue(taken: () => void = () => {}): {
	push(e: PipelineEvent): void;
	end(): void;
	fail(err: Error): void;
	events: AsyncIterable<PipelineEvent>;
} {
	const queued: PipelineEvent[] = [];
	let ended = false;
	let error: Error | null = null;
	let wake: (() => void) | null = null;
	const signal = () => {
		wake?.();
		wake = null;
	};
	return {
		push(e) {
			queued.push(e);
			signal();
		},
		end() {
			ended = true;
			signal();
		},
		fail(err) {
			error ??= err;
			signal();
		},
		events: {
			async *[Symbol.asyncIterator]() {
				for (;;) {
					if (queued.length > 0) {
						const e = queued.shift() as PipelineEvent;
						yield e;
						if (e.type === 'batch') taken();
						continue;
					}
					if (error) throw error;
					if (ended) return;
					await new Promise<void>((resolve) => (wake = resolve));
				}
			}
		}
	};
}
