/** The browser's door to the database: the app's queries bound to the workspace database (imports on their own connection). */
import type { ParsedFile, SourceFile } from '$lib/model/types';
import { getConsoleDb, getDb, getImportDb } from './browser';
import type { Connector } from './connector';
import { importParsedFile as importInto, type ImportOptions, type ImportResult } from './load';
import { importSummary as summaryOf, listArchives as archivesOf, type ArchiveRow, type ImportSummary } from './queries/archives';
import { conversationMessageCount as countOf, listConversations as conversationsOf, type ConversationRow } from './queries/conversations';
import { messagesPage as pageOf, type MessageRow } from './queries/messages';
import { workspaceTotals as totalsOf, type WorkspaceTotals } from './queries/workspace';
import { whenWorkspaceReady } from './ready';
import { describeUserSqlOn, refusalOfUserSqlOn, runUserSqlOn } from './user-sql';

export { getDb, getImportDb } from './browser';
export type { Connector } from './connector';
export type { ImportOptions, ImportResult } from './load';
export type { ArchiveRow, ImportSummary } from './queries/archives';
export type { ConversationRow } from './queries/conversations';
export type { MessageRow } from './queries/messages';
export type { WorkspaceTotals } from './queries/workspace';
export { isWorkspaceReady, markWorkspaceReady, whenWorkspaceReady } from './ready';
export { checkUserSql, type GateResult } from './sql-gate';
export { SqlRefusedError } from './user-sql';

export interface WorkspaceDb {
	/**
	 * Gate, then run in a read-only transaction that is rolled back; rejects with SqlRefusedError when refused.
	 * Where a console query completes (the place to record it in the audit log).
	 */
	runUserSql<T = Record<string, unknown>>(sql: string): Promise<T[]>;
	/** Result columns and their DuckDB types of a statement runUserSql accepts, without running it; null when unknown. */
	describeUserSql(sql: string): Promise<{ name: string; type: string }[] | null>;
	/** Why runUserSql would refuse the statement (the lexical gate or DuckDB's plan), without running it; null if it would run. */
	refusalOfUserSql(sql: string): Promise<string | null>;
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

/** `importDb` and `consoleDb` should be connections of their own (see getImportDb, getConsoleDb); queries run on `db`. */
export function bindWorkspace(db: Connector, importDb: Connector = db, consoleDb: Connector = db): WorkspaceDb {
	return {
		runUserSql: (sql) => runUserSqlOn(consoleDb, sql),
		describeUserSql: (sql) => describeUserSqlOn(consoleDb, sql),
		refusalOfUserSql: (sql) => refusalOfUserSqlOn(consoleDb, sql),
		cancel: async () => consoleDb.cancel?.(),
		importParsedFile: (file, source, opts) => importInto(importDb, file, source, opts),
		listConversations: () => conversationsOf(db),
		conversationMessageCount: (id) => countOf(db, id),
		messagesPage: (id, offset, limit) => pageOf(db, id, offset, limit),
		importSummary: (id) => summaryOf(db, id),
		workspaceTotals: () => totalsOf(db),
		listArchives: () => archivesOf(db)
	};
}

/** Starts the engine and opens its connections, without waiting for the restore: rejects when DuckDB cannot start. */
export async function startDatabase(): Promise<void> {
	await Promise.all([getDb(), getImportDb(), getConsoleDb()]);
}

/** The connection the saved workspace is restored on, before the workspace is ready (persistence only). */
export function getRestoreDb(): Promise<Connector> {
	return getImportDb();
}

/**
 * The raw connectors, for the area modules of this folder (search hits, risk hits, analytics…) that bind their own
 * queries the way bindWorkspace does. Components never call this. Waits for the saved workspace to be restored.
 */
export async function getConnectors(): Promise<{ db: Connector; importDb: Connector }> {
	await whenWorkspaceReady();
	const [db, importDb] = await Promise.all([getDb(), getImportDb()]);
	return { db, importDb };
}

let workspace: Promise<WorkspaceDb> | null = null;

/** The workspace database with the app's queries bound to it; waits for the saved workspace to be restored. */
export async function getWorkspaceDb(): Promise<WorkspaceDb> {
	await whenWorkspaceReady();
	workspace ??= Promise.all([getDb(), getImportDb(), getConsoleDb()]).then(
		([db, importDb, consoleDb]) => bindWorkspace(db, importDb, consoleDb),
		(e) => {
			workspace = null;
			throw e;
		}
	);
	return workspace;
}
