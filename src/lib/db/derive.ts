/** Values the loader derives from parsed fields. */

const PHONE_SEPARATORS = /[\s\u00a0\u202f().\-\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `+` and digits when an author handle is a phone number (7–15 digits, E.164's limit), otherwise null. */
export function phoneFromHandle(handle: string): string | null {
	const compact = handle.replace(PHONE_SEPARATORS, '');
	const m = /^(\+?)(\d{7,15})$/.exec(compact);
	return m ? m[1] + m[2] : null;
}

export type MediaType = 'image' | 'video' | 'audio' | 'document' | 'sticker' | 'other';

const BY_EXTENSION: Record<string, MediaType> = {};
for (const [type, exts] of Object.entries({
	image: 'jpg jpeg png gif heic heif bmp tif tiff webp',
	video: 'mp4 mov 3gp mkv avi webm m4v',
	audio: 'opus ogg oga mp3 m4a aac wav amr',
	document: 'pdf doc docx xls xlsx ppt pptx txt csv rtf odt ods odp zip vcf'
})) {
	for (const ext of exts.split(' ')) BY_EXTENSION[ext] = type as MediaType;
}

export function mediaTypeOf(fileName: string): MediaType {
	// WhatsApp names stickers STK-….webp; other .webp files are pictures.
	if (/^STK-.*\.webp$/i.test(fileName)) return 'sticker';
	const dot = fileName.lastIndexOf('.');
	return (dot >= 0 && BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()]) || 'other';
}
