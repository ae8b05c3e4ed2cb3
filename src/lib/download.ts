import { auditTrail, type ExportAbout, type ExportReceipt } from '$lib/audit/trail.svelte';

/**
 * Hands a file made in this tab to the browser's download; nothing is sent anywhere. Every download is recorded in
 * the audit log with the SHA-256 of exactly these bytes; the receipt carries that hash.
 */
export function downloadBlob(name: string, blob: Blob, about: ExportAbout = {}): Promise<ExportReceipt> {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
	return auditTrail.recordExport(name, blob, about);
}

export function downloadText(name: string, text: string, type: string, about: ExportAbout = {}): Promise<ExportReceipt> {
	return downloadBlob(name, new Blob([text], { type }), about);
}
