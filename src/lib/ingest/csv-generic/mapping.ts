import type { CsvDateFormat } from './dates';

/**
 * Which CSV columns hold what, by 0-based column index. The import UI shows it to the user after
 * `guessMapping` and lets them change it; `parseGenericCsv` reads the file with it.
 */
export interface CsvMapping {
	/** Whether the first row holds column names (it is then not read as a message). */
	hasHeader: boolean;
	/** Column with the message time (date and time, or the date alone when `time` is set); -1 when none was found. */
	timestamp: number;
	/** Column with the time of day, when the export splits date and time into two columns; null otherwise. */
	time: number | null;
	/** How the timestamp column is written (see CsvDateFormat for the shapes). */
	dateFormat: CsvDateFormat;
	/** Column with the message text; -1 when none was found. */
	text: number;
	/** Column with the author's display name; null when there is none (author '' for every record). */
	author: number | null;
	/** Column with a stable author id (user id, handle, phone), kept as `authorId`; null when there is none. */
	authorId: number | null;
	/** Column naming the conversation (chat, channel, thread); each distinct value becomes one conversation. Null: the file is one conversation named after the file. */
	conversation: number | null;
	/** Column with the source's own message id, kept as `sourceId`; null when there is none. */
	sourceId: number | null;
}
