/**
 * Which of the files a user chose or dropped together are parts of one export and must be read together: the
 * pages of a Telegram Desktop HTML export (`messages.html`, `messages2.html`, …). Decided by name only to send
 * them together; what they are is still decided by their content. Every other file is read on its own.
 */
const TELEGRAM_PART = /^messages\d*\.html$/i;

export function groupInputs(names: readonly string[]): number[][] {
	const parts = names.flatMap((n, i) => (TELEGRAM_PART.test(n) ? [i] : []));
	const distinct = new Set(parts.map((i) => names[i].toLowerCase())).size === parts.length;
	const together = parts.length > 1 && distinct ? new Set(parts) : new Set<number>();
	const groups: number[][] = [];
	names.forEach((_, i) => {
		if (!together.has(i)) groups.push([i]);
		else if (i === parts[0]) groups.push(parts);
	});
	return groups;
}

/** The name a group of files is imported and reported under. */
export function groupName(names: readonly string[]): string {
	return names.length === 1 ? names[0] : `${names[0]} and ${names.length - 1} more part${names.length === 2 ? '' : 's'}`;
}
