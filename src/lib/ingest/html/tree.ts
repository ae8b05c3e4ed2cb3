/** A light element tree over tokenizeHtml, forgiving as browsers are about unclosed and stray tags; never executes anything. */
import { decodeEntities } from './entities';
import { tokenizeHtml } from './tokenize';

export interface HtmlText {
	text: string;
	start: number;
	end: number;
}

export interface HtmlElement {
	name: string;
	attrs: Record<string, string>;
	classes: string[];
	children: HtmlNode[];
	/** Offsets of the element in the source, from its `<` to the end of its closing tag (or of its last content). */
	start: number;
	end: number;
	/** Set on the document: the elements still open when the text ended (a cut-off file leaves some). */
	unclosed?: HtmlElement[];
}

export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function isElement(n: HtmlNode): n is HtmlElement {
	return (n as HtmlElement).name !== undefined;
}

/** The document as a tree under a root element named `#document`; text nodes keep their raw text (references undecoded). */
export function parseHtml(text: string): HtmlElement {
	const root: HtmlElement = { name: '#document', attrs: {}, classes: [], children: [], start: 0, end: text.length };
	const stack: HtmlElement[] = [root];
	tokenizeHtml(text, (t) => {
		const top = stack[stack.length - 1];
		if (t.type === 'text') {
			top.children.push({ text: t.raw, start: t.start, end: t.end });
		} else if (t.type === 'open') {
			const el: HtmlElement = {
				name: t.name,
				attrs: t.attrs,
				classes: (t.attrs.class ?? '').split(/\s+/).filter(Boolean),
				children: [],
				start: t.start,
				end: t.end
			};
			top.children.push(el);
			if (!t.selfClosing && !VOID.has(t.name)) stack.push(el);
		} else {
			let i = stack.length - 1;
			while (i > 0 && stack[i].name !== t.name) i--;
			if (i === 0) return; // a close tag with nothing open to close: ignored
			for (let j = stack.length - 1; j > i; j--) stack[j].end = t.start;
			stack[i].end = t.end;
			stack.length = i;
		}
	});
	for (let j = stack.length - 1; j > 0; j--) stack[j].end = text.length;
	root.unclosed = stack.slice(1);
	return root;
}

export function hasClass(el: HtmlElement, ...names: string[]): boolean {
	return names.every((n) => el.classes.includes(n));
}

/** Element children matching `test`. */
export function childElements(el: HtmlElement, test: (e: HtmlElement) => boolean = () => true): HtmlElement[] {
	return el.children.filter((c): c is HtmlElement => isElement(c) && test(c));
}

/** The first descendant (depth first) matching `test`, not looking inside elements `skip` says to pass over. */
export function findElement(el: HtmlElement, test: (e: HtmlElement) => boolean, skip: (e: HtmlElement) => boolean = () => false): HtmlElement | null {
	const stack: HtmlElement[] = [...childElements(el)].reverse();
	while (stack.length > 0) {
		const e = stack.pop()!;
		if (test(e)) return e;
		if (!skip(e)) for (const c of childElements(e).reverse()) stack.push(c);
	}
	return null;
}

export function findAll(el: HtmlElement, test: (e: HtmlElement) => boolean): HtmlElement[] {
	const out: HtmlElement[] = [];
	const stack: HtmlElement[] = [...childElements(el)].reverse();
	while (stack.length > 0) {
		const e = stack.pop()!;
		if (test(e)) out.push(e);
		for (const c of childElements(e).reverse()) stack.push(c);
	}
	return out;
}

export interface TextOptions {
	/** Leave out descendants this returns true for (e.g. a date inside a name). */
	skip?: (e: HtmlElement) => boolean;
	/** Written after a link's text when it has one to add (its hidden target). */
	linkSuffix?: (a: HtmlElement, text: string) => string;
}

/**
 * The text of an element as its export meant it: `<br>` is a line break; a line break followed by indentation in
 * the source is layout written around tags, not text; character references decoded; markup (bold, links, code)
 * contributes its text only.
 */
export function textOf(el: HtmlElement, opts: TextOptions = {}): string {
	let out = '';
	const visit = (n: HtmlNode): void => {
		if (!isElement(n)) {
			out += decodeEntities(
				n.text
					.replace(/\r?\n[ \t]*$/, '')
					.replace(/^\r?\n[ \t]*/, '')
					.replace(/\r?\n[ \t]*/g, '')
			);
			return;
		}
		if (n.name === 'br') {
			out += '\n';
			return;
		}
		if (n.name === 'script' || n.name === 'style' || opts.skip?.(n)) return;
		const before = out.length;
		for (const c of n.children) visit(c);
		if (n.name === 'a' && opts.linkSuffix) out += opts.linkSuffix(n, out.slice(before));
	};
	for (const c of el.children) visit(c);
	return out;
}
