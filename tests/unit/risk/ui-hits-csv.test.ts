import { describe, expect, it } from 'vitest';
import type { HitRow } from '$lib/db/queries/risk';
import { hitExplanation, hitMatch, markedText, type Redactor } from '$lib/risk/analysis/hit-text';
import { hitsCsv } from '$lib/risk/analysis/hits-csv';

const off: Redactor = { enabled: false, shown: (t) => t };
// A stand-in redactor that masks one card number, as the redaction function would.
const on: Redactor = { enabled: true, shown: (t) => t.replaceAll('4111 1111 1111 1111', '[pii.credit_card]') };

const source = {
	pos: 0,
	conversation_kind: 'direct',
	participant_id: 1,
	kind: 'text',
	attachments: [],
	reply_to: null,
	source_id: null,
	edited: false,
	deleted: false,
	platform: 'whatsapp',
	archive_sha256: 'cd'.repeat(32),
	source_file: 'WhatsApp Chat with Dana Whitfield.txt',
	line_end: null,
	source_path: null,
	tz: 'UTC'
};
const card: HitRow = {
	...source,
	message_id: 17,
	conversation_id: 1,
	ts_utc: '2024-03-12T15:01:00Z',
	ts_local: '2024-03-12T15:01:00',
	conversation: 'Dana Whitfield',
	author: 'Dana Whitfield',
	text: 'Card for the deposit: 4111 1111 1111 1111, exp 09/27',
	category: 'pii.credit_card',
	rule: 'pii.credit_card.luhn',
	severity: 'high',
	score: 0.95,
	span_start: 22,
	span_end: 41,
	explanation: '16 digits passing the Luhn check',
	line: 40
};
const policy: HitRow = {
	...source,
	message_id: 20,
	conversation_id: 1,
	ts_utc: null,
	ts_local: '2024-03-12T15:04:00',
	conversation: 'Ops, "night" shift',
	author: 'Marco',
	text: 'Let\'s move this to my "personal" phone\nnot here',
	category: 'policy.off_channel',
	rule: 'policy.off-channel',
	severity: 'medium',
	score: 0.7,
	span_start: 16,
	span_end: 21,
	explanation: "'personal phone' nearby",
	line: 43
};

describe('risk hits as CSV', () => {
	it('writes the finding, then the message with its provenance, one row per hit', () => {
		const [header, first, second, end] = hitsCsv([card, policy], off).split('\r\n');
		expect(header).toBe(
			'\ufeffcategory,rule,severity,score,match,explanation,message_id,ts_utc,ts_local,utc_offset,tz,time_zone,conversation_id,conversation,author,kind,text,attachments,reply_to,edited,deleted,platform,archive_sha256,source_file,line,line_end,source_path,redacted'
		);
		expect(first).toBe(
			`pii.credit_card,pii.credit_card.luhn,high,0.95,4111 1111 1111 1111,16 digits passing the Luhn check,17,2024-03-12T15:01:00Z,2024-03-12T15:01:00,+00:00,UTC,local (not stated in the export),1,Dana Whitfield,Dana Whitfield,text,"Card for the deposit: 4111 1111 1111 1111, exp 09/27",,,false,false,whatsapp,${'cd'.repeat(32)},WhatsApp Chat with Dana Whitfield.txt,40,,,false`
		);
		expect(second).toBe(
			`policy.off_channel,policy.off-channel,medium,0.7,to my,'personal phone' nearby,20,,2024-03-12T15:04:00,,UTC,local (not stated in the export),1,"Ops, ""night"" shift",Marco,text,"Let's move this to my ""personal"" phone\nnot here",,,false,false,whatsapp,${'cd'.repeat(32)},WhatsApp Chat with Dana Whitfield.txt,43,,,false`
		);
		expect(end).toBe('');
	});

	it('with redaction on, the card number appears in neither the match nor the text, and the rows say so', () => {
		const csv = hitsCsv([card], on);
		expect(csv).not.toContain('4111');
		expect(csv.split('\r\n')[1]).toMatch(
			/^pii\.credit_card,pii\.credit_card\.luhn,high,0\.95,\[pii\.credit_card\],pii\.credit_card found \(the explanation is withheld[^,]*,17,.*"Card for the deposit: \[pii\.credit_card\], exp 09\/27".*,true$/
		);
	});
});

describe('hit text', () => {
	it('masks the match of PII and secret hits when redacting, passes others through the redactor', () => {
		expect(hitMatch(card, off)).toBe('4111 1111 1111 1111');
		expect(hitMatch(card, on)).toBe('[pii.credit_card]');
		expect(hitMatch({ ...card, category: 'secret' }, { enabled: true, shown: (t) => t })).toBe('[secret]');
		expect(hitMatch(policy, on)).toBe('to my');
	});

	it('withholds a PII explanation while redacting (it can quote the finding), shows others', () => {
		expect(hitExplanation({ category: 'pii.email', explanation: 'e-mail address at harbor.io' }, on)).not.toContain('harbor.io');
		expect(hitExplanation({ category: 'pii.email', explanation: 'e-mail address at harbor.io' }, off)).toBe('e-mail address at harbor.io');
		expect(hitExplanation(policy, on)).toBe("'personal phone' nearby");
	});

	it('marks the span when not redacting, shows the redacted text whole when redacting', () => {
		expect(markedText(card, off)).toEqual({ marked: true, before: 'Card for the deposit: ', match: '4111 1111 1111 1111', after: ', exp 09/27' });
		expect(markedText(card, on)).toEqual({ marked: false, text: 'Card for the deposit: [pii.credit_card], exp 09/27' });
	});

	it('cuts long texts to 240 characters either side of the span', () => {
		const long = { ...card, text: `${'a'.repeat(300)}MATCH${'b'.repeat(300)}`, span_start: 300, span_end: 305 };
		const m = markedText(long, off);
		expect(m).toEqual({ marked: true, before: `…${'a'.repeat(240)}`, match: 'MATCH', after: `${'b'.repeat(240)}…` });
	});
});
