import { EMPTY_FILTER, filterFromParams, filterToParams, isFilterEmpty, type GlobalFilter } from '$lib/analytics/filter';

/**
 * The one global filter (date range in UTC days, conversations, participants or people, platforms) that the
 * analytics charts follow and other pages may read. The URL carries it as query parameters, so a link restores it.
 */
class GlobalFilterState {
	value = $state.raw<GlobalFilter>(EMPTY_FILTER);

	get empty(): boolean {
		return isFilterEmpty(this.value);
	}

	set(patch: Partial<GlobalFilter>): void {
		const next = { ...this.value, ...patch };
		if (next.from && next.to && next.from > next.to) [next.from, next.to] = [next.to, next.from];
		if (JSON.stringify(next) !== JSON.stringify(this.value)) this.value = next;
	}

	clear(): void {
		this.value = EMPTY_FILTER;
	}

	/** Adopts the filter a URL carries (when it differs). */
	readUrl(url: URL): void {
		const next = filterFromParams(url.searchParams);
		if (JSON.stringify(next) !== JSON.stringify(this.value)) this.value = next;
	}

	/** The query string for `url` with the current filter written into it (other parameters kept), '' when none. */
	search(url: URL): string {
		const params = filterToParams(this.value, new URLSearchParams(url.searchParams));
		const text = params.toString();
		return text ? `?${text}` : '';
	}
}

export const globalFilter = new GlobalFilterState();
