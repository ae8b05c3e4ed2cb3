import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { createNodeDb } from '$lib/db/node';
import { deletePolicy, listPolicyRows, upsertPolicy } from '$lib/db/queries/policies';

let db: Connector;
beforeAll(async () => {
	db = await createNodeDb();
}, 120_000);

describe('policies table', () => {
	it('adds, replaces and deletes policy rows; user text with quotes and Chinese survives', async () => {
		const definition = JSON.stringify({ id: 'user.wechat', name: "Don't use 微信", query: '"加我" w/3 微信' });
		await upsertPolicy(db, { id: 'user.wechat', pack: 'user', definition, enabled: true }, new Date('2024-05-01T10:00:00Z'));
		await upsertPolicy(db, { id: 'builtin.gifts', pack: 'builtin', definition: '{}', enabled: false }, new Date('2024-05-01T10:01:00Z'));
		expect(await listPolicyRows(db)).toEqual([
			{ id: 'builtin.gifts', pack: 'builtin', definition: '{}', enabled: false, updated_at: '2024-05-01T10:01:00Z' },
			{ id: 'user.wechat', pack: 'user', definition, enabled: true, updated_at: '2024-05-01T10:00:00Z' }
		]);

		await upsertPolicy(db, { id: 'user.wechat', pack: 'Compliance pack', definition: '{"v":2}', enabled: false }, new Date('2024-05-02T08:00:00Z'));
		await deletePolicy(db, 'builtin.gifts');
		expect(await listPolicyRows(db)).toEqual([
			{ id: 'user.wechat', pack: 'Compliance pack', definition: '{"v":2}', enabled: false, updated_at: '2024-05-02T08:00:00Z' }
		]);
	});
});
