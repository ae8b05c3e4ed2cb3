/// <reference lib="webworker" />
import { ForceAtlas2 } from './layout';
import type { LayoutReply, LayoutRequest } from './layout-protocol';

// One run at a time; a 'stop' (or a newer 'start') is seen between batches, where the loop yields to the event queue.
let current = 0;
let stopped = new Set<number>();

function post(m: LayoutReply): void {
	const transfer = m.type === 'error' ? [] : [m.x.buffer, m.y.buffer];
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);
}

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
	const req = event.data;
	if (req.type === 'stop') {
		stopped.add(req.runId);
		return;
	}
	current = req.runId;
	stopped = new Set();
	try {
		const fa2 = new ForceAtlas2(req);
		let done = 0;
		while (done < req.iterations) {
			const k = Math.min(req.batch, req.iterations - done);
			fa2.step(k);
			done += k;
			await new Promise((r) => setTimeout(r, 0));
			if (current !== req.runId) return;
			if (stopped.has(req.runId)) {
				post({ type: 'done', runId: req.runId, done, total: req.iterations, stopped: true, ...fa2.positions() });
				return;
			}
			if (done < req.iterations) {
				const positions = req.frames ? fa2.positions() : { x: new Float32Array(), y: new Float32Array() };
				post({ type: 'progress', runId: req.runId, done, total: req.iterations, ...positions });
			}
		}
		post({ type: 'done', runId: req.runId, done, total: req.iterations, stopped: false, ...fa2.positions() });
	} catch (err) {
		post({ type: 'error', runId: req.runId, message: err instanceof Error ? err.message : String(err) });
	}
};
