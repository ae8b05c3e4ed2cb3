/** The URL is the view state; every link into a view is built in $lib/url-state (re-exported here for older imports). */
export { conversationHref, messageHref, searchQueryString, searchStateOf, selectedConversationId, selectedMessageId, type SearchSortParam } from './url-state';
