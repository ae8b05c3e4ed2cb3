// Secrets in the forms people paste them: issuer-prefixed tokens of AI, code-hosting, cloud and payment vendors;
// chat webhook URLs; secrets in URL queries, JSON fields and connection strings; a password named by what it opens
// ("Passwort fürs Kundenportal:", "login for the vendor portal: user / pw"). And what stays out: placeholders,
// redacted values, documented examples. Tokens below are random strings made for these tests.
import { describe, expect, it } from 'vitest';
import { genericSecretRule, githubTokenRule, passwordRule } from '../../../src/lib/risk/rules/secrets';
import { vendorTokenRule } from '../../../src/lib/risk/rules/secret-vendors';
import type { RiskRule } from '../../../src/lib/risk/types';
import { reported } from './helpers';

const DISCORD = 'https://discord.com/api/webhooks/2685995289078666617/ZhyiA4uoRgnatmUdjAWtGSU8po-799NksnRH9ucAUsdMlHUvTCQCyEZDz_TddJ8HyS5S';
const TEAMS = 'https://acme.webhook.office.com/webhookb2/5c1d1904-09a9@5cd609f7/IncomingWebhook/4c686cffeae8e95eeaade700a2031427/eb587eea';

describe.each<[string, RiskRule, [string, string, string[]][]]>([
	[
		'vendor tokens',
		vendorTokenRule,
		[
			['Hugging Face token (letters only)', 'HF_TOKEN=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', ['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']],
			[
				'Groq key in a log line',
				'ts=12:01 client=groq key_used=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',
				['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']
			],
			['Docker Hub token', 'docker login -u ci -p dckr_pat_F4vUCsMehGAkWvj7FAc9QeWJKY4', ['dckr_pat_F4vUCsMehGAkWvj7FAc9QeWJKY4']],
			['Stripe webhook secret', 'STRIPE_WEBHOOK_SECRET=whsec_56eCuNGMGmSrCGIZEG8pSH4487q7J58m', ['whsec_56eCuNGMGmSrCGIZEG8pSH4487q7J58m']],
			['Square access token', 'square prod: sq0atp-5r1pY4OjE2jBMptUsGr7Cm', ['sq0atp-5r1pY4OjE2jBMptUsGr7Cm']],
			['Discord webhook URL', `alerts go to ${DISCORD}`, [DISCORD]],
			['Teams webhook URL', `el conector: ${TEAMS}`, [TEAMS]],
			[
				'a token in a URL query',
				'curl "https://api.acme.io/v2/report?format=csv&access_token=z4FkQ1okTBGzvAmwufUxbvJDCTbyvHNsG9eh6Yo4"',
				['z4FkQ1okTBGzvAmwufUxbvJDCTbyvHNsG9eh6Yo4']
			],
			['placeholder with the prefix', 'set HF_TOKEN=hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', []],
			['documented example', 'the docs example uses 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', []],
			['a word in a URL query', 'https://shop.acme.io/search?key=winter-jackets-for-kids', []]
		]
	],
	[
		'GitHub token cut short',
		githubTokenRule,
		[
			[
				'fine-grained PAT shorter than issued',
				'new PAT github_pat_3CXlMaXZjljENUhJduRHHJEYXg4JdpmrcXgGCJbW',
				['github_pat_3CXlMaXZjljENUhJduRHHJEYXg4JdpmrcXgGCJbW']
			]
		]
	],
	[
		'generic key in JSON',
		genericSecretRule,
		[
			['JSON "api_key": "…"', '{"api_key": "z4FkQ1okTBGzvAmwufUxbvJDCTbyvHNsG9eh6Yo4", "region": "eu"}', ['z4FkQ1okTBGzvAmwufUxbvJDCTbyvHNsG9eh6Yo4']],
			['a hash next to "key" in JSON stays a hash without digits and case', '{"cache_key": "aaaabbbbccccddddeeee"}', []],
			['a UUID api key is a credential', 'api_key = 7c9e6679-7425-40de-944b-e07fc1f90ae7', ['7c9e6679-7425-40de-944b-e07fc1f90ae7']],
			['a UUID idempotency key names a request', 'Idempotency-Key: 7c9e6679-7425-40de-944b-e07fc1f90ae7', []],
			['an SSH public key', 'my ssh key: AAAAC3NzaC1lZDI1NTE5AAAAIK8q2xVbL4mJ9wR7tZp', []],
			["AWS's documentation secret", 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', []],
			['a commit hash next to "key"', 'key commit sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', []]
		]
	],
	[
		'password named by what it opens',
		passwordRule,
		[
			['German fürs', 'Passwort fürs Lieferantenportal: Kq4%mZtr#81', ['Kq4%mZtr#81']],
			['German lautet', 'Das Kennwort für den Besprechungsraum lautet Fjord$72Lm!', ['Fjord$72Lm!']],
			['Spanish del … es', 'la contraseña del router es Tq8#pLw2', ['Tq8#pLw2']],
			['a qualifier in brackets', 'password (staging db): vR7!qk29Lp', ['vR7!qk29Lp']],
			['JSON field', '{"user": "svc", "password": "h7Gq!2xLmP"}', ['h7Gq!2xLmP']],
			['connection string, the next field cut off', 'Server=db1;User Id=app;Password=Wq9$kLm2x;Database=crm', ['Wq9$kLm2x']],
			['login pair after what it opens', 'login for the supplier portal: rgarcia / Zt5&hwQp$31', ['Zt5&hwQp$31']],
			['redacted in brackets', 'Kennwort: [ENTFERNT]', []],
			['placeholder in angle brackets', 'password: <your password here>', []],
			['redaction word', 'contraseña: oculta', []],
			['a stored bcrypt hash', 'password hash: $2b$12$Kq4mZtr81abcdefghijklmuQ9', []],
			['a reset link after the password word', 'password reset: https://portal.acme.de/reset?id=77', []]
		]
	]
])('%s', (_group, rule, cases) => {
	it.each(cases)('%s', (_name, text, expected) => expect(reported(rule, text)).toEqual(expected));
});

it('explains a vendor token by its issuer', () => {
	const [hit] = vendorTokenRule.scan(`alerts go to ${DISCORD}`);
	expect(hit).toMatchObject({ rule: 'secret.vendor_token', category: 'secret', score: 0.9 });
	expect(hit.explanation).toContain('Discord webhook URL');
});
