import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '$lib/analytics/filter';
import { globalFilter } from '$lib/state/global-filter.svelte';

describe('global filter state', () => {
	it('puts a reversed date range the right way round', () => {
		globalFilter.clear();
		globalFilter.set({ from: '2024-03-10', to: '2024-03-01' });
		expect([globalFilter.value.from, globalFilter.value.to]).toEqual(['2024-03-01', '2024-03-10']);
	});

	it('writes itself into a URL, keeping its other parameters, and reads it back', () => {
		globalFilter.clear();
		expect(globalFilter.empty).toBe(true);
		expect(globalFilter.search(new URL('http://127.0.0.1/analytics'))).toBe('');
		globalFilter.set({ from: '2024-01-01', platforms: ['slack'] });
		const search = globalFilter.search(new URL('http://127.0.0.1/analytics?tab=x'));
		expect(search).toBe('?tab=x&from=2024-01-01&platform=slack');
		globalFilter.clear();
		globalFilter.readUrl(new URL(`http://127.0.0.1/analytics${search}`));
		expect(globalFilter.value).toEqual({ ...EMPTY_FILTER, from: '2024-01-01', platforms: ['slack'] });
	});
});
