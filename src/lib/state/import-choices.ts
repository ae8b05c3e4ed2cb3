import type { DateOrder } from '$lib/ingest/whatsapp';

/** What the user decides at import time; recorded with each archive. */
export interface ImportChoices {
	/** IANA zone that naive timestamps are read in. */
	timeZone: string;
	/** Day/month order of dates like 01/02/24; 'auto' infers it from the whole file. */
	dateOrder: 'auto' | DateOrder;
	/** Save the media files of zips with the workspace; without, only their records (hash, size, type) are kept. */
	keepMedia: boolean;
}

export const DATE_ORDER_CHOICES: readonly { value: ImportChoices['dateOrder']; label: string }[] = [
	{ value: 'auto', label: 'Infer from the whole file' },
	{ value: 'DMY', label: 'Day / month / year (31/01/24)' },
	{ value: 'MDY', label: 'Month / day / year (01/31/24)' },
	{ value: 'YMD', label: 'Year / month / day (2024/01/31)' },
	{ value: 'YDM', label: 'Year / day / month (2024/31/01)' }
];
