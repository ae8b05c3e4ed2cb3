import type { Connector } from '../connector';
import { idList, utcText } from './review-sql';

/** Reviewer tags on messages: a separate table, so tagging never touches the evidence. */

export interface TagRow {
	message_id: number;
	tag: string;
	reviewer: string;
	created_at: string;
}

export interface TagCount {
	tag: string;
	messages: number;
}

/** The tags of these messages, by message id, each message's tags in the order they were added. */
export async function tagsOf(db: Connector, messageIds: readonly number[]): Promise<Map<number, TagRow[]>> {
	const out = new Map<number, TagRow[]>();
	if (messageIds.length === 0) return out;
	const rows = await db.query<TagRow>(
		`SELECT message_id, tag, reviewer, created_at FROM tags WHERE message_id IN (${idList('messageIds', messageIds)}) ORDER BY created_at, tag`
	);
	for (const r of rows) out.set(r.message_id, [...(out.get(r.message_id) ?? []), r]);
	return out;
}

/** Every tag in use with how many messages carry it. */
export function tagCounts(db: Connector): Promise<TagCount[]> {
	return db.query<TagCount>(`SELECT tag, count(*)::INTEGER AS messages FROM tags GROUP BY tag ORDER BY tag`);
}

/** Tags messages that exist and do not carry the tag yet; returns the ids it tagged now, in the order given. */
export async function addTag(db: Connector, messageIds: readonly number[], tag: string, reviewer: string, at = new Date()): Promise<number[]> {
	if (messageIds.length === 0) return [];
	return db.exclusive(async (c) => {
		const list = idList('messageIds', messageIds);
		const fresh = new Set(
			(await c.query<{ id: number }>(`SELECT id FROM messages WHERE id IN (${list}) AND id NOT IN (SELECT message_id FROM tags WHERE tag = ?)`, [tag])).map(
				(r) => r.id
			)
		);
		const ids = [...new Set(messageIds)].filter((id) => fresh.has(id));
		for (let from = 0; from < ids.length; from += 1000) {
			const part = ids.slice(from, from + 1000);
			await c.query(`INSERT INTO tags SELECT id, ?, ?, ?::TIMESTAMP FROM unnest([${idList('messageIds', part)}]::BIGINT[]) t(id)`, [
				tag,
				reviewer,
				utcText(at)
			]);
		}
		return ids;
	});
}

/** Removes the tag from these messages; returns the ids that carried it. */
export async function removeTag(db: Connector, messageIds: readonly number[], tag: string): Promise<number[]> {
	if (messageIds.length === 0) return [];
	return db.exclusive(async (c) => {
		const list = idList('messageIds', messageIds);
		const had = (await c.query<{ id: number }>(`SELECT message_id AS id FROM tags WHERE tag = ? AND message_id IN (${list}) ORDER BY message_id`, [tag])).map(
			(r) => r.id
		);
		if (had.length > 0) await c.query(`DELETE FROM tags WHERE tag = ? AND message_id IN (${list})`, [tag]);
		return had;
	});
}
