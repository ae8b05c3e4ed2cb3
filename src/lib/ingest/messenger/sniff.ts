const DYI_SENDER = /"sender_name"\s*:/;
const DYI_TIME = /"timestamp_ms"\s*:/;
const DYI_THREAD = /"participants"\s*:[\s\S]*"thread_path"\s*:|"thread_path"\s*:[\s\S]*"participants"\s*:/;
const E2EE = /"senderName"\s*:/;
const E2EE_THREAD = /"threadName"\s*:|"participants"\s*:\s*\[\s*"/;
const INSTAGRAM = /"original_content_owner"\s*:|"Liked a message"|"Reacted [^"]{1,40} to your message ?"/;
const MESSENGER = /"thread_type"\s*:|"joinable_mode"\s*:|"senderName"\s*:/;
const INSTAGRAM_PATH = /(?:^|[\\/])your_instagram_activity[\\/]|(?:^|[\\/])instagram[^\\/]*[\\/]/i;

/** True when the text opens like a Meta "Download Your Information" thread (Messenger or Instagram) or a Messenger E2EE export. */
export function looksLikeMetaThread(sample: string): boolean {
	if (typeof sample !== 'string') return false;
	const s = sample.length > 65536 ? sample.slice(0, 65536) : sample;
	let p = s.charCodeAt(0) === 0xfeff ? 1 : 0;
	while (p < s.length && /\s/.test(s[p])) p++;
	if (s.charCodeAt(p) !== 123) return false;
	if (DYI_SENDER.test(s) && DYI_TIME.test(s)) return true;
	if (E2EE.test(s) && E2EE_THREAD.test(s)) return true;
	return /"messages"\s*:/.test(s) && DYI_THREAD.test(s);
}

/**
 * Instagram or Messenger, for a text that looksLikeMetaThread. By content first: Instagram's own fields and
 * generated lines, then Messenger's (`thread_type`, `joinable_mode`, the E2EE shape); only when the content
 * says neither, by the `your_instagram_activity/` folder in the path.
 */
export function metaPlatform(sample: string, path: string): 'messenger' | 'instagram' {
	const s = typeof sample === 'string' ? (sample.length > 65536 ? sample.slice(0, 65536) : sample) : '';
	if (INSTAGRAM.test(s)) return 'instagram';
	if (MESSENGER.test(s)) return 'messenger';
	return typeof path === 'string' && INSTAGRAM_PATH.test(path) ? 'instagram' : 'messenger';
}
