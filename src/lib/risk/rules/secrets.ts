import type { RiskHit, RiskRule } from '../types';
import { shannonEntropy } from '../validators/entropy';
import { decodeJwt } from '../validators/jwt';
import { contextRegex, contextWord, makeHit, type RuleMeta } from './context';
import { vendorTokenRule } from './secret-vendors';

function secretMeta(id: string, description: string): RuleMeta {
	return { id, category: 'secret', severity: 'critical', description };
}

/** Words that mark a credential as an example or a test credential (documentation, sandbox). */
const EXAMPLE_WORDS = contextRegex([
	'example',
	'sample',
	'dummy',
	'placeholder',
	'fake',
	'docs',
	'documentation',
	'sandbox',
	'test mode',
	'示例',
	'例子',
	'Beispiel',
	'ejemplo'
]);

interface TokenSpec {
	meta: RuleMeta;
	/** Cheap substring test before the regex runs (gitleaks keywords). */
	keyword: string | RegExp;
	pattern: RegExp;
	/** Minimum Shannon entropy of the token (gitleaks per-rule value). */
	entropy: number;
	score: number;
	what: string;
	/** A lower score and the reason, for tokens that are known not to be live credentials. */
	exception?: (token: string) => string | null;
}

function tokenRule(spec: TokenSpec): RiskRule {
	return {
		...spec.meta,
		scan(text) {
			if (typeof spec.keyword === 'string' ? !text.includes(spec.keyword) : !spec.keyword.test(text)) return [];
			const hits: RiskHit[] = [];
			for (const m of text.matchAll(spec.pattern)) {
				if (shannonEntropy(m[0]) < spec.entropy) continue;
				const start = m.index;
				const end = start + m[0].length;
				const exception = spec.exception?.(m[0]) ?? (contextWord(text, start, end, EXAMPLE_WORDS, 40, 20) ? 'marked as an example nearby' : null);
				if (exception) hits.push(makeHit(spec.meta, start, end, 0.3, `${spec.what}, but ${exception}`));
				else hits.push(makeHit(spec.meta, start, end, spec.score, spec.what));
			}
			return hits;
		}
	};
}

export const awsAccessKeyRule = tokenRule({
	meta: secretMeta('secret.aws_access_key', 'An AWS access key id (AKIA…, ASIA…).'),
	keyword: /A(?:KIA|SIA|BIA|CCA|3T)/,
	pattern: /(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
	entropy: 3,
	score: 0.9,
	what: 'AWS access key id (AKIA/ASIA prefix and 16 base32 characters)',
	exception: (t) => (t.endsWith('EXAMPLE') ? "it ends in EXAMPLE, AWS's documentation key" : null)
});

export const githubTokenRule = tokenRule({
	meta: secretMeta('secret.github_token', 'A GitHub token (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_).'),
	keyword: /gh[pousr]_|github_pat_/,
	pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,40}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g,
	entropy: 3,
	score: 0.95,
	what: 'GitHub token (prefix and length as GitHub issues them)'
});

export const slackTokenRule = tokenRule({
	meta: secretMeta('secret.slack_token', 'A Slack token (xoxb-, xoxp-…) or incoming-webhook URL.'),
	keyword: /xox[abposre]-|hooks\.slack\.com/,
	pattern:
		/(?<![A-Za-z0-9])xox[abposre]-(?:\d{6,13}-){1,3}[A-Za-z0-9-]{8,48}(?![A-Za-z0-9-])|https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,80}/g,
	entropy: 2.5,
	score: 0.95,
	what: 'Slack token or webhook URL'
});

export const stripeKeyRule = tokenRule({
	meta: secretMeta('secret.stripe_key', 'A Stripe secret or restricted key (sk_live_…, rk_live_…).'),
	keyword: /[sr]k_(?:live|test|prod)_/,
	pattern: /(?<![A-Za-z0-9_])[sr]k_(?:live|test|prod)_[A-Za-z0-9]{10,99}(?![A-Za-z0-9_])/g,
	entropy: 2,
	score: 0.95,
	what: 'Stripe secret key',
	exception: (t) => (t.includes('_test_') ? 'a test-mode key (it cannot move money)' : null)
});

export const privateKeyRule = tokenRule({
	meta: secretMeta('secret.private_key', 'A PEM private key (-----BEGIN … PRIVATE KEY-----).'),
	keyword: /-----BEGIN/i,
	pattern: /-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{0,8000}?-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----)?/g,
	entropy: 0,
	score: 0.95,
	what: 'PEM private key block'
});

const JWT_CANDIDATE = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
const jwtMeta = secretMeta('secret.jwt', 'A JSON Web Token whose header and payload decode to JSON.');

/** Score 0.85 when the header and payload decode (detect-secrets' formal check); anything else shaped like eyJ… is dropped. */
export const jwtRule: RiskRule = {
	...jwtMeta,
	scan(text) {
		if (!text.includes('eyJ')) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(JWT_CANDIDATE)) {
			const jwt = decodeJwt(m[0]);
			if (!jwt) continue;
			const signed = !m[0].endsWith('.');
			hits.push(
				makeHit(
					jwtMeta,
					m.index,
					m.index + m[0].length,
					signed ? 0.85 : 0.6,
					`JSON Web Token (alg ${String(jwt.header.alg)}) whose header and payload decode to JSON${signed ? '' : ', unsigned'}`
				)
			);
		}
		return hits;
	}
};

/** Values after "password is" that are words, not passwords. */
const NOT_A_PASSWORD = new Set([
	'the',
	'a',
	'an',
	'on',
	'in',
	'at',
	'for',
	'to',
	'not',
	'now',
	'still',
	'same',
	'wrong',
	'correct',
	'right',
	'expired',
	'changed',
	'reset',
	'required',
	'needed',
	'missing',
	'invalid',
	'incorrect',
	'weak',
	'strong',
	'secure',
	'case',
	'sensitive',
	'too',
	'very',
	'your',
	'my',
	'his',
	'her',
	'our',
	'their',
	'that',
	'this',
	'it',
	'also',
	'just',
	'being',
	'been',
	'updated',
	'locked',
	'saved',
	'written',
	'stored',
	'below',
	'above',
	'here',
	'there',
	'protected',
	'manager',
	'policy',
	'field',
	'change',
	'and',
	'or',
	'but',
	'so',
	'der',
	'die',
	'das',
	'ist',
	'nicht',
	'falsch',
	'abgelaufen',
	'geändert',
	'el',
	'la',
	'no',
	'es',
	'mi',
	'tu',
	'su',
	'incorrecta',
	'correcta',
	'caducada',
	'cambiada',
	'nueva',
	'new',
	'old',
	'neue',
	'alte',
	'in the',
	'rules',
	'requirements',
	'rotation',
	'length',
	'hint',
	'richtlinie',
	'regeln',
	'anforderungen',
	'politica',
	'política',
	'reglas',
	'requisitos',
	'unchanged',
	'attached',
	'enclosed',
	'separately',
	'pending',
	'forgotten',
	'vergessen',
	'olvidada',
	'getrennt',
	'separado',
	'siehe',
	'follows',
	'folgt'
]);
/** Stored password hashes (bcrypt, argon2, crypt) and hex digests: what a system keeps instead of the password. */
const PASSWORD_HASH = /^(?:\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|sha(?:256|512)|pbkdf2[-_\w]*|scrypt)\$|[0-9a-f]{32}$|[0-9a-f]{40}$|[0-9a-f]{64}$)/i;
/** A reference to where the value comes from, not the value: ${DB_PASSWORD}, $PW, %PW%, {{ secret }}, <password>, process.env.PW. */
const VARIABLE_REFERENCE = /^(?:\$\{[^}]*\}?|\{\{.*|\$[A-Z_][A-Z0-9_]*|%[A-Z_][A-Z0-9_]*%|<[^>]*>|(?:process\.env|os\.environ|env)[.[].*)$/i;
/** Words that give the value: "is", "ist", "lautet", "es", "=", ":", "->". */
const ASSIGN = String.raw`(?:is|ist|lautet|heißt|heisst|es|será|sería|=|:|：|->|=>|→)`;
/** What the password is for, between the label and the value: "for the vendor portal", "fürs Büro-WLAN", "del wifi", "(prod)". */
const QUALIFIER = String.raw`(?:\s+(?:for|of|to|on|at|für|fürs|zum|zur|vom|von|im|de|del|para|al|en)\s+(?:the\s+|our\s+|my\s+|your\s+|die\s+|das\s+|den\s+|der\s+|dem\s+|unser\s+|unsere\s+|el\s+|la\s+|los\s+|las\s+|mi\s+|tu\s+|su\s+|nuestro\s+|nuestra\s+)?[\p{L}\d.-]{2,20}(?:\s+[\p{L}\d.-]{2,20}){0,2}|\s*\([^()\n]{1,30}\))`;
const PASSWORD = new RegExp(
	String.raw`(?<![A-Za-z\u00C0-\u024F])(password|passwort|passwd|passphrase|pwd|pw|passcode|kennwort|contraseña|contrasena|clave|wifi password|wlan-passwort|pass(?=["']?\s*[:=]))["']?(?:${QUALIFIER}(?=\s*${ASSIGN}\s)|\s+[\p{L}\d-]{2,20}(?=\s*[:：=]))?(\s*${ASSIGN}\s*|\s+)["'“„«]?([^\s"'“”„«»，。,]{4,64})`,
	'giu'
);
/** A value that only says where the password would be: [REDACTED], <dein Passwort>, (hidden), {password}. */
const BRACKETED_WORD = /^[<[({]\p{L}[\p{L} _-]*[>\])}]?$/u;
const REDACTION_WORDS =
	/^(?:redacted|redactad[oa]|removed|hidden|omitted|censored|withheld|geschwärzt|entfernt|versteckt|oculta|oculto|eliminad[oa]|已隐藏|已删除|n\/a|none|null|tbd)$/i;
/** "here>" at the end of "<your password here>": a closing bracket with no opener belongs to the text around the value. */
function unclosedBracketTrimmed(value: string): string {
	const opener: Record<string, string> = { '>': '<', ']': '[', '}': '{' };
	const last = value[value.length - 1];
	return opener[last] && !value.includes(opener[last]) ? value.slice(0, -1) : value;
}
/** Where a connection string goes on after the password: "Password=Xy7$k;Database=app", "&user=…". */
const NEXT_FIELD = /;(?=\s*[A-Za-z][\w ]*=)|&(?=\w+=)/;
const PASSWORD_ZH = /(密码|口令|密碼)\s*(?:是|为|為|:|：|=)?\s*["'“]?([A-Za-z0-9!@#$%^&*()_+\-=.?~]{4,64})/gu;
const passwordMeta = secretMeta('secret.password', 'A password given in a message (password: …, 密码是…, Passwort: …, contraseña: …).');

/** "login jdoe / S3cret!", "Zugang: mmeier:Fr8#kk", "usuario pgarcia | Cl4ve$": a user name then its password. */
const LOGIN_WORD = /login|log-in|creds|credential|zugang|anmeld|acceso|credencial|usuario|登录|登錄|账号|帳號/i;
const ANY_PASSWORD_LABEL =
	/pass|pw|kennwort|contrase|clave|密码|口令|密碼|login|log-in|creds|credential|zugang|anmeld|acceso|credencial|usuario|登录|登錄|账号|帳號/i;
const LOGIN_PAIR = new RegExp(
	String.raw`(?<![A-Za-z\u00C0-\u024F])(login|log-in|creds|credentials|zugang|zugangsdaten|anmeldung|acceso|credenciales|usuario|登录|登錄|账号|帳號)(?:${QUALIFIER}(?=\s*[:：]))?\s*[:：]?\s*([\w.@-]{2,40})\s*(?:\/|\||:|：)\s*([^\s"'“”„«»，。,]{6,64})`,
	'giu'
);

function characterClasses(value: string): number {
	return [/\p{Ll}/u, /\p{Lu}/u, /\d/, /[^\p{L}\d]/u].filter((re) => re.test(value)).length;
}

/** Looks like a password rather than a word: letters with digits or symbols (a capitalised noun is not enough). */
function passwordLike(value: string): boolean {
	// letters of any script are letters (zurücksetzen is a word, not a word with a symbol)
	const classes = [/\p{Ll}/u, /\p{Lu}/u, /\d/, /[^\p{L}\d]/u].filter((re) => re.test(value)).length;
	return classes >= 2 && /[\d_]|[^\p{L}\d]/u.test(value) && !/^\d{1,2}[:.]\d{2}$/.test(value);
}

/**
 * Scores: after ':' or '=' any non-word value 0.85; after 'is'/'ist'/'es' or a space the value must look like a
 * password (two of lower, upper, digit, symbol) 0.8. Prose ("the password is on the note", "reset your password")
 * has no such value.
 */
export const passwordRule: RiskRule = {
	...passwordMeta,
	scan(text) {
		const hits: RiskHit[] = [];
		// one pass over the message for both kinds of label; most messages hold neither
		if (!ANY_PASSWORD_LABEL.test(text)) return hits;
		if (/pass|pw|kennwort|contrase|clave/i.test(text)) {
			for (const m of text.matchAll(PASSWORD)) {
				// a word ending in ':' labels what follows ("Passwort policy: …"), it is no value
				if (/[:：]$/.test(m[3])) continue;
				// (Wint3r!Desk#7): the value inside the parentheses, unless they only hold a word, as in (hidden)
				const opened = m[3].startsWith('(') && !BRACKETED_WORD.test(m[3]) ? 1 : 0;
				const value = unclosedBracketTrimmed(m[3].slice(opened).split(NEXT_FIELD)[0]).replace(/[.,;)?]+$/, '');
				if (
					value.length < 4 ||
					NOT_A_PASSWORD.has(value.toLowerCase()) ||
					/^[*•●x#]+$/i.test(value) || // masked: ********
					VARIABLE_REFERENCE.test(value) ||
					BRACKETED_WORD.test(value) ||
					PASSWORD_HASH.test(value) ||
					/^https?:\/\//i.test(value) ||
					/\b(?:hash|hashed|digest|policy|length|reset|hint|field|rules|requirements|expiry|strength|manager|richtlinie|länge|política|longitud|哈希)\s*[:=]?$/i.test(
						m[0].slice(0, m[0].length - m[3].length).trimEnd()
					) ||
					REDACTION_WORDS.test(value.replace(/^[<[({]|[>\])}]$/g, ''))
				)
					continue;
				const assigned = /[=:：]|->/.test(m[2]);
				if (!passwordLike(value) && !(assigned && value.length >= 6)) continue;
				const start = m.index + m[0].length - m[3].length + opened;
				hits.push(
					makeHit(
						passwordMeta,
						start,
						start + value.length,
						assigned ? 0.85 : 0.8,
						`value given right after '${m[1]}'${assigned ? '' : ' and shaped like a password'}`
					)
				);
			}
		}
		if (LOGIN_WORD.test(text)) {
			for (const m of text.matchAll(LOGIN_PAIR)) {
				const value = m[3].replace(/[.,;)]+$/, '');
				// three of lower, upper, digit, symbol: a password, not a second word ("login admin / setup")
				if (characterClasses(value) < 3) continue;
				const start = m.index + m[0].length - m[3].length;
				hits.push(makeHit(passwordMeta, start, start + value.length, 0.85, `user name and password given as a pair after '${m[1]}'`));
			}
		}
		if (/密码|口令|密碼/.test(text)) {
			for (const m of text.matchAll(PASSWORD_ZH)) {
				const value = m[2].replace(/[.,;)]+$/, '');
				if (!passwordLike(value) && value.length < 6) continue;
				const start = m.index + m[0].length - m[2].length;
				hits.push(makeHit(passwordMeta, start, start + value.length, 0.85, `value given right after '${m[1]}'`));
			}
		}
		return hits;
	}
};

/** A credential word, then an assignment, then a long token (gitleaks' generic-api-key, simplified). */
const GENERIC =
	/(?<![A-Za-z\u00C0-\u024F])((?:api|access|auth|secret|private|client|app|bearer)?[ _-]?(?:key|token|secret|apikey|api_key|credentials?|bearer|密钥|令牌|Schlüssel|clave))(?:[ \t\w.-]{0,12})?["']?\s*(?:=|:|：|=>|\sis\s|\sist\s|\ses\s|是|\s)\s*["'`]?([A-Za-z0-9_+/=.-]{16,200})/giu;
/** "public key", "publishable key", 公钥 right before the token: published on purpose. */
const PUBLIC_BEFORE = /(?<![A-Za-z])(?:public|publishable)(?![A-Za-z])|öffentlich|pública|公钥/i;
const genericMeta = secretMeta('secret.generic', 'A long random-looking token next to key/token/secret (entropy check).');

/** Shannon entropy thresholds: hex strings ≥ 3.0 bits/char, other tokens ≥ 3.5 (detect-secrets and gitleaks). */
function randomLooking(token: string): boolean {
	if (/^[0-9a-f]+$/i.test(token)) return token.length >= 32 && shannonEntropy(token) >= 3.0 && /[a-f]/i.test(token) && /\d/.test(token);
	if (!/\d/.test(token) && !/[A-Z]/.test(token.slice(1))) return false; // a word or a slug, not a key
	return shannonEntropy(token) >= 3.5;
}

/** Key names whose value is an identifier, not a credential: idempotency-key, cache_key, primary key, key id. */
const IDENTIFIER_KEY_BEFORE =
	/(?:idempotency|request|correlation|trace|cache|partition|sort|primary|foreign|object|row|dedup(?:e|lication)?|public|license|licence)[ _-]?$/i;
/** A hash or fingerprint named before the token: a digest that opens nothing. */
const DIGEST_BEFORE = /(?:fingerprint|checksum|sha-?(?:1|256|512)|md5|hash|digest|etag|commit|Prüfsumme|huella|校验|哈希|指纹)\W{0,12}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Why a high-entropy token after a key word is no credential, or null: a UUID under an identifier's name, an SSH
 * public key (AAAAB3NzaC1…, AAAAC3NzaC1…), a documentation key holding EXAMPLE, a digest named as one.
 */
export function notASecretToken(token: string, label: string, before: string): string | null {
	const labelled = before + label;
	if (UUID.test(token) && IDENTIFIER_KEY_BEFORE.test(labelled.replace(/[ _-]?(?:key|token|id)$/i, ''))) return 'a UUID naming a record';
	if (/^AAAA[BCE][0-9A-Za-z+/]{8}/.test(token) || /(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-\S+)\s*$/i.test(before)) return 'an SSH public key';
	if (/EXAMPLE/.test(token)) return 'a documentation key (EXAMPLE)';
	if (DIGEST_BEFORE.test(labelled.replace(/[ _-]?(?:key|token|secret)$/i, '')) || DIGEST_BEFORE.test(before)) return 'a digest';
	return null;
}

/** Score 0.8; tokens marked as examples 0.3. Tokens of other secret rules are left to those rules by the scanner's dedupe. */
export const genericSecretRule: RiskRule = {
	...genericMeta,
	scan(text) {
		if (!/key|token|secret|credential|bearer|密钥|令牌|schlüssel|clave/i.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(GENERIC)) {
			const token = m[2].replace(/[.]+$/, '');
			if (!randomLooking(token) || /^(?:https?|www)/i.test(token) || /^\$\{|^\{\{/.test(token)) continue;
			const notSecret = notASecretToken(token, m[1], text.slice(Math.max(0, m.index - 30), m.index));
			if (notSecret) continue;
			// public by design: a PEM public key, a Stripe publishable key (pk_live_…)
			if (
				/^pk_(?:live|test)_/.test(token) ||
				PUBLIC_BEFORE.test(text.slice(Math.max(0, m.index + m[0].length - m[2].length - 30), m.index + m[0].length - m[2].length))
			)
				continue;
			const start = m.index + m[0].length - m[2].length;
			const end = start + token.length;
			const example = contextWord(text, start, end, EXAMPLE_WORDS, 40, 20);
			hits.push(
				makeHit(
					genericMeta,
					start,
					end,
					example ? 0.3 : 0.8,
					`high-entropy token (${shannonEntropy(token).toFixed(1)} bits/char) after '${m[1].trim()}'${example ? `, but '${example}' nearby` : ''}`
				)
			);
		}
		return hits;
	}
};

/**
 * Keys of services whose prefix says what they are (gitleaks' rules): Twilio API key and account SID, SendGrid,
 * Google API key, OpenAI and Anthropic keys, GitLab and npm tokens, Shopify access tokens, Mailgun keys.
 */
const vendorKeyTokens = tokenRule({
	meta: secretMeta(
		'secret.vendor_key',
		'An API key whose prefix names its service (Twilio SK…, SendGrid SG., Google AIza…, OpenAI sk-…, GitLab glpat-, npm_).'
	),
	keyword: /(?:SK|AC)[0-9a-f]{4}|SG\.|AIza|sk-|glpat-|npm_|shpat_|key-/,
	pattern:
		/(?<![A-Za-z0-9])(?:(?:SK|AC)[0-9a-f]{32}|SG\.[\w-]{22}\.[\w-]{43}|AIza[\w-]{35}|sk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{32,}|glpat-[\w-]{20}|npm_[A-Za-z0-9]{36}|shpat_[a-fA-F0-9]{32}|key-[0-9a-f]{32})(?![A-Za-z0-9])/g,
	entropy: 3.0,
	score: 0.85,
	what: 'API key with a service prefix (Twilio, SendGrid, Google, OpenAI, GitLab, npm, Shopify or Mailgun)'
});
/** The shortest of these keys (glpat- and 20 characters) is 26 characters: a shorter message holds none. */
export const vendorKeyRule: RiskRule = { ...vendorKeyTokens, scan: (text) => (text.length < 26 ? [] : vendorKeyTokens.scan(text)) };

export const SECRET_RULES: RiskRule[] = [
	vendorKeyRule,
	awsAccessKeyRule,
	githubTokenRule,
	slackTokenRule,
	stripeKeyRule,
	privateKeyRule,
	jwtRule,
	passwordRule,
	genericSecretRule,
	vendorTokenRule
];
