import { sha256 as sha256Of } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { auditTrail } from '$lib/audit/trail.svelte';
import { exportReceipts } from '$lib/state/export-receipts.svelte';

/**
 * The one door for files leaving Parley: every export is handed to the browser's download here (nothing is sent
 * anywhere), with what it holds, so the SHA-256 of the exact bytes is shown and recorded in the audit log.
 */

export interface ExportInfo {
	/** What was exported, in words ("search hits for …", "conversation Ops Team", "SQL result"). */
	what: string;
	/** Records in the file (messages, hits, rows, nodes…). */
	rows: number;
	/** True when the archive content in it went through the redaction switch. */
	redacted: boolean;
}

export interface ExportReceipt extends ExportInfo {
	/** The file name as saved (`…-redacted.csv` when redacted). */
	name: string;
	type: string;
	bytes: number;
	/** SHA-256 of the bytes written, lowercase hex. */
	sha256: string;
	/** UTC time of the export. */
	at: string;
	/** The audit entry that records the export (0 when the log could not be written). */
	seq: number;
}

/** `hits.csv` → `hits-redacted.csv`, so a redacted file says so by its name too. */
export function exportName(name: string, redacted: boolean): string {
	if (!redacted) return name;
	const dot = name.lastIndexOf('.');
	return dot > 0 ? `${name.slice(0, dot)}-redacted${name.slice(dot)}` : `${name}-redacted`;
}

/** The bytes of an export and their SHA-256, as `download` computes them. */
export async function exportBytes(data: Blob | Uint8Array | string): Promise<{ bytes: Uint8Array<ArrayBuffer>; sha256: string }> {
	const bytes =
		typeof data === 'string'
			? new TextEncoder().encode(data)
			: data instanceof Uint8Array
				? (data as Uint8Array<ArrayBuffer>)
				: new Uint8Array(await data.arrayBuffer());
	// Not Web Crypto: it is missing on plain-http intranet hosts.
	return { bytes, sha256: bytesToHex(sha256Of(bytes)) };
}

/** Saves a file made in this tab; resolves with what was saved, including its SHA-256. */
export async function download(name: string, data: Blob | Uint8Array | string, type: string, info: ExportInfo): Promise<ExportReceipt> {
	const { bytes, sha256 } = await exportBytes(data);
	const receipt: ExportReceipt = {
		...info,
		name: exportName(name, info.redacted),
		type,
		bytes: bytes.byteLength,
		sha256,
		at: new Date().toISOString(),
		seq: 0
	};
	const blob = new Blob([bytes], { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = receipt.name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
	receipt.seq = (await auditTrail.recordExport(receipt.name, blob, info).catch(() => null))?.seq ?? 0;
	exportReceipts.add(receipt);
	return receipt;
}
