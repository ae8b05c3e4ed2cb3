import type { RiskHit, RiskRule } from '../types';
import { makeHit } from './context';

/** scheme://user:password@host — the password part of a database or service URL. */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]*:([^\s@/]{4,128})@[A-Za-z0-9.-]+/gi;
/** Tokens whose prefix names their issuer: GitLab personal access tokens, Telegram bot tokens, Azure storage keys. */
const ISSUER_TOKENS: [string, RegExp, string][] = [
	['glpat-', /(?<![A-Za-z0-9])glpat-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g, 'GitLab personal access token (glpat-)'],
	[':AA', /(?<![\d:])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g, 'Telegram bot token (bot id : AA…)'],
	['AccountKey=', /AccountKey=[A-Za-z0-9+/]{40,}={0,2}/g, 'Azure storage account key (AccountKey=)'],
	[
		'sk-',
		/(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-|ant-api\d\d-|ant-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g,
		'OpenAI API key (sk-…T3BlbkFJ…)'
	],
	['sk-ant-', /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{80,}(?![A-Za-z0-9_-])/g, 'Anthropic API key (sk-ant-…)'],
	[
		'/api/webhooks/',
		/https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{15,20}\/[A-Za-z0-9_-]{40,100}/g,
		'Discord webhook URL (whoever holds it can post to the channel)'
	],
	['AIza', /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g, 'Google API key (AIza…)']
];
const PLACEHOLDER = /^(?:\*+|x+|password|passwort|contraseña|pass|pwd|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\})$/i;

const meta = {
	id: 'secret.url_credentials',
	category: 'secret',
	severity: 'critical',
	description:
		'A password inside a connection URL, or a token whose prefix names its issuer (glpat-, Telegram bot, Azure AccountKey, OpenAI, Anthropic, Google, Discord webhook).'
} as const;

/** Scores: a password in a URL 0.9 (a placeholder such as *** or ${PW} 0.2); an issuer-prefixed token 0.9. */
export const urlCredentialsRule: RiskRule = {
	...meta,
	scan(text) {
		const hits: RiskHit[] = [];
		if (text.includes('://')) {
			for (const m of text.matchAll(URL_PASSWORD)) {
				const start = m.index + m[0].indexOf(':' + m[1] + '@') + 1;
				const placeholder = PLACEHOLDER.test(m[1]);
				hits.push(
					makeHit(
						meta,
						start,
						start + m[1].length,
						placeholder ? 0.2 : 0.9,
						placeholder
							? 'a placeholder where a connection URL puts its password'
							: `password in a connection URL (${m[0].slice(0, m[0].indexOf('://'))}://user:…@host)`
					)
				);
			}
		}
		for (let i = 0; i < ISSUER_TOKENS.length; i++) {
			const [marker, re, what] = ISSUER_TOKENS[i];
			if (text.includes(marker)) for (const m of text.matchAll(re)) hits.push(makeHit(meta, m.index, m.index + m[0].length, 0.9, what));
		}
		return hits;
	}
};
