import LayoutWorker from './layout.worker?worker';
import type { LayoutInput } from './layout';
import type { LayoutReply } from './layout-protocol';

export interface LayoutCallbacks {
	/** x and y are empty when the run was started without frames. */
	onProgress(done: number, total: number, x: Float32Array, y: Float32Array): void;
	onDone(done: number, total: number, stopped: boolean, x: Float32Array, y: Float32Array): void;
	onError(message: string): void;
}

/** The one layout worker of the page: start a run (a newer one supersedes it), stop it. */
export class LayoutClient {
	private worker: Worker | null = null;
	private runId = 0;
	private callbacks: LayoutCallbacks | null = null;

	start(input: LayoutInput, iterations: number, callbacks: LayoutCallbacks, frames = true, batch = 10): void {
		this.worker ??= this.create();
		this.callbacks = callbacks;
		const runId = ++this.runId;
		const copy = {
			...input,
			x: input.x.slice(),
			y: input.y.slice(),
			sources: input.sources.slice(),
			targets: input.targets.slice(),
			weights: input.weights.slice()
		};
		this.worker.postMessage({ type: 'start', runId, iterations, batch, frames, ...copy }, [
			copy.x.buffer,
			copy.y.buffer,
			copy.sources.buffer,
			copy.targets.buffer,
			copy.weights.buffer
		]);
	}

	stop(): void {
		this.worker?.postMessage({ type: 'stop', runId: this.runId });
	}

	dispose(): void {
		this.worker?.terminate();
		this.worker = null;
		this.callbacks = null;
	}

	private create(): Worker {
		const w = new LayoutWorker();
		w.onmessage = (event: MessageEvent<LayoutReply>) => {
			const m = event.data;
			if (m.runId !== this.runId || !this.callbacks) return;
			if (m.type === 'progress') this.callbacks.onProgress(m.done, m.total, m.x, m.y);
			else if (m.type === 'done') this.callbacks.onDone(m.done, m.total, m.stopped, m.x, m.y);
			else this.callbacks.onError(m.message);
		};
		w.onerror = (e) => this.callbacks?.onError(e.message || 'the layout worker failed');
		return w;
	}
}
