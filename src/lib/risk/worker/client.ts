import type { PolicyDefinition } from '../policy';
import type { ScannedBatch } from './batch';
import type { RiskWorkerRequest, RiskWorkerResponse } from './protocol';
import RiskWorker from './risk.worker?worker';

let worker: Worker | null = null;
let nextId = 1;

/** A scan function for runScan that sends each batch to the risk worker (started on first use and kept). */
export function workerScanner(policies: PolicyDefinition[], detectors: boolean): (ipc: Uint8Array) => Promise<ScannedBatch> {
	return (ipc) => {
		worker ??= new RiskWorker();
		const w = worker;
		const id = nextId++;
		// Transfer only a buffer the bytes own entirely.
		const bytes = ipc.byteOffset === 0 && ipc.byteLength === ipc.buffer.byteLength ? ipc : ipc.slice();
		return new Promise<ScannedBatch>((resolve, reject) => {
			const onMessage = (event: MessageEvent<RiskWorkerResponse>) => {
				const msg = event.data;
				if (msg.id !== id) return;
				w.removeEventListener('message', onMessage);
				w.removeEventListener('error', onError);
				if (msg.type === 'done') resolve(msg.result);
				else reject(new Error(`risk scan: ${msg.message}`));
			};
			const onError = (event: ErrorEvent) => {
				w.removeEventListener('message', onMessage);
				w.removeEventListener('error', onError);
				worker = null;
				w.terminate();
				reject(new Error(`risk scan worker failed: ${event.message}`));
			};
			w.addEventListener('message', onMessage);
			w.addEventListener('error', onError);
			w.postMessage({ type: 'scan', id, ipc: bytes, policies, detectors } satisfies RiskWorkerRequest, [bytes.buffer]);
		});
	};
}
