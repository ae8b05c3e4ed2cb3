import { describe, expect, it } from 'vitest';
import { createLineSplitter } from '../../../src/lib/ingest/lines';

function split(chunks: string[]): string[] {
	const s = createLineSplitter();
	const out: string[] = [];
	for (const c of chunks) out.push(...s.push(c));
	out.push(...s.end());
	return out;
}

describe('createLineSplitter', () => {
	it.each([
		['LF', ['a\nb\nc'], ['a', 'b', 'c']],
		['CRLF', ['a\r\nb\r\n'], ['a', 'b']],
		['lone CR', ['a\rb\rc'], ['a', 'b', 'c']],
		['mixed breaks', ['a\r\nb\nc\rd'], ['a', 'b', 'c', 'd']],
		['empty lines kept', ['a\n\n\nb\n'], ['a', '', '', 'b']],
		['CR at chunk end, LF at next start is one break', ['a\r', '\nb'], ['a', 'b']],
		['CR at chunk end, then a lone CR', ['a\r', '\rb'], ['a', '', 'b']],
		['CR at chunk end, then text', ['a\r', 'b'], ['a', 'b']],
		['CR, empty chunk, LF', ['a\r', '', '\nb'], ['a', 'b']],
		['line across chunks', ['ab', 'cd', 'e\nf'], ['abcde', 'f']],
		['LF alone in its chunk', ['a', '\n', 'b'], ['a', 'b']],
		['BOM on the first line', ['\ufeffa\nb'], ['a', 'b']],
		['BOM alone in the first chunk', ['\ufeff', 'a'], ['a']],
		['BOM after an empty first chunk', ['', '\ufeffa'], ['a']],
		['BOM only at the very start', ['a\n\ufeffb'], ['a', '\ufeffb']],
		['no trailing break', ['a\nb'], ['a', 'b']],
		['trailing break gives no empty line', ['a\n'], ['a']],
		['nothing', [''], []]
	])('%s', (_name, chunks, expected) => {
		expect(split(chunks)).toEqual(expected);
	});

	it('gives the same lines for every way of cutting the input in two', () => {
		const text = '\ufeffl1\r\nl2\rl3\n\nl5\r\n\r\nl7';
		const whole = split([text]);
		for (let i = 0; i <= text.length; i++) expect(split([text.slice(0, i), text.slice(i)])).toEqual(whole);
	});

	it('reports where each line starts in the whole stream, however it is cut', () => {
		const text = '\ufeffab\r\ncd\re\n\nfg';
		const expectedStarts = [1, 5, 8, 10, 11];
		for (let i = 0; i <= text.length; i++) {
			const s = createLineSplitter();
			const starts: number[] = [];
			const lines = [...s.push(text.slice(0, i), starts), ...s.push(text.slice(i), starts), ...s.end(starts)];
			expect(lines).toEqual(['ab', 'cd', 'e', '', 'fg']);
			expect(starts).toEqual(expectedStarts);
			lines.forEach((line, k) => expect(text.slice(starts[k], starts[k] + line.length)).toBe(line));
		}
	});

	it('ignores a non-string chunk', () => {
		const s = createLineSplitter();
		expect(s.push(undefined as unknown as string)).toEqual([]);
		expect(s.push('a\n')).toEqual(['a']);
	});
});
