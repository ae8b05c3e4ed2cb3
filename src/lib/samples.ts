import { zipSync } from 'fflate';

// Every sample is bundled with the app and served from it; nothing is fetched from elsewhere.
const SAMPLE_URLS = import.meta.glob('../../data-samples/**/*.{txt,zip,json,csv,html}', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

const ROOT = '../../data-samples/';
const MAIN_SAMPLE = 'whatsapp/WhatsApp Chat with Harbor Logistics.zip';

/** The sample behind "Open sample archive". */
export async function loadSampleFile(): Promise<File> {
	return fetchFile(MAIN_SAMPLE, MAIN_SAMPLE.split('/').pop()!);
}

/**
 * One input per sample export: single files as they are; exports made of several files (a Slack workspace, the
 * parts of a Messenger thread, the pages of a Telegram HTML export) zipped with their own paths, as a user would drop them. WhatsApp chats that also
 * come zipped are taken once, from the zip; a WhatsApp `.txt` without a zip is taken as it is.
 */
export async function loadEverySampleFile(): Promise<File[]> {
	const groups = new Map<string, string[]>();
	const paths = Object.keys(SAMPLE_URLS)
		.map((p) => p.slice(ROOT.length))
		.sort();
	for (const path of paths) {
		if (zippedWhatsApp(path, paths)) continue;
		const key = groupOf(path);
		groups.set(key, [...(groups.get(key) ?? []), path]);
	}
	const files: File[] = [];
	for (const [key, paths] of groups) {
		if (paths.length === 1 && paths[0] === key) files.push(await fetchFile(key, key.split('/').pop()!));
		else files.push(await zipOf(key, paths));
	}
	return files;
}

/** A WhatsApp chat (`X.txt`, or `X/_chat.txt` with its media) that is also bundled as `X.zip`. */
function zippedWhatsApp(path: string, paths: string[]): boolean {
	if (!path.startsWith('whatsapp/') || path.endsWith('.zip')) return false;
	const stem = path
		.slice('whatsapp/'.length)
		.split('/')[0]
		.replace(/\.txt$/, '');
	return paths.includes(`whatsapp/${stem}.zip`);
}

function groupOf(path: string): string {
	const [platform, folder] = path.split('/');
	if (platform === 'slack') return `slack/${folder}`;
	// A Telegram HTML export's pages are zipped with their folder, as a user would drop it.
	if (platform === 'telegram' && path.endsWith('.html')) return `telegram/${folder}`;
	if (platform === 'messenger') return 'messenger';
	return path;
}

async function zipOf(key: string, paths: string[]): Promise<File> {
	const members: Record<string, Uint8Array> = {};
	for (const path of paths) members[path.slice(key.length + 1)] = new Uint8Array(await (await fetchBlob(path)).arrayBuffer());
	const name = `${key.split('/').pop()}.zip`;
	return new File([zipSync(members, { level: 0 }) as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' });
}

async function fetchFile(path: string, name: string): Promise<File> {
	return new File([await fetchBlob(path)], name);
}

async function fetchBlob(path: string): Promise<Blob> {
	const url = SAMPLE_URLS[ROOT + path];
	if (!url) throw new Error(`the sample ${path} is not bundled with this build`);
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the bundled sample ${path} could not be loaded (HTTP ${response.status})`);
	return response.blob();
}
