import type { LayoutInput } from './layout';

export type LayoutRequest =
	| ({
			type: 'start';
			runId: number;
			iterations: number;
			batch: number;
			/** Send positions with each progress report (else counts only). */ frames: boolean;
	  } & LayoutInput)
	| { type: 'stop'; runId: number };

export type LayoutReply =
	| { type: 'progress'; runId: number; done: number; total: number; x: Float32Array; y: Float32Array }
	| { type: 'done'; runId: number; done: number; total: number; stopped: boolean; x: Float32Array; y: Float32Array }
	| { type: 'error'; runId: number; message: string };
