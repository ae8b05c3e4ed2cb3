/**
 * Opening a workspace file replaces the saved workspace, audit log and all, and the page reloads. The tab that opens
 * it leaves this note in the private file system; the next start reads it and appends one entry to the opened
 * file's log (whose chain goes on unbroken) saying which file was opened, its SHA-256, when, by whom, and what it
 * replaced. The note goes once that entry is saved with the workspace.
 */

export const OPENED_FILE_NOTE = 'audit-opened-file.json';

export interface ReplacedWorkspace {
	archives: number;
	messages: number;
	/** The replaced log's last entry: a copy of that log kept elsewhere can be matched to it. */
	log_entries: number;
	log_last_hash: string;
	/** When the replaced workspace was last saved on this machine; null when it was not. */
	saved_at: string | null;
}

export interface OpenedFileNote {
	file: string;
	bytes: number;
	/** SHA-256 (lowercase hex) of the whole workspace file as opened. */
	sha256: string;
	/** What the file says about itself (who wrote it, when, how many messages). */
	created_by: string;
	created_at: string;
	messages: number;
	archives: number;
	/** ISO time the person confirmed the replacement. */
	opened_at: string;
	opened_by: string;
	/** Whether opened_by is a reviewer name given in the app (not "unnamed reviewer"). */
	opened_by_named: boolean;
	replaced: ReplacedWorkspace;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The note from its stored text; null when it is not one (a damaged note is not recorded as if it were true). */
export function parseOpenedFileNote(text: string): OpenedFileNote | null {
	let v: unknown;
	try {
		v = JSON.parse(text);
	} catch {
		return null;
	}
	if (!isRecord(v) || !isRecord(v.replaced)) return null;
	const r = v.replaced;
	const ok =
		typeof v.file === 'string' &&
		isCount(v.bytes) &&
		typeof v.sha256 === 'string' &&
		HEX64.test(v.sha256) &&
		typeof v.created_by === 'string' &&
		typeof v.created_at === 'string' &&
		isCount(v.messages) &&
		isCount(v.archives) &&
		typeof v.opened_at === 'string' &&
		!Number.isNaN(Date.parse(v.opened_at)) &&
		typeof v.opened_by === 'string' &&
		typeof v.opened_by_named === 'boolean' &&
		isCount(r.archives) &&
		isCount(r.messages) &&
		isCount(r.log_entries) &&
		typeof r.log_last_hash === 'string' &&
		HEX64.test(r.log_last_hash) &&
		(r.saved_at === null || typeof r.saved_at === 'string');
	return ok ? (v as unknown as OpenedFileNote) : null;
}

/** Whether an entry for this very opening is in the log already (saved, but the note could not be removed then). */
export function openingRecorded(note: OpenedFileNote, recordedDetails: readonly string[]): boolean {
	return recordedDetails.some((text) => {
		try {
			const d = JSON.parse(text) as Partial<OpenedFileNote>;
			return d.sha256 === note.sha256 && d.opened_at === note.opened_at;
		} catch {
			return false;
		}
	});
}

/** The entry's details: the note, with what the opened log looked like when it was read. */
export function openedFileDetails(note: OpenedFileNote, openedLog: { entries: number; verified: boolean; problem: string | null }): Record<string, unknown> {
	const { opened_by_named, ...rest } = note;
	void opened_by_named;
	return { ...rest, log_entries: openedLog.entries, log_verified: openedLog.verified, problem: openedLog.problem };
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
	return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
