/**
 * Every kind of entry the audit log holds, with the words the Audit page uses for it. Names are `area.what-happened`.
 * The review features (tags, notes, saved queries, query packs, review decisions, samples) append through
 * auditTrail.record() with the actions of the "review" group; add a new action here before using it.
 */
export const AUDIT_ACTIONS = {
	'import.loaded': 'Archive imported',
	'import.duplicate': 'Import skipped: archive already in the workspace',
	'import.failed': 'Import failed',
	'fingerprint.recorded': 'Archive fingerprint recorded',
	'query.run': 'SQL query run',
	'query.refused': 'SQL statement refused',
	'query.failed': 'SQL query failed',
	'query.cancelled': 'SQL query cancelled',
	'search.run': 'Search run',
	'export.downloaded': 'File exported',
	'policy.enabled': 'Policy switched on',
	'policy.disabled': 'Policy switched off',
	'policy.saved': 'Policy saved',
	'policy.deleted': 'Policy deleted',
	'policy.imported': 'Policy pack imported',
	'people.merged': 'People merged',
	'people.split': 'Person split',
	'people.renamed': 'Person renamed',
	'identity.merge_accepted': 'Suggested merge accepted',
	'identity.merge_dismissed': 'Suggested merge dismissed',
	'redaction.on': 'Redaction switched on',
	'redaction.off': 'Redaction switched off',
	'reviewer.named': 'Reviewer name set',
	'workspace.restored': 'Workspace restored',
	'workspace.restore_failed': 'Workspace could not be restored',
	'workspace.cleared': 'Workspace cleared',
	'workspace.clear_stopped': 'Clearing stopped',
	'workspace.file_opened': 'Workspace file opened',
	'workspace.open_stopped': 'Opening a workspace file stopped',
	'log.continued': 'Log continued after a clear',
	'verify.log': 'Audit log verified',
	'verify.workspace': 'Workspace verified',
	// review (tags, notes, saved queries, query packs, queues and samples)
	'tag.added': 'Tag added',
	'tag.removed': 'Tag removed',
	'note.added': 'Note added',
	'note.edited': 'Note edited',
	'note.deleted': 'Note deleted',
	'saved_query.created': 'Query saved',
	'saved_query.updated': 'Saved query edited',
	'saved_query.deleted': 'Saved query deleted',
	'saved_query.run': 'Saved query run',
	'pack.exported': 'Query pack exported',
	'pack.opened': 'Query pack opened',
	'pack.verified': 'Query pack query re-run and compared',
	'pack.refused': 'Query pack refused',
	'pack.imported': 'Query pack imported into Saved',
	'review.decided': 'Review decision',
	'sample.drawn': 'Sample drawn'
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export type ReviewAction = Extract<AuditAction, `${'tag' | 'note' | 'saved_query' | 'pack' | 'review' | 'sample'}.${string}`>;

export function actionLabel(action: string): string {
	return (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
}

const count = (n: unknown, one: string, many: string) => `${num(n)} ${n === 1 ? one : many}`;
const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : JSON.stringify(v));
const num = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en') : str(v));
const quoted = (v: unknown, max = 80) => {
	const s = str(v).replace(/\s+/g, ' ');
	return `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;
};

/** One line saying what an entry records, from its details (the full details are shown beside it). */
export function entrySummary(action: string, d: Record<string, unknown>): string {
	switch (action) {
		case 'import.loaded':
			return `${quoted(d.file)} · ${count(d.records, 'record', 'records')}, ${num(d.unparsed)} unparsed · SHA-256 ${str(d.sha256).slice(0, 12)}…`;
		case 'import.duplicate':
			return `${quoted(d.file)} · already imported as archive ${num(d.archive_id)}`;
		case 'import.failed':
			return `${quoted(d.file)} · ${str(d.error)}`;
		case 'fingerprint.recorded':
			return `${quoted(d.file)} · ${str(d.reason)}`;
		case 'query.run':
			return `${quoted(d.sql)} · ${count(d.rows, 'row', 'rows')}`;
		case 'query.refused':
		case 'query.failed':
			return `${quoted(d.sql)} · ${str(d.reason ?? d.error)}`;
		case 'query.cancelled':
			return quoted(d.sql);
		case 'search.run':
			return `${quoted(d.query)} · ${count(d.hits, 'hit', 'hits')}`;
		case 'export.downloaded':
			return `${quoted(d.file)} · ${str(d.what)}${d.rows != null ? `, ${count(d.rows, 'row', 'rows')}` : ''} · ${num(d.bytes)} bytes · SHA-256 ${str(d.sha256).slice(0, 12)}…`;
		case 'people.merged':
			return `${quoted((d.people as { label?: string }[] | undefined)?.map((p) => p.label).join(' + '))}`;
		case 'identity.merge_accepted':
		case 'identity.merge_dismissed':
			return `${quoted((d.people as string[] | undefined)?.join(' + '))} · ${str((d.evidence as string[] | undefined)?.join('; '))}`;
		case 'people.renamed':
			return `${quoted(d.from)} → ${quoted(d.to)}`;
		case 'people.split':
			return `${quoted(d.participant)} out of ${quoted(d.person)}`;
		case 'reviewer.named':
			return d.previous ? `${quoted(d.previous)} → ${quoted(d.name)}` : quoted(d.name);
		case 'workspace.restored':
			return `${count(d.archives, 'archive', 'archives')}, ${count(d.messages, 'message', 'messages')} · log ${d.log_verified ? 'verified' : 'FAILED verification'}`;
		case 'workspace.file_opened': {
			const r = (d.replaced ?? {}) as Record<string, unknown>;
			return `${quoted(d.file)} · SHA-256 ${str(d.sha256).slice(0, 12)}… · opened by ${quoted(d.opened_by)} · replaced ${count(r.archives, 'archive', 'archives')}, ${count(r.messages, 'message', 'messages')}, a log of ${count(r.log_entries, 'entry', 'entries')}`;
		}
		case 'workspace.cleared':
			return `${count(d.archives, 'archive', 'archives')}, ${count(d.messages, 'message', 'messages')} removed`;
		case 'log.continued': {
			const kept = (d.kept_files as { file?: string }[] | undefined) ?? [];
			return `previous log ended at entry ${num(d.previous_seq)} (${str(d.previous_hash).slice(0, 12)}…)${kept.length ? `, kept as ${kept.map((k) => quoted(k.file)).join(', ')}` : ', not kept as a file'}`;
		}
		case 'verify.log':
		case 'verify.workspace':
			return str(d.result);
		case 'saved_query.created':
		case 'saved_query.deleted':
		case 'saved_query.run':
			return `${quoted(d.name)} · ${str(d.kind)}${d.row_count != null ? `, ${count(d.row_count, 'row', 'rows')}` : ''}`;
		case 'pack.opened':
			return `${quoted(d.file)} · ${count(d.queries, 'query', 'queries')} by ${quoted(d.author)} · ${d.intact ? 'hash verified' : 'ALTERED'}`;
		case 'pack.verified':
			return `${quoted(d.name)} · ${d.same === true ? 'same rows as when saved' : d.same === false ? `different rows (${num(d.rows_then)} then, ${num(d.rows_now)} now)` : `${num(d.rows_now)} rows, nothing to compare`}`;
		case 'pack.refused':
			return `${d.name != null ? `${quoted(d.name)} · ` : d.file != null ? `${quoted(d.file)} · ` : ''}${str(d.reason)}`;
		default:
			if (action.startsWith('policy.')) return quoted(d.name ?? d.pack ?? d.id);
			return Object.entries(d)
				.slice(0, 3)
				.map(([k, v]) => `${k}: ${str(v).slice(0, 60)}`)
				.join(' · ');
	}
}
