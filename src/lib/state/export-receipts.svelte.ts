import type { ExportReceipt } from '$lib/download';

/** The exports of this tab, newest first, so the page can show what was written and its SHA-256. */
class ExportReceipts {
	list = $state.raw<ExportReceipt[]>([]);

	add(receipt: ExportReceipt): void {
		this.list = [receipt, ...this.list].slice(0, 20);
	}

	dismiss(): void {
		this.list = [];
	}

	get latest(): ExportReceipt | null {
		return this.list[0] ?? null;
	}
}

export const exportReceipts = new ExportReceipts();
