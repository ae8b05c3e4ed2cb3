// The tolerant HTML reader used for HTML exports: tokens, references, tree and text; expectations written by hand.
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/lib/ingest/html/entities';
import { tokenizeHtml, type HtmlToken } from '../../../src/lib/ingest/html/tokenize';
import { findElement, hasClass, parseHtml, textOf } from '../../../src/lib/ingest/html/tree';

const tokens = (html: string) => {
	const out: string[] = [];
	tokenizeHtml(html, (t: HtmlToken) =>
		out.push(
			t.type === 'open'
				? `<${t.name}${Object.entries(t.attrs)
						.map(([k, v]) => ` ${k}=${v}`)
						.join('')}${t.selfClosing ? '/' : ''}>`
				: t.type === 'close'
					? `</${t.name}>`
					: `"${t.raw}"`
		)
	);
	return out;
};

describe('tokenizeHtml', () => {
	it.each<[string, string, string[]]>([
		['tags, attributes in any quoting, text', '<div class="a b" id=x data-k=\'v\'>hi</div>', ['<div class=a b id=x data-k=v>', '"hi"', '</div>']],
		['self-closing and void-looking tags', '<img src="p.jpg"/><br>x', ['<img src=p.jpg/>', '<br>', '"x"']],
		['spaces around = (tdesktop writes <a href = "…">)', '<a href = "stickers/s.webp">😀</a>', ['<a href=stickers/s.webp>', '"😀"', '</a>']],
		['names are case-insensitive', '<DIV CLASS="x"></Div>', ['<div class=x>', '</div>']],
		['comments and doctype are skipped', '<!DOCTYPE html><!-- <div> -->a', ['"a"']],
		['a < that opens no tag is text', 'a < b <3 c', ['"a < b <3 c"']],
		['script content is text, whatever it holds', '<script>if (a<b) { x("</div>") }</script>z', ['<script>', '"if (a<b) { x("</div>") }"', '</script>', '"z"']],
		['title content is raw text', '<title>a <b> c</title>', ['<title>', '"a <b> c"', '</title>']],
		['an unclosed tag at the end is read to the end', '<div class="x', ['<div class=x>']],
		['an unclosed comment swallows the rest', 'a<!-- b', ['"a"']],
		['references in attributes are decoded', '<a title="&quot;Q&quot; &amp; A">', ['<a title="Q" & A>']]
	])('%s', (_name, html, want) => {
		expect(tokens(html)).toEqual(want);
	});

	it('never throws on hostile or broken input', () => {
		for (const input of ['<', '</', '<<<>>>', '<a href="', "<a b='", '<!', '<?xml', '<script>', '\u0000<div\u0000>', '<' + 'a'.repeat(100000)]) {
			expect(() => tokens(input)).not.toThrow();
		}
	});
});

describe('decodeEntities', () => {
	it.each([
		['tdesktop escapes', '&quot;&amp;&apos;&lt;&gt;', '"&\'<>'],
		['guillemets of service texts', '&laquo;Crew&raquo;', '«Crew»'],
		['decimal and hex references, astral too', '&#72;&#x69;&#x1F600;', 'Hi😀'],
		['control characters tdesktop writes as &#xHH;', 'a&#x0B;b', 'a\u000bb'],
		['an unknown name stays as written', '&bogus; &amp', '&bogus; &'],
		['an out-of-range or surrogate reference is U+FFFD', '&#x110000;&#xD800;&#0;', '\ufffd\ufffd\ufffd'],
		['no semicolon, a name HTML does not read that way', '&laquo x', '&laquo x'],
		['nothing to decode', 'plain text', 'plain text']
	])('%s', (_name, s, want) => {
		expect(decodeEntities(s)).toBe(want);
	});
});

describe('tree and text', () => {
	it('closes what a stray close tag leaves open, ignores close tags with nothing open, and marks what the end leaves open', () => {
		const doc = parseHtml('<div class="a"><span>x</div></p><div class="b">y');
		const a = findElement(doc, (e) => hasClass(e, 'a'))!;
		expect(textOf(a)).toBe('x');
		expect(doc.unclosed?.map((e) => e.attrs.class)).toEqual(['b']);
	});

	it.each<[string, string, string]>([
		['layout line breaks around tags are not text (tdesktop writes them)', '<div class="t">\nline one<br>line two\n       </div>', 'line one\nline two'],
		['spaces inside text are kept, the layout before it is not', '<div class="t">\n  two  spaces  \n </div>', 'two  spaces  '],
		[
			'markup contributes its text',
			'<div class="t">\nBring the <strong>list</strong> &amp; <em>gloves</em> <code>x&lt;y</code>\n</div>',
			'Bring the list & gloves x<y'
		],
		['escaped markup stays text', '<div class="t">\n&lt;img src=x onerror=alert(1)&gt;\n</div>', '<img src=x onerror=alert(1)>'],
		['a reformatted file with indented text loses only the layout', '<div class="t">\n   <strong>\n    bold\n   </strong>\n</div>', 'bold']
	])('%s', (_name, html, want) => {
		const el = findElement(parseHtml(html), (e) => hasClass(e, 't'))!;
		expect(textOf(el)).toBe(want);
	});
});
