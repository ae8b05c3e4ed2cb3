import { VIEWS, type ViewName, type ViewState } from './pages';

/**
 * The one place Parley builds and reads the URLs of its views (Datasette's rule: the URL is the view state). Each
 * page's codec is in pages.ts; this module turns a state into a link and a link back into a page and its state.
 */

export * from './pages';

/** The view's path and query string, e.g. '/search?q=invoice&sort=time'. */
export function viewHref<N extends ViewName>(name: N, state: ViewState<N>): string {
	const codec = VIEWS[name] as unknown as { path: string; write: (s: ViewState<N>) => URLSearchParams };
	const query = codec.write(state).toString();
	return query === '' ? codec.path : `${codec.path}?${query}`;
}

/** The state a URL carries for a page (defaults for what it does not carry or carries malformed). */
export function viewStateOf<N extends ViewName>(name: N, url: URL | URLSearchParams): ViewState<N> {
	return VIEWS[name].read(url instanceof URL ? url.searchParams : url) as ViewState<N>;
}

/** True when the URL carries any parameter (a bare path keeps the view the tab already shows). */
export function carriesView(url: URL): boolean {
	return url.searchParams.size > 0;
}

export interface ParsedView {
	name: ViewName;
	/** The href rebuilt from the state read (so what is navigated to is what was validated). */
	href: string;
}

/**
 * A saved or received view URL, checked: only a path of one of Parley's own views, no scheme, host, '//' or '\',
 * and its parameters read through the page's codec and written again. Null for anything else.
 */
export function parseViewHref(href: string): ParsedView | null {
	if (typeof href !== 'string' || href.length > 200_000 || !href.startsWith('/') || href.startsWith('//') || href.includes('\\')) return null;
	let url: URL;
	try {
		url = new URL(href, 'http://parley.invalid');
	} catch {
		return null;
	}
	if (url.origin !== 'http://parley.invalid') return null;
	const name = (Object.keys(VIEWS) as ViewName[]).find((n) => VIEWS[n].path === url.pathname);
	if (!name) return null;
	return { name, href: viewHref(name, viewStateOf(name, url)) };
}

// The workspace page's links to a conversation (and a message in it), relative to the workspace page.

export function conversationHref(id: number): string {
	return `?${VIEWS.conversation.write({ conversation: id, message: null })}`;
}

export function messageHref(conversationId: number, messageId: number): string {
	return `?${VIEWS.conversation.write({ conversation: conversationId, message: messageId })}`;
}

export function selectedConversationId(url: URL): number | null {
	return VIEWS.conversation.read(url.searchParams).conversation;
}

export function selectedMessageId(url: URL): number | null {
	return VIEWS.conversation.read(url.searchParams).message;
}

export type SearchSortParam = 'rank' | 'time';

/** The search page's query string ('' for the empty search). */
export function searchQueryString(q: string, sort: SearchSortParam): string {
	const s = VIEWS.search.write({ q, sort }).toString();
	return s === '' ? '' : `?${s}`;
}

export function searchStateOf(url: URL): { q: string; sort: SearchSortParam } {
	return VIEWS.search.read(url.searchParams);
}

/** A sample of a saved query's messages: N messages ('25') or N percent ('10%'), drawn with a recorded seed. */
export interface SampleSpec {
	size: string;
	seed: string;
}

const SAMPLE_SIZE = /^([1-9]\d{0,8}|(100|[1-9]\d?(\.\d{1,2})?)%)$/;
const SEED = /^[A-Za-z0-9_-]{1,64}$/;

export function isSampleSize(size: string): boolean {
	return SAMPLE_SIZE.test(size);
}

export function isSampleSeed(seed: string): boolean {
	return SEED.test(seed);
}

/** The review queue of a saved query (`/review?saved=<id>`), or a sample of it (`&sample=<N or N%>&seed=<seed>`). */
export function reviewHref(savedId: number, sample: SampleSpec | null = null): string {
	const p = new URLSearchParams({ saved: String(savedId) });
	if (sample && isSampleSize(sample.size) && isSampleSeed(sample.seed)) {
		p.set('sample', sample.size);
		p.set('seed', sample.seed);
	}
	return `/review?${p}`;
}
