import type { CsvMapping } from './csv-generic/mapping';
import type { DateOrder } from './whatsapp/date-order';
import type { ParsedSource, ParseProgressInfo } from './parse-source';

export type ParseRequest = { type: 'parse'; id: number; file: File; dateOrder?: DateOrder; csvMapping?: CsvMapping; timeZone?: string } | { type: 'cancel'; id: number };

export type ParsePhase = ParseProgressInfo['phase'];

export type ParseResponse =
	| ({ id: number; type: 'progress' } & ParseProgressInfo)
	| { id: number; type: 'done'; result: ParsedSource }
	| { id: number; type: 'cancelled' }
	| { id: number; type: 'error'; message: string };
