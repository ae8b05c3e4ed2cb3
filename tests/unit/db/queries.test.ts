import { describe, expect, it } from 'vitest';
import { importSummarySql } from '$lib/db/queries/archives';
import { conversationMessageCountSql } from '$lib/db/queries/conversations';
import { messagesPageSql } from '$lib/db/queries/messages';

describe('query builders', () => {
	it('bind ids as parameters', () => {
		expect(conversationMessageCountSql(3).params).toEqual([3]);
		expect(importSummarySql(5).params).toEqual([5, 5]);
	});

	it('page by a pos range with validated integers', () => {
		const { sql, params } = messagesPageSql(2, 100, 50);
		expect(sql).toContain('conversation_id = 2 AND pos >= 100 AND pos < 150');
		expect(params).toEqual([]);
	});

	it.each([
		[1.5, 0, 10],
		[1, -1, 10],
		[1, 0, NaN],
		[Number.MAX_VALUE, 0, 1]
	])('refuses messagesPageSql(%s, %s, %s)', (c, o, l) => {
		expect(() => messagesPageSql(c, o, l)).toThrow(RangeError);
	});
});
