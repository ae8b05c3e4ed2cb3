import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/lib/ingest/messenger/index';

describe('repairMojibake', () => {
	it.each([
		['German umlauts and ß', 'M\u00c3\u00bcnchen, Gr\u00c3\u00bc\u00c3\u009fe, \u00c3\u0084rger', 'München, Grüße, Ärger'],
		['Spanish ñ, á, ¿', '\u00c2\u00bfSe\u00c3\u00b1or \u00c3\u0081lvarez, ma\u00c3\u00b1ana?', '¿Señor Álvarez, mañana?'],
		['Chinese (3 bytes each)', '\u00e4\u00bc\u009a\u00e8\u00ae\u00ae', '会议'],
		['emoji (4 bytes)', 'lol \u00f0\u009f\u0098\u0086', 'lol 😆'],
		['emoji with ZWJ', '\u00f0\u009f\u0091\u00a8\u00e2\u0080\u008d\u00f0\u009f\u0091\u00a9', '👨\u200d👩'],
		['René from the reference', 'Ren\u00c3\u00a9', 'René']
	])('%s', (_name, input, expected) => {
		expect(repairMojibake(input)).toBe(expected);
	});

	it.each([
		['plain ASCII', 'hello, world'],
		['a lone Latin-1 é (not valid UTF-8 as bytes)', 'café'],
		['ñ followed by ASCII (invalid UTF-8)', 'Señor Müller'],
		['text above U+00FF', '你好，café'],
		['a truncated sequence', 'abc \u00c3'],
		['empty', '']
	])('leaves %s unchanged', (_name, input) => {
		expect(repairMojibake(input)).toBe(input);
	});
});
