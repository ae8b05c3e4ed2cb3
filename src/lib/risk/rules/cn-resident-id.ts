import type { RiskHit, RiskRule } from '../types';
import { cnResidentIdValid, realPastDate } from '../validators/cn-resident-id';
import { withAsciiDigits } from '../validators/digits';
import { CONTEXT_BOOST, contextRegex, contextWord, EXAMPLE_WORDS, makeHit } from './context';

const ID18 = /(?<![\dA-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g;
const ID18_WHOLE = new RegExp(`^${ID18.source.replace('(?<![\\dA-Za-z])', '').replace('(?![\\dA-Za-z])', '')}$`);
/** The same 18 characters grouped by single spaces or dashes, one kind per number (320102 19870623 5119, 320102-1987-0623-5119). */
const ID18_GROUPED = /(?<![\dA-Za-z-])\d{2,8}([ -])\d{1,8}(?:\1\d{1,8}){0,4}[Xx]?(?![\dA-Za-z]|[ -]\d)/g;
/** Legacy 15-digit IDs (before 1999) carry no check digit: reported only with context. */
const ID15 = /(?<![\dA-Za-z])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![\dA-Za-z])/g;
export const CN_ID_CONTEXT = contextRegex([
	'身份证',
	'身份證',
	'身份证号',
	'身份证号码',
	'证件号',
	'证件号码',
	'居民身份证',
	'身分證',
	'鉴定',
	'ID card',
	'ID number',
	'resident ID',
	'PRC ID',
	'national ID',
	'Personalausweis',
	'Ausweisnummer',
	'DNI',
	'documento de identidad',
	'cédula'
]);

const meta = {
	id: 'pii.cn_resident_id',
	category: 'pii.cn_resident_id',
	severity: 'high',
	description: 'A PRC resident identity card number (MOD 11-2 check and birth date).'
} as const;

/**
 * Scores (after Microsoft Purview): 18 characters with checksum, real birth date and province 0.75 (0.6 when
 * written in groups); 身份证 or similar
 * nearby adds 0.35; an example word nearby (示例, 样例, 测试, example) 0.3.
 */
export const cnResidentIdRule: RiskRule = {
	...meta,
	scan(raw) {
		const text = withAsciiDigits(raw);
		if (!/\d{6}/.test(text)) return [];
		const hits: RiskHit[] = [];
		const report = (start: number, end: number, id: string, grouped: boolean) => {
			if (!ID18_WHOLE.test(id) || !cnResidentIdValid(id)) return;
			const word = contextWord(text, start, end, CN_ID_CONTEXT);
			const example = contextWord(text, start, end, EXAMPLE_WORDS, 40, 30);
			const what = `18-character PRC resident ID${grouped ? ' written in groups' : ''}: check character, birth date ${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)} and province all valid`;
			if (example) hits.push(makeHit(meta, start, end, 0.3, `${what}, but '${example}' nearby marks it as an example`));
			else hits.push(makeHit(meta, start, end, (grouped ? 0.6 : 0.75) + (word ? CONTEXT_BOOST : 0), `${what}${word ? `; '${word}' nearby` : ''}`));
		};
		if (/\d{15}/.test(text)) for (const m of text.matchAll(ID18)) report(m.index, m.index + m[0].length, m[0], false);
		if (/\d{4}[ -]\d{4}/.test(text)) for (const m of text.matchAll(ID18_GROUPED)) report(m.index, m.index + m[0].length, m[0].replace(/[ -]/g, ''), true);
		if (!/\d{15}/.test(text)) return hits;
		for (const m of text.matchAll(ID15)) {
			if (!realPastDate('19' + m[0].slice(6, 12), new Date())) continue;
			const start = m.index;
			const end = start + m[0].length;
			const word = contextWord(text, start, end, CN_ID_CONTEXT, 30, 10);
			if (!word) continue;
			hits.push(makeHit(meta, start, end, 0.6, `15-digit legacy PRC resident ID (no check digit) with a real birth date; '${word}' nearby`));
		}
		return hits;
	}
};
