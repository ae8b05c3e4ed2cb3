/// <reference lib="webworker" />
import { scanBatch } from '../scan';
import type { RiskRule } from '../types';
import { scanIpcBatch } from './batch';
import type { RiskWorkerRequest, RiskWorkerResponse } from './protocol';
import { scanRules } from './rules';

let cachedKey = '';
let cachedRules: RiskRule[] = [];

function rulesFor(req: RiskWorkerRequest): RiskRule[] {
	const key = `${req.detectors}\u0000${JSON.stringify(req.policies)}`;
	if (key !== cachedKey) {
		cachedRules = scanRules(req.policies, req.detectors);
		cachedKey = key;
	}
	return cachedRules;
}

self.onmessage = (event: MessageEvent<RiskWorkerRequest>) => {
	const req = event.data;
	let res: RiskWorkerResponse;
	const transfer: Transferable[] = [];
	try {
		const result = scanIpcBatch(req.ipc, rulesFor(req), scanBatch);
		res = { type: 'done', id: req.id, result };
		if (result.ipc.byteLength > 0) transfer.push(result.ipc.buffer);
	} catch (err) {
		res = { type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) };
	}
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(res, transfer);
};
