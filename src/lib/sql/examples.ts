/** Starting points on the canonical model, shown beside the editor; clicking one loads it. */
export interface ExampleQuery {
	title: string;
	/** One sentence: what it answers and how. */
	description: string;
	sql: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
	{
		title: 'Messages per conversation per month',
		description: 'Counts messages by conversation and UTC calendar month, oldest month first.',
		sql: `SELECT c.title AS conversation, date_trunc('month', m.ts_utc) AS month, count(*) AS messages
FROM messages m
JOIN conversations c ON c.id = m.conversation_id
WHERE m.ts_utc IS NOT NULL
GROUP BY ALL
ORDER BY month, conversation`
	},
	{
		title: 'Top authors',
		description: 'People who wrote most, counted across platforms through their linked identity.',
		sql: `SELECT coalesce(i.label, p.display_name) AS person, count(*) AS messages,
	count(DISTINCT m.conversation_id) AS conversations
FROM messages m
JOIN participants p ON p.id = m.participant_id
LEFT JOIN identity_members im ON im.participant_id = p.id
LEFT JOIN identities i ON i.id = im.identity_id
GROUP BY ALL
ORDER BY messages DESC
LIMIT 20`
	},
	{
		title: 'Replies and their latency',
		description: 'Who answers whom through explicit reply links, and the median minutes between message and reply.',
		sql: `SELECT r.author AS replier, o.author AS replied_to, count(*) AS replies,
	round(median(date_diff('second', o.ts_utc, r.ts_utc)) / 60.0, 1) AS median_minutes
FROM messages r
JOIN messages o ON o.id = r.reply_to
WHERE r.ts_utc IS NOT NULL AND o.ts_utc IS NOT NULL
GROUP BY ALL
ORDER BY replies DESC
LIMIT 50`
	},
	{
		title: 'Attachments by media type',
		description: 'Files named in messages, by kind (image, video, audio, document, sticker, other).',
		sql: `SELECT a.media_type, count(*) AS files, count(DISTINCT a.message_id) AS messages
FROM attachments a
GROUP BY a.media_type
ORDER BY files DESC`
	},
	{
		title: 'Risk hits per category',
		description: 'Risk rule hits by category and severity, with how many messages and conversations they touch.',
		sql: `SELECT h.category, h.severity, count(*) AS hits, count(DISTINCT h.message_id) AS messages,
	count(DISTINCT m.conversation_id) AS conversations
FROM risk_hits h
JOIN messages m ON m.id = h.message_id
GROUP BY ALL
ORDER BY hits DESC`
	},
	{
		title: 'Current search hits',
		description: 'The messages the last search on the Search page found, best first, with their conversation.',
		sql: `SELECT s.score, m.ts_utc, m.author, c.title AS conversation, m.text
FROM search_hits s
JOIN messages m ON m.id = s.message_id
JOIN conversations c ON c.id = m.conversation_id
ORDER BY s.score DESC
LIMIT 100`
	}
];
