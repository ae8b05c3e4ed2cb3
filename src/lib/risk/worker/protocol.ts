import type { PolicyDefinition } from '../policy';
import type { ScannedBatch } from './batch';

export type RiskWorkerRequest = {
	type: 'scan';
	id: number;
	/** Arrow IPC of (id, kind, text). */
	ipc: Uint8Array;
	/** Enabled policies; compiled once per distinct set and kept. */
	policies: PolicyDefinition[];
	/** Also run the PII, PHI and secret detectors (false for a policy re-scan). */
	detectors: boolean;
};

export type RiskWorkerResponse = { type: 'done'; id: number; result: ScannedBatch } | { type: 'error'; id: number; message: string };
