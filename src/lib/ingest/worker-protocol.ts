import type { ParsedSource } from './parse-source';

export interface ParseRequest {
	id: number;
	file: File;
}

export type ParsePhase = 'reading' | 'parsing';

export type ParseResponse =
	| { id: number; type: 'progress'; phase: ParsePhase; bytes: number; total: number }
	| { id: number; type: 'done'; result: ParsedSource }
	| { id: number; type: 'error'; message: string };
