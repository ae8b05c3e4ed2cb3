// Passwords labelled the way people write them (fürs Portal:, für das WLAN lautet, login for the portal: user / pw),
// tokens and webhooks whose issuer is in their prefix or host, blanks and redactions that hold no value, and SSNs
// next to the forms that ask for them.
import { describe, expect, it } from 'vitest';
import { passwordRule, githubTokenRule } from '../../../src/lib/risk/rules/secrets';
import { urlCredentialsRule } from '../../../src/lib/risk/rules/secret-urls';
import { usSsnRule } from '../../../src/lib/risk/rules/us-ssn';
import { reported } from './helpers';

describe('secret and SSN: labels, issuers, blanks', () => {
	it.each([
		['German fürs + noun + colon', 'Passwort fürs Lieferantenportal: Kq7!mPz2#Lw', ['Kq7!mPz2#Lw']],
		['German für das … lautet', 'das Passwort für den Gäste-Zugang lautet Tulpe#42Xr', ['Tulpe#42Xr']],
		['a login for a named portal, user / password', 'login for the billing portal: tkramer / Vb9$wQ2!pLs', ['Vb9$wQ2!pLs']],
		['a value in parentheses is still a value', 'the wifi pw (Somm3r?Bay#9) works on both floors', ['Somm3r?Bay#9']]
	])('password: %s', (_name, text, expected) => expect(reported(passwordRule, text)).toEqual(expected));

	it.each([
		['an angle-bracket blank', 'Passwort: <hier dein Passwort eintragen>', []],
		['a square-bracket redaction', 'contraseña: [ELIMINADA]', []],
		['a word saying it was removed', 'password: redacted', []],
		['prose after lautet', 'das Passwort für das WLAN lautet wie immer', []]
	])('no password: %s', (_name, text, expected) => expect(reported(passwordRule, text)).toEqual(expected));

	it('a fine-grained GitHub token of any issued length', () => {
		const token = 'github_pat_' + 'Qm4Rt8Zx2Vb6Nc0Lp3Hs7Jd1Kf5Gw9Ye';
		expect(reported(githubTokenRule, `new token ${token} expires in 30 days`)).toEqual([token]);
	});

	it('a Discord webhook URL', () => {
		const url = 'https://discord.com/api/webhooks/1234567890123456789/' + 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3iJk6lMn9oPq';
		expect(reported(urlCredentialsRule, `alerts go to ${url} now`)).toEqual([url]);
	});

	it.each([
		['ss# before bare digits', 'ss# 219457713 for payroll', ['219457713']],
		['the I-9 form', 'HR needs it for the I-9: 219 45 7713', ['219 45 7713']],
		['the W-9 form', 'W-9 attached, number 219-45-7713', ['219-45-7713']]
	])('SSN: %s', (_name, text, expected) => expect(reported(usSsnRule, text)).toEqual(expected));

	it('bare digits next to an order word are no SSN', () => expect(reported(usSsnRule, 'order 219457713 shipped today')).toEqual([]));
});
