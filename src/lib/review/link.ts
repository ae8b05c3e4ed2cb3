/** Links into the review page: `?q=` a search, `?sql=` a statement, `?saved=` a saved query; `sample` and `seed` for a sample. */
export interface ReviewLink {
	kind: 'search' | 'sql' | 'saved';
	text: string;
	sample?: string | null;
	seed?: string | null;
}

export function reviewHref(link: ReviewLink): string {
	const params = new URLSearchParams();
	params.set(link.kind === 'search' ? 'q' : link.kind, link.text);
	if (link.sample) {
		params.set('sample', link.sample);
		if (link.seed) params.set('seed', link.seed);
	}
	return `?${params}`;
}
