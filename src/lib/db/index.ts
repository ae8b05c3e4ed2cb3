/** The browser's door to the database: the app's queries bound to the workspace database (imports on their own connection). */
import type { ParsedFile, SourceFile } from '$lib/model/types';
import { getDb, getImportDb } from './browser';
import type { Connector } from './connector';
import { importParsedFile as importInto, type ImportOptions, type ImportResult } from './load';
import { importSummary as summaryOf, listArchives as archivesOf, type ArchiveRow, type ImportSummary } from './queries/archives';
import {
	conversationMessageCount as countOf, listConversations as conversationsOf, type ConversationRow
} from './queries/conversations';
import { messagesPage as pageOf, type MessageRow } from './queries/messages';
import { workspaceTotals as totalsOf, type WorkspaceTotals } from './queries/workspace';
import { runUserSqlOn } from './user-sql';

export { getDb, getImportDb } from './browser';
export type { Connector } from './connector';
export type { ImportOptions, ImportResult } from './load';
export type { ArchiveRow, ImportSummary } from './queries/archives';
export type { ConversationRow } from './queries/conversations';
export type { MessageRow } from './queries/messages';
export type { WorkspaceTotals } from './queries/workspace';
export { checkUserSql, type GateResult } from './sql-gate';
export { SqlRefusedError } from './user-sql';

export interface WorkspaceDb {
	/** Gate, then run; rejects with SqlRefusedError when the gate refuses. */
	runUserSql<T = Record<string, unknown>>(sql: string): Promise<T[]>;
	/** Interrupts a running runUserSql. */
	cancel(): Promise<void>;
	importParsedFile(file: ParsedFile, source: SourceFile, opts: ImportOptions): Promise<ImportResult>;
	listConversations(): Promise<ConversationRow[]>;
	conversationMessageCount(conversationId: number): Promise<number>;
	messagesPage(conversationId: number, offset: number, limit: number): Promise<MessageRow[]>;
	importSummary(archiveId: number): Promise<ImportSummary | null>;
	workspaceTotals(): Promise<WorkspaceTotals>;
	listArchives(): Promise<ArchiveRow[]>;
}

/** `importDb` should be a connection of its own (see getImportDb); queries run on `db`. */
export function bindWorkspace(db: Connector, importDb: Connector = db): WorkspaceDb {
	return {
		runUserSql: (sql) => runUserSqlOn(db, sql),
		cancel: async () => db.cancel?.(),
		importParsedFile: (file, source, opts) => importInto(importDb, file, source, opts),
		listConversations: () => conversationsOf(db),
		conversationMessageCount: (id) => countOf(db, id),
		messagesPage: (id, offset, limit) => pageOf(db, id, offset, limit),
		importSummary: (id) => summaryOf(db, id),
		workspaceTotals: () => totalsOf(db),
		listArchives: () => archivesOf(db)
	};
}

/**
 * The raw connectors, for the area modules of this folder (search hits, risk hits, analytics…) that bind their own
 * queries the way bindWorkspace does. Components never call this.
 */
export async function getConnectors(): Promise<{ db: Connector; importDb: Connector }> {
	const [db, importDb] = await Promise.all([getDb(), getImportDb()]);
	return { db, importDb };
}

let workspace: Promise<WorkspaceDb> | null = null;

/** The workspace database with the app's queries bound to it. */
export function getWorkspaceDb(): Promise<WorkspaceDb> {
	workspace ??= Promise.all([getDb(), getImportDb()]).then(([db, importDb]) => bindWorkspace(db, importDb), (e) => {
		workspace = null;
		throw e;
	});
	return workspace;
}
