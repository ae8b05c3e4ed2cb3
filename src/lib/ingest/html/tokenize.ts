/**
 * A small tolerant HTML tokenizer for reading exports written as HTML. It never executes or interprets anything:
 * it splits the text into tags and text runs (with their offsets) and decodes character references, so archive
 * text that looks like markup stays text. Malformed markup (a `<` that opens no tag, an unclosed comment or
 * attribute quote) is kept as text or ends the file's last token, never thrown on.
 */
import { decodeEntities } from './entities';

export interface OpenTag {
	type: 'open';
	name: string;
	attrs: Record<string, string>;
	selfClosing: boolean;
	start: number;
	end: number;
}

export interface CloseTag {
	type: 'close';
	name: string;
	start: number;
	end: number;
}

export interface TextRun {
	type: 'text';
	/** As written, character references not yet decoded (decodeEntities does that). */
	raw: string;
	start: number;
	end: number;
}

export type HtmlToken = OpenTag | CloseTag | TextRun;

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const NAME = /[A-Za-z][A-Za-z0-9:_-]*/y;
// A quoted value left open runs to the end of the text, as browsers read it.
const ATTR = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?/y;

/** Calls `emit` for each tag and text run in order; comments, doctypes and processing instructions are skipped. */
export function tokenizeHtml(text: string, emit: (token: HtmlToken) => void): void {
	const len = text.length;
	let pos = 0;
	let textStart = 0;
	const flushText = (end: number) => {
		if (end > textStart) emit({ type: 'text', raw: text.slice(textStart, end), start: textStart, end });
	};
	while (pos < len) {
		const lt = text.indexOf('<', pos);
		if (lt < 0) break;
		const next = text.charCodeAt(lt + 1);
		if (next === 33 /* ! */ || next === 63 /* ? */) {
			flushText(lt);
			const isComment = text.startsWith('<!--', lt);
			const close = isComment ? text.indexOf('-->', lt + 4) : text.indexOf('>', lt + 2);
			pos = close < 0 ? len : close + (isComment ? 3 : 1);
			textStart = pos;
			continue;
		}
		if (next === 47 /* / */) {
			NAME.lastIndex = lt + 2;
			const m = NAME.exec(text);
			if (m) {
				const gt = text.indexOf('>', NAME.lastIndex);
				const end = gt < 0 ? len : gt + 1;
				flushText(lt);
				emit({ type: 'close', name: m[0].toLowerCase(), start: lt, end });
				pos = textStart = end;
				continue;
			}
			pos = lt + 1;
			continue;
		}
		NAME.lastIndex = lt + 1;
		const m = NAME.exec(text);
		if (!m) {
			// A `<` that opens no tag ("a < b") is text.
			pos = lt + 1;
			continue;
		}
		const name = m[0].toLowerCase();
		const tag = readAttributes(text, NAME.lastIndex);
		flushText(lt);
		emit({ type: 'open', name, attrs: tag.attrs, selfClosing: tag.selfClosing, start: lt, end: tag.end });
		pos = textStart = tag.end;
		if (RAW_TEXT.has(name) && !tag.selfClosing) {
			// Their content is text up to the matching close tag, whatever it looks like.
			const closer = new RegExp(`</${name}`, 'gi');
			closer.lastIndex = pos;
			const close = closer.exec(text);
			const stop = close === null ? len : close.index;
			flushText(stop);
			pos = textStart = stop;
		}
	}
	flushText(len);
}

function readAttributes(text: string, from: number): { attrs: Record<string, string>; selfClosing: boolean; end: number } {
	const attrs: Record<string, string> = {};
	let pos = from;
	for (;;) {
		while (pos < text.length && /\s/.test(text[pos])) pos++;
		const c = text[pos];
		if (c === undefined) return { attrs, selfClosing: false, end: text.length };
		if (c === '>') return { attrs, selfClosing: false, end: pos + 1 };
		if (c === '/' && text[pos + 1] === '>') return { attrs, selfClosing: true, end: pos + 2 };
		ATTR.lastIndex = pos;
		const m = ATTR.exec(text);
		if (!m || ATTR.lastIndex === pos) {
			pos++;
			continue;
		}
		const key = m[1].toLowerCase();
		if (!(key in attrs)) attrs[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
		pos = ATTR.lastIndex;
	}
}
