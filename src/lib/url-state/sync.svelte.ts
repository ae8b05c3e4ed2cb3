import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { whenWorkspaceReady } from '$lib/db';
import { carriesView, viewHref, viewStateOf, VIEWS, type ViewName, type ViewState } from './index';

export interface ViewBinding<N extends ViewName> {
	/** The page's state now (read inside an effect: it is tracked). */
	current: () => ViewState<N>;
	/** Puts a state read from a URL into the page (only once the saved workspace has been restored). */
	apply: (state: ViewState<N>) => void | Promise<void>;
}

const WRITE_DELAY_MS = 250;

/**
 * Keeps a page and its URL in step; call while the page's component initialises. Entering the page with
 * parameters applies them once the saved workspace is restored (never against a half-loaded one); a bare path
 * keeps the view this tab already shows. After that, every change of the state is written back with replaceState
 * (no navigation, no scrolling, no history entry).
 */
export function syncViewUrl<N extends ViewName>(name: N, binding: ViewBinding<N>): void {
	let settled = $state(false);
	afterNavigate(() => {
		const url = new URL(page.url);
		if (url.pathname !== VIEWS[name].path) return;
		if (!carriesView(url)) {
			settled = true;
			return;
		}
		settled = false;
		void whenWorkspaceReady()
			.then(() => binding.apply(viewStateOf(name, url)))
			.catch((err) => console.error(`could not open the ${name} view from its link:`, err))
			.finally(() => (settled = true));
	});

	let timer: ReturnType<typeof setTimeout> | null = null;
	$effect(() => {
		const href = viewHref(name, binding.current());
		if (!settled) return;
		if (timer) clearTimeout(timer);
		timer = setTimeout(() => {
			timer = null;
			if (page.url.pathname === VIEWS[name].path && page.url.pathname + page.url.search !== href) replaceState(href, page.state);
		}, WRITE_DELAY_MS);
		return () => {
			if (timer) clearTimeout(timer);
		};
	});
}
