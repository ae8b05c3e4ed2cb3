import type { PolicyDefinition } from '../policy';
import type { ScannedBatch } from './batch';
import { riskWorkerCount } from './pool-size';
import type { RiskWorkerRequest, RiskWorkerResponse } from './protocol';
import RiskWorker from './risk.worker?worker';

interface PooledWorker {
	worker: Worker;
	/** Batches sent to it and not answered yet. */
	busy: number;
}

/** The risk workers, started on first use and kept; a worker that fails is replaced on the next batch. */
const pool: (PooledWorker | null)[] = [];
let nextId = 1;

/** How many batches the scanner of this tab scans at once (one per risk worker). */
export function scanParallelism(): number {
	return riskWorkerCount(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency);
}

function leastBusy(): PooledWorker {
	const size = scanParallelism();
	let best: PooledWorker | null = null;
	for (let i = 0; i < size; i++) {
		const entry = (pool[i] ??= { worker: new RiskWorker(), busy: 0 });
		if (best === null || entry.busy < best.busy) best = entry;
	}
	return best!;
}

/**
 * A scan function that sends each batch to the least busy risk worker; with several cores, several batches are
 * scanned at once (callers may have up to `scanParallelism()` scans running).
 */
export function workerScanner(policies: PolicyDefinition[], detectors: boolean): (ipc: Uint8Array) => Promise<ScannedBatch> {
	return (ipc) => {
		const entry = leastBusy();
		const w = entry.worker;
		const id = nextId++;
		// Transfer only a buffer the bytes own entirely.
		const bytes = ipc.byteOffset === 0 && ipc.byteLength === ipc.buffer.byteLength ? ipc : ipc.slice();
		entry.busy++;
		return new Promise<ScannedBatch>((resolve, reject) => {
			const finish = () => {
				w.removeEventListener('message', onMessage);
				w.removeEventListener('error', onError);
				entry.busy--;
			};
			const onMessage = (event: MessageEvent<RiskWorkerResponse>) => {
				const msg = event.data;
				if (msg.id !== id) return;
				finish();
				if (msg.type === 'done') resolve(msg.result);
				else reject(new Error(`risk scan: ${msg.message}`));
			};
			const onError = (event: ErrorEvent) => {
				finish();
				const at = pool.indexOf(entry);
				if (at >= 0) pool[at] = null;
				w.terminate();
				reject(new Error(`risk scan worker failed: ${event.message}`));
			};
			w.addEventListener('message', onMessage);
			w.addEventListener('error', onError);
			w.postMessage({ type: 'scan', id, ipc: bytes, policies, detectors } satisfies RiskWorkerRequest, [bytes.buffer]);
		});
	};
}
