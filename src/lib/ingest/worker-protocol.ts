import type { CsvMapping } from './csv-generic/mapping';
import type { DateOrder } from './whatsapp/date-order';
import type { ParsedSource, ParseProgressInfo } from './parse-source';

interface ParseChoices {
	dateOrder?: DateOrder;
	csvMapping?: CsvMapping;
	timeZone?: string;
}

export type ParseRequest =
	| ({ type: 'parse'; id: number; file: File } & ParseChoices)
	| ({ type: 'parse-files'; id: number; name: string; files: File[] } & ParseChoices)
	| { type: 'cancel'; id: number };

export type ParsePhase = ParseProgressInfo['phase'];

export type ParseResponse =
	| ({ id: number; type: 'progress' } & ParseProgressInfo)
	| { id: number; type: 'done'; result: ParsedSource }
	| { id: number; type: 'cancelled' }
	| { id: number; type: 'error'; message: string };
