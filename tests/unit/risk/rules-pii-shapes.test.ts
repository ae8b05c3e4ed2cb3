// Identifiers in the shapes people type them: a PRC ID in groups, an SSN named by the form that asks for it
// (I-9, W-9, ss#), addresses with accented letters or written out with 艾特 and 点 between spaces.
// Check character of 320102198706235119 worked out by hand (ISO 7064 MOD 11-2: weighted sum mod 11 = 4 → '9').
import { describe, expect, it } from 'vitest';
import { cnResidentIdRule } from '../../../src/lib/risk/rules/cn-resident-id';
import { emailRule } from '../../../src/lib/risk/rules/email';
import { usSsnRule } from '../../../src/lib/risk/rules/us-ssn';
import type { RiskRule } from '../../../src/lib/risk/types';
import { reported } from './helpers';

describe.each<[string, RiskRule, [string, string, string[]][]]>([
	[
		'PRC resident ID in groups',
		cnResidentIdRule,
		[
			['6-8-4 with spaces', '身份证 320102 19870623 5119 请核对', ['320102 19870623 5119']],
			['6-4-4-4 with dashes', 'ID card 320102-1987-0623-5119', ['320102-1987-0623-5119']],
			['grouped, check character wrong', '身份证 320102 19870623 5118', []],
			['grouped, mixed separators', '身份证 320102 1987-0623 5119', []],
			['full-width digits', '身份证３２０１０２１９８７０６２３５１１９', ['３２０１０２１９８７０６２３５１１９']]
		]
	],
	[
		'SSN named by the form that asks for it',
		usSsnRule,
		[
			['ss# then nine digits', 'ss# 512347788 for payroll', ['512347788']],
			['I-9 with spaces', 'HR needs it for the I-9: 512 34 7788', ['512 34 7788']],
			['W-9', 'W-9 attached, number 512-34-7788', ['512-34-7788']],
			['nine digits and no form or SSN word', 'ticket 512347788 closed', []]
		]
	],
	[
		'e-mail addresses',
		emailRule,
		[
			['accented local part', 'escríbele a josé.núñez@bufete-ruiz.es mañana', ['josé.núñez@bufete-ruiz.es']],
			['accented domain', 'Kontakt: info@bücher-haus.de', ['info@bücher-haus.de']],
			['Chinese before the address is not part of it', '邮箱是wang.lei@qq.com', ['wang.lei@qq.com']],
			['艾特 and 点 between spaces', '邮箱 li.na 艾特 163 点 com 谢谢', ['li.na 艾特 163 点 com']],
			['a time with 点 and the TLD-like word at', 'meet at 10点 at the office', []]
		]
	]
])('%s', (_group, rule, cases) => {
	it.each(cases)('%s', (_name, text, expected) => expect(reported(rule, text)).toEqual(expected));
});

it('explains a grouped PRC ID', () => {
	const [hit] = cnResidentIdRule.scan('身份证 320102 19870623 5119');
	expect(hit.explanation).toContain('written in groups');
	expect(hit.explanation).toContain("'身份证' nearby");
});
