import type { CsvMapping } from './csv-generic/mapping';
import type { DateOrder } from './whatsapp/date-order';
import type { PipelineEvent, StreamStart } from '$lib/pipeline/events';

export interface ParseChoices {
	dateOrder?: DateOrder;
	csvMapping?: CsvMapping;
	timeZone?: string;
}

/** One input: a file (streamed), or several files read together as one export. */
export type ParseInput = { file: File } | { name: string; files: File[] };

export type ParseRequest =
	| ({ type: 'import'; id: number; input: ParseInput; start: StreamStart } & ParseChoices)
	| { type: 'cancel'; id: number }
	/** The page took `batches` more batches of this import: the worker may read and parse that much further. */
	| { type: 'ack'; id: number; batches: number };

export type ParseResponse =
	| { id: number; type: 'event'; event: PipelineEvent }
	| { id: number; type: 'end' }
	| { id: number; type: 'cancelled' }
	| { id: number; type: 'error'; message: string };
