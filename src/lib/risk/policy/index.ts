/**
 * Lexicon policies: a small dtSearch-like language (parse.ts), its matcher over words with offsets (match.ts),
 * disclaimer exclusion (disclaimers.ts), the built-in policy library (builtins.ts) and policy packs (pack.ts).
 */
export type { PolicyNode, QueryError } from './ast';
export type { PolicyDefinition } from './definition';
export { validatePolicy, POLICY_CATEGORIES, POLICY_LANGUAGES, SEVERITIES } from './definition';
export { parsePolicyQuery, MAX_PROXIMITY } from './parse';
export { compilePolicies, compilePolicy } from './compile';
export { exportPolicyPack, parsePolicyPack, POLICY_PACK_FORMAT, POLICY_PACK_VERSION } from './pack';
export { stripDisclaimers, findDisclaimerSpans, type TextSpan } from './disclaimers';
export { BUILTIN_POLICIES } from './builtins';
export { POLICY_SYNTAX_HELP } from './syntax-help';
