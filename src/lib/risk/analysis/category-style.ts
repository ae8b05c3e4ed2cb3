import { CUSTOM_CATEGORY, type BuiltinRiskCategory, type RiskCategory } from '../types';

/** What a category is called on screen, for the categories Parley ships. */
const BUILTIN_LABELS: Record<BuiltinRiskCategory, string> = {
	'pii.email': 'Email addresses',
	'pii.phone': 'Phone numbers',
	'pii.credit_card': 'Card numbers',
	'pii.iban': 'IBANs',
	'pii.us_ssn': 'US social security numbers',
	'pii.cn_resident_id': 'Identity card and passport numbers',
	phi: 'Health information',
	secret: 'Passwords and keys',
	'policy.off_channel': 'Off-channel communication',
	'policy.record_deletion': 'Deleting records',
	'policy.guarantee': 'Promised returns',
	'policy.mnpi': 'Inside information',
	'policy.gifts': 'Gifts and entertainment',
	'policy.complaint': 'Customer complaints'
};

/** One colour per family of built-in categories: personal data blue, health green, secrets violet, conduct amber. */
const FAMILY_COLOURS: Record<string, string> = { pii: '#2f6db5', phi: '#2e8b57', secret: '#7b4fb8', policy: '#c26a12' };

/**
 * Colours for the user's own categories: none is a built-in family's colour, and each is dark enough for white text
 * (WCAG AA at 0.85rem bold). The same name always gets the same colour, on every machine.
 */
export const CUSTOM_COLOURS: readonly string[] = ['#b03a6f', '#00796b', '#5d6b12', '#8a4b08', '#3f51b5', '#a0302b', '#1b6f8a', '#6a3d9a'];

/** The user's category name as written in its id: 'custom.deposit_talk' → 'Deposit talk'. */
function customLabel(category: string): string {
	const words = category.slice('custom.'.length).replace(/[_-]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

export function categoryLabel(category: RiskCategory): string {
	if (CUSTOM_CATEGORY.test(category)) return customLabel(category);
	return BUILTIN_LABELS[category as BuiltinRiskCategory] ?? category;
}

/** True for a category the user made (shown with "your category" beside its label). */
export function isCustomCategory(category: RiskCategory): boolean {
	return CUSTOM_CATEGORY.test(category);
}

/** FNV-1a over the category id: a stable index into the custom palette. */
function stableIndex(s: string, n: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return (h >>> 0) % n;
}

export function categoryColour(category: RiskCategory): string {
	if (CUSTOM_CATEGORY.test(category)) return CUSTOM_COLOURS[stableIndex(category, CUSTOM_COLOURS.length)];
	return FAMILY_COLOURS[category.split('.')[0]] ?? '#5f6368';
}
