import type { ImportChoices } from '$lib/pipeline/workspace-import';

export type { ImportChoices } from '$lib/pipeline/workspace-import';

export const DATE_ORDER_CHOICES: readonly { value: ImportChoices['dateOrder']; label: string }[] = [
	{ value: 'auto', label: 'Infer from the whole file' },
	{ value: 'DMY', label: 'Day / month / year (31/01/24)' },
	{ value: 'MDY', label: 'Month / day / year (01/31/24)' },
	{ value: 'YMD', label: 'Year / month / day (2024/01/31)' },
	{ value: 'YDM', label: 'Year / day / month (2024/31/01)' }
];
