/** The URL is the view state; every link into a view is built here. */
export function conversationHref(id: number): string {
	return `?c=${id}`;
}

export function selectedConversationId(url: URL): number | null {
	const raw = url.searchParams.get('c');
	if (raw === null || !/^\d+$/.test(raw)) return null;
	return Number(raw);
}

/** A conversation opened at one message: `?c=<conversationId>&m=<messageId>` on the workspace page. */
export function messageHref(conversationId: number, messageId: number): string {
	return `?c=${conversationId}&m=${messageId}`;
}

export function selectedMessageId(url: URL): number | null {
	const raw = url.searchParams.get('m');
	if (raw === null || !/^\d+$/.test(raw)) return null;
	return Number(raw);
}

export type SearchSortParam = 'rank' | 'time';

/** The search page's state in its URL: `q` (the query text) and `sort` ('time'; ranked is the default and left out). */
export function searchQueryString(q: string, sort: SearchSortParam): string {
	const params = new URLSearchParams();
	if (q !== '') params.set('q', q);
	if (sort === 'time') params.set('sort', 'time');
	const s = params.toString();
	return s === '' ? '' : `?${s}`;
}

export function searchStateOf(url: URL): { q: string; sort: SearchSortParam } {
	return { q: url.searchParams.get('q') ?? '', sort: url.searchParams.get('sort') === 'time' ? 'time' : 'rank' };
}
