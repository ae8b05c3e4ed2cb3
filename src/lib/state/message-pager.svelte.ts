import { getWorkspaceDb, type MessageRow } from '$lib/db';

const BLOCK = 200;

/** Fetches a conversation's messages from DuckDB in blocks, on demand, for the virtualised list. */
export class MessagePager {
	private blocks = $state.raw(new Map<number, MessageRow[]>());
	private pending = new Set<number>();
	error = $state<string | null>(null);

	constructor(readonly conversationId: number) {}

	get(index: number): MessageRow | undefined {
		return this.blocks.get(Math.floor(index / BLOCK))?.[index % BLOCK];
	}

	ensure(first: number, last: number): void {
		for (let b = Math.floor(first / BLOCK); b <= Math.floor(last / BLOCK); b++) {
			if (!this.blocks.has(b) && !this.pending.has(b)) void this.load(b);
		}
	}

	private async load(block: number): Promise<void> {
		this.pending.add(block);
		try {
			const db = await getWorkspaceDb();
			const rows = await db.messagesPage(this.conversationId, block * BLOCK, BLOCK);
			this.blocks = new Map(this.blocks).set(block, rows);
		} catch (err) {
			this.error = err instanceof Error ? err.message : String(err);
		} finally {
			this.pending.delete(block);
		}
	}
}
