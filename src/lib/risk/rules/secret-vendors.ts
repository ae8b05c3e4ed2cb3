import type { RiskHit, RiskRule } from '../types';
import { shannonEntropy } from '../validators/entropy';
import { contextRegex, contextWord, makeHit, type RuleMeta } from './context';

/**
 * Credentials whose shape names their issuer (after gitleaks' rule set): AI vendors, code hosting and package
 * registries, cloud and payment providers, chat webhooks. Lengths are the issuers' own, loosened where people
 * paste a token cut short; the random part must look random (entropy) so placeholders (hf_XXXX…) stay out.
 */
interface VendorSpec {
	/** A substring every match holds, tested before the regex runs. */
	marker: string;
	pattern: RegExp;
	what: string;
	/** The part whose entropy is checked (the secret path of a webhook URL); the whole match by default. */
	secret?: (match: RegExpMatchArray) => string;
}

const B = '(?<![A-Za-z0-9_-])';
const E = '(?![A-Za-z0-9_-])';
const token = (body: string) => new RegExp(B + body + E, 'g');

export const VENDOR_SPECS: VendorSpec[] = [
	// AI vendors
	{ marker: 'hf_', pattern: token('hf_[A-Za-z0-9]{30,}'), what: 'Hugging Face access token (hf_)' },
	{ marker: 'gsk_', pattern: token('gsk_[A-Za-z0-9]{30,}'), what: 'Groq API key (gsk_)' },
	{ marker: 'r8_', pattern: token('r8_[A-Za-z0-9]{30,}'), what: 'Replicate API token (r8_)' },
	{ marker: 'pplx-', pattern: token('pplx-[A-Za-z0-9]{30,}'), what: 'Perplexity API key (pplx-)' },
	{ marker: 'xai-', pattern: token('xai-[A-Za-z0-9]{30,}'), what: 'xAI API key (xai-)' },
	// code hosting, registries, infrastructure
	{ marker: 'github_pat_', pattern: token('github_pat_[A-Za-z0-9_]{22,}'), what: 'GitHub fine-grained personal access token (github_pat_)' },
	{ marker: 'gl', pattern: token('gl(?:dt|rt|ptt|cbt|oas|ft|imt|soat|agent)-[A-Za-z0-9_-]{20,}'), what: 'GitLab token (gldt-, glrt-, glptt-…)' },
	{ marker: 'dckr_pat_', pattern: token('dckr_pat_[A-Za-z0-9_-]{20,}'), what: 'Docker Hub personal access token (dckr_pat_)' },
	{ marker: '_v1_', pattern: token('do[opr]_v1_[a-f0-9]{64}'), what: 'DigitalOcean token (dop_v1_)' },
	{ marker: 'pypi-', pattern: token('pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{40,}'), what: 'PyPI upload token (pypi-)' },
	{ marker: 'hvs.', pattern: token('hvs\\.[A-Za-z0-9_-]{24,}'), what: 'HashiCorp Vault service token (hvs.)' },
	{ marker: 'sntry', pattern: token('sntry[us]_[A-Za-z0-9+/=_-]{30,}'), what: 'Sentry auth token (sntrys_)' },
	{ marker: 'glsa_', pattern: token('gl(?:sa|c)_[A-Za-z0-9+/_=-]{32,}'), what: 'Grafana token (glsa_, glc_)' },
	{ marker: 'lin_api_', pattern: token('lin_api_[A-Za-z0-9]{32,}'), what: 'Linear API key (lin_api_)' },
	{ marker: 'ntn_', pattern: token('ntn_[A-Za-z0-9]{32,}'), what: 'Notion integration token (ntn_)' },
	{ marker: 'figd_', pattern: token('figd_[A-Za-z0-9_-]{32,}'), what: 'Figma personal access token (figd_)' },
	{ marker: 'PMAK-', pattern: token('PMAK-[a-f0-9]{24}-[a-f0-9]{34}'), what: 'Postman API key (PMAK-)' },
	{ marker: 'ATATT', pattern: token('ATATT3[A-Za-z0-9_=-]{50,}'), what: 'Atlassian API token (ATATT3)' },
	{ marker: 'sbp_', pattern: token('sbp_[a-f0-9]{40}'), what: 'Supabase access token (sbp_)' },
	{ marker: 'dp.', pattern: token('dp\\.(?:pt|st|sa|ct)\\.[A-Za-z0-9]{40,}'), what: 'Doppler token (dp.pt.)' },
	{ marker: 'NRAK-', pattern: token('NRAK-[A-Z0-9]{27}'), what: 'New Relic user API key (NRAK-)' },
	{ marker: 'HRKU-', pattern: token('HRKU-[A-Za-z0-9_-]{30,}'), what: 'Heroku API key (HRKU-)' },
	{ marker: 'dapi', pattern: token('dapi[a-f0-9]{32}(?:-\\d)?'), what: 'Databricks access token (dapi)' },
	{ marker: 'AGE-SECRET-KEY-1', pattern: token('AGE-SECRET-KEY-1[0-9A-Z]{50,}'), what: 'age encryption secret key' },
	{ marker: 'xapp-', pattern: token('xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]{30,}'), what: 'Slack app-level token (xapp-)' },
	{ marker: 'xkeysib-', pattern: token('xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}'), what: 'Brevo (Sendinblue) API key (xkeysib-)' },
	{ marker: '-us', pattern: token('[0-9a-f]{32}-us\\d{1,2}'), what: 'Mailchimp API key (…-us<n>)' },
	// cloud
	{ marker: 'ya29.', pattern: token('ya29\\.[A-Za-z0-9_-]{30,}'), what: 'Google OAuth access token (ya29.)' },
	{ marker: 'GOCSPX-', pattern: token('GOCSPX-[A-Za-z0-9_-]{24,}'), what: 'Google OAuth client secret (GOCSPX-)' },
	{ marker: 'LTAI', pattern: token('LTAI[A-Za-z0-9]{12,20}'), what: 'Alibaba Cloud AccessKey ID (LTAI)' },
	{ marker: 'AKID', pattern: token('AKID[A-Za-z0-9]{32}'), what: 'Tencent Cloud SecretId (AKID)' },
	{ marker: 'SharedAccessKey=', pattern: /SharedAccessKey=[A-Za-z0-9+/]{40,}={0,2}/g, what: 'Azure Service Bus / Event Hubs key (SharedAccessKey=)' },
	{ marker: 'Q~', pattern: token('[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}'), what: 'Microsoft Entra (Azure AD) client secret (…Q~…)' },
	// payment
	{ marker: 'whsec_', pattern: token('whsec_[A-Za-z0-9+/=]{24,}'), what: 'Stripe webhook signing secret (whsec_)' },
	{ marker: 'sq0', pattern: token('sq0(?:atp|csp)-[A-Za-z0-9_-]{22,}'), what: 'Square access token or application secret (sq0atp-, sq0csp-)' },
	{ marker: 'EAA', pattern: token('EAA[A-Za-z0-9]{60,}'), what: 'Square or Meta (Facebook) access token (EAA…)' },
	{ marker: '$production$', pattern: /access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32}/g, what: 'PayPal Braintree access token' },
	// chat and automation webhooks: whoever holds the URL can post as the integration
	{
		marker: 'webhooks/',
		pattern: /https?:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{15,20}\/([A-Za-z0-9_-]{30,})/g,
		what: 'Discord webhook URL (its token)',
		secret: (m) => m[1]
	},
	{
		marker: 'webhook.office.com',
		pattern: /https:\/\/[A-Za-z0-9.-]+\.webhook\.office\.com\/webhookb2\/([A-Za-z0-9@/-]{40,})/g,
		what: 'Microsoft Teams incoming-webhook URL',
		secret: (m) => m[1]
	},
	{
		marker: 'chat.googleapis.com',
		pattern: /https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]+\/messages\?\S*?token=([A-Za-z0-9_%-]{20,})/g,
		what: 'Google Chat webhook URL (its token)',
		secret: (m) => m[1]
	},
	{
		marker: 'hooks.zapier.com',
		pattern: /https:\/\/hooks\.zapier\.com\/hooks\/catch\/\d+\/([A-Za-z0-9]{6,})\/?/g,
		what: 'Zapier catch-hook URL'
	},
	{
		marker: '/hook/',
		pattern: /https:\/\/open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\/([A-Za-z0-9-]{30,})/g,
		what: 'Feishu / Lark bot webhook URL',
		secret: (m) => m[1]
	},
	{
		marker: 'webhook/send?key=',
		pattern: /https:\/\/qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=([A-Za-z0-9-]{30,})/g,
		what: 'WeCom (企业微信) group-bot webhook URL',
		secret: (m) => m[1]
	}
];

const MARKERS = new RegExp(VENDOR_SPECS.map((s) => s.marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** A secret in a URL's query string: ?access_token=…, &api_key=…, &sig=… (a webhook or a signed link). */
const QUERY_SECRET = /[?&](access_token|token|api_key|apikey|api-key|key|secret|client_secret|password|passwd|pwd|auth|sig)=([A-Za-z0-9_.~%+/-]{16,200})/gi;

const EXAMPLE_WORDS = contextRegex(['example', 'sample', 'dummy', 'placeholder', 'fake', 'docs', 'documentation', '示例', 'Beispiel', 'ejemplo']);

const meta: RuleMeta = {
	id: 'secret.vendor_token',
	category: 'secret',
	severity: 'critical',
	description: 'A token or webhook URL whose shape names its issuer (Hugging Face, Groq, Docker, Vault, Square, Discord, Teams…), or a secret in a URL query.'
};

/** The shortest shape above (LTAI and 12 characters) is 16 characters without a space: most messages have no such run. */
const SHORTEST = 16;
function isBlank(c: number): boolean {
	return c <= 32 || c === 0xa0 || c === 0x3000;
}
/** True when the text has SHORTEST characters in a row without a blank; looks only round every SHORTEST-th character. */
function hasLongToken(text: string): boolean {
	for (let i = SHORTEST - 1; i < text.length; i += SHORTEST) {
		if (isBlank(text.charCodeAt(i))) continue;
		let from = i;
		let to = i;
		while (from > 0 && !isBlank(text.charCodeAt(from - 1))) from--;
		while (to + 1 < text.length && !isBlank(text.charCodeAt(to + 1))) to++;
		if (to - from + 1 >= SHORTEST) return true;
		i = to;
	}
	return false;
}

function randomEnough(secret: string): boolean {
	return shannonEntropy(secret) >= 3.0 && !/^\d+$/.test(secret) && (/\d/.test(secret) || (/[a-z]/.test(secret) && /[A-Z]/.test(secret)));
}

/** Scores: an issuer-shaped token or webhook 0.9; a secret in a URL query 0.8; either marked as an example nearby 0.3. */
export const vendorTokenRule: RiskRule = {
	...meta,
	scan(text) {
		const vendor = hasLongToken(text) && MARKERS.test(text);
		const query = text.includes('://') && text.includes('=');
		if (!vendor && !query) return [];
		const hits: RiskHit[] = [];
		const push = (start: number, end: number, score: number, what: string) => {
			const example = contextWord(text, start, end, EXAMPLE_WORDS, 40, 20);
			hits.push(makeHit(meta, start, end, example ? 0.3 : score, example ? `${what}, but '${example}' nearby marks it as an example` : what));
		};
		if (vendor) {
			for (const spec of VENDOR_SPECS) {
				if (!text.includes(spec.marker)) continue;
				for (const m of text.matchAll(spec.pattern)) {
					if (!randomEnough(spec.secret ? spec.secret(m) : m[0])) continue;
					push(m.index, m.index + m[0].length, 0.9, spec.what);
				}
			}
		}
		if (query) {
			for (const m of text.matchAll(QUERY_SECRET)) {
				const value = decodeURIComponentSafe(m[2]);
				if (value.length < 16 || shannonEntropy(value) < 3.5 || !/\d/.test(value) || !/[A-Za-z]/.test(value)) continue;
				const start = m.index + m[0].length - m[2].length;
				push(start, start + m[2].length, 0.8, `high-entropy value of '${m[1]}' in a URL query`);
			}
		}
		return hits;
	}
};

function decodeURIComponentSafe(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}
