import { urlCredentialsRule } from '../../../src/lib/risk/rules/secret-urls';
import { describe, expect, it } from 'vitest';
import {
	awsAccessKeyRule,
	genericSecretRule,
	githubTokenRule,
	jwtRule,
	passwordRule,
	privateKeyRule,
	SECRET_RULES,
	slackTokenRule,
	stripeKeyRule
} from '../../../src/lib/risk/rules/secrets';
import { reported } from './helpers';

const JWT =
	'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF0qkN1Yy\n-----END RSA PRIVATE KEY-----';

describe('secret rules', () => {
	it.each([
		['AWS key', 'new key AKIAQ3EGRX7ZL4M2WN5T for the bucket', awsAccessKeyRule, ['AKIAQ3EGRX7ZL4M2WN5T']],
		["AWS's documentation key", 'the docs show AKIAIOSFODNN7EXAMPLE', awsAccessKeyRule, []],
		['AKIA with a non-base32 character', 'AKIA2E0A8F3B244C9986', awsAccessKeyRule, []],
		['GitHub PAT', 'token ghp_R8mK2pX9vL4qN7wT1zY6bC3dF5gH0jS8aE2u', githubTokenRule, ['ghp_R8mK2pX9vL4qN7wT1zY6bC3dF5gH0jS8aE2u']],
		['ghp_ too short', 'ghp_abc is the prefix GitHub uses', githubTokenRule, []],
		[
			'Slack bot token',
			'bot: xoxb-2048913375-4917302284116-Qm7RzK2pW9xL4vN8tB3cY6dF',
			slackTokenRule,
			['xoxb-2048913375-4917302284116-Qm7RzK2pW9xL4vN8tB3cY6dF']
		],
		[
			'Slack webhook',
			'post to https://hooks.slack.com/services/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',
			slackTokenRule,
			['https://hooks.slack.com/services/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']
		],
		['Stripe live key', 'sk_live_51HxQ2aLk9Vb3mZp7Tq4Rw8Yc', stripeKeyRule, ['sk_live_51HxQ2aLk9Vb3mZp7Tq4Rw8Yc']],
		['Stripe test key', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc from the docs', stripeKeyRule, []],
		['PEM block', PEM, privateKeyRule, [PEM]],
		['PEM header alone', 'pasting -----BEGIN OPENSSH PRIVATE KEY----- (rest in the file)', privateKeyRule, ['-----BEGIN OPENSSH PRIVATE KEY-----']],
		['public key', '-----BEGIN PUBLIC KEY----- MIIBIjANBgkq', privateKeyRule, []],
		['JWT', `Authorization: Bearer ${JWT}`, jwtRule, [JWT]],
		['eyJ… that does not decode', 'eyJhbGciOiJIUzI1NiJ9x.eyJzdWIiOiIxMjM0.abc', jwtRule, []],
		['password with colon', 'password: Hunter2!x', passwordRule, ['Hunter2!x']],
		['password for the wifi', 'the password for the wifi is Blue42cat', passwordRule, ['Blue42cat']],
		['密码是', '服务器密码是Qw3rty!88，别外传', passwordRule, ['Qw3rty!88']],
		['Passwort', 'Passwort: Sommer2024!', passwordRule, ['Sommer2024!']],
		['contraseña', 'la contraseña es Gato_2023', passwordRule, ['Gato_2023']],
		['password in prose', 'the password is on the sticky note', passwordRule, []],
		['reset your password', 'please reset your password before Friday', passwordRule, []],
		['password is case sensitive', 'the password is case sensitive', passwordRule, []],
		['hex API key', 'api_key = 9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c', genericSecretRule, ['9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c']],
		['bearer token', 'Authorization: Bearer Zk8pQ2vX7mL4nR9tW3yB6cD1', genericSecretRule, ['Zk8pQ2vX7mL4nR9tW3yB6cD1']],
		['token in Chinese', '接口令牌：Zk8pQ2vX7mL4nR9tW3yB6cD1', genericSecretRule, ['Zk8pQ2vX7mL4nR9tW3yB6cD1']],
		['keep it secret', 'keep it secret, the client does not know yet', genericSecretRule, []],
		['the secret ingredient', 'the secret ingredient is cinnamon', genericSecretRule, []],
		['a key word and a long plain word', 'the key is internationalization', genericSecretRule, []],
		['example key in docs', 'example: api_key = 9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c', genericSecretRule, []]
	])('%s', (_name, text, rule, expected) => expect(reported(rule, text)).toEqual(expected));

	it('files every secret rule under secret', () => {
		for (const rule of SECRET_RULES) expect(rule.category).toBe('secret');
	});
});

describe('secret.url_credentials', () => {
	it.each([
		['postgres URL', 'db: postgres://reporting:Qx9v!rT2@10.0.3.14:5432/ledger', ['Qx9v!rT2']],
		['redis URL with an empty user', 'redis://:Rd7#Lq2w@10.8.0.21:6379/0', ['Rd7#Lq2w']],
		['a placeholder password', 'postgres://app:${PW}@db:5432/x', []],
		['a URL without a password', 'see https://docs.example.org/setup', []],
		['GitLab token', 'PAT glpat-9XsTS5MivpF9k9jz81iQ', ['glpat-9XsTS5MivpF9k9jz81iQ']],
		['Telegram bot token', 'bot 1234567890:AAH3kq9LmZ0pQ7rS5tU1vW3xY5zA7bC9dE1', ['1234567890:AAH3kq9LmZ0pQ7rS5tU1vW3xY5zA7bC9dE1']]
	])('%s', (_name, text, expected) => expect(reported(urlCredentialsRule, text)).toEqual(expected));
});

describe('secrets that are not secret', () => {
	it.each([
		['a masked password', 'Passwort: ******** (geschwärzt)', passwordRule],
		['a German word after Passwort', 'klick auf "Passwort zurücksetzen"', passwordRule],
		['a PEM public key', '-----BEGIN PUBLIC KEY----- MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnuef5JZvsfWonNz9jH35cr2MWTQe87HS', genericSecretRule],
		['a Stripe publishable key', 'publishable key pk_live_3GI0uoV6vGTFN4g3AfCK9eVG goes in the frontend', genericSecretRule]
	])('%s', (_name, text, rule) => expect(reported(rule, text)).toEqual([]));
});
