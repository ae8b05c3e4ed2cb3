import { auditTrail } from '$lib/audit/trail.svelte';
import { getConnectors } from '$lib/db';
import { addNote, deleteNote, editNote, noteById, type NoteRow } from '$lib/db/queries/notes';
import { addTag, removeTag } from '$lib/db/queries/tags';
import { persistence } from '$lib/state/persistence.svelte';

/**
 * Tagging and notes, wherever they are done (the review queue, a conversation, search hits, a SQL result): written to
 * their own tables (never to messages), recorded in the audit log with the reviewer's name, saved with the workspace.
 */

export type TagPlace = 'review' | 'conversation' | 'search' | 'sql';

/** Subject and ids of a tagging: one message, or many (the ids in full, so the entry says exactly what was tagged). */
function subjectOf(ids: readonly number[]): { subject: string; details: Record<string, unknown> } {
	return ids.length === 1 ? { subject: `message:${ids[0]}`, details: {} } : { subject: 'messages', details: { message_ids: [...ids], messages: ids.length } };
}

export async function tagMessages(ids: readonly number[], tag: string, via: TagPlace, extra: Record<string, unknown> = {}): Promise<number[]> {
	const { db } = await getConnectors();
	const tagged = await addTag(db, ids, tag, auditTrail.actor);
	if (tagged.length > 0) {
		const { subject, details } = subjectOf(tagged);
		await auditTrail.recordReview('tag.added', subject, { tag, via, ...details, ...extra });
		void persistence.save();
	}
	return tagged;
}

export async function untagMessages(ids: readonly number[], tag: string, via: TagPlace, extra: Record<string, unknown> = {}): Promise<number[]> {
	const { db } = await getConnectors();
	const removed = await removeTag(db, ids, tag);
	if (removed.length > 0) {
		const { subject, details } = subjectOf(removed);
		await auditTrail.recordReview('tag.removed', subject, { tag, via, ...details, ...extra });
		void persistence.save();
	}
	return removed;
}

export async function noteOnMessage(messageId: number, body: string, via: TagPlace): Promise<NoteRow> {
	const { db } = await getConnectors();
	const note = await addNote(db, messageId, body, auditTrail.actor);
	await auditTrail.recordReview('note.added', `message:${messageId}`, { note_id: note.id, body, via });
	void persistence.save();
	return note;
}

export async function changeNote(id: number, body: string): Promise<void> {
	const { db } = await getConnectors();
	const before = await noteById(db, id);
	if (!before || before.body === body) return;
	await editNote(db, id, body);
	await auditTrail.recordReview('note.edited', `message:${before.message_id}`, { note_id: id, body, previous: before.body, author: before.reviewer });
	void persistence.save();
}

export async function removeNote(id: number): Promise<void> {
	const { db } = await getConnectors();
	const before = await noteById(db, id);
	if (!before) return;
	await deleteNote(db, id);
	await auditTrail.recordReview('note.deleted', `message:${before.message_id}`, { note_id: id, body: before.body, author: before.reviewer });
	void persistence.save();
}
