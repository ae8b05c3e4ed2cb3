import { downloadText as save } from '$lib/download';

/** Saves text as a file; nothing leaves the machine. */
export function downloadText(name: string, mime: string, text: string): void {
	save(name, text, `${mime};charset=utf-8`);
}
