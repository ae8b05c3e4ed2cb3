/** The URL is the view state; every link into a view is built here. */
export function conversationHref(id: number): string {
	return `?c=${id}`;
}

export function selectedConversationId(url: URL): number | null {
	const raw = url.searchParams.get('c');
	if (raw === null || !/^\d+$/.test(raw)) return null;
	return Number(raw);
}
