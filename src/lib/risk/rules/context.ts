import type { RiskCategory, RiskHit, RiskRule, Severity } from '../types';

/** Presidio's context boost: a context word near a match adds this much (capped at 1). */
export const CONTEXT_BOOST = 0.35;

/**
 * The words of a context list as one regex. Latin words must stand alone (letters and digits on neither side);
 * CJK words match anywhere, since Chinese is written without spaces.
 */
export function contextRegex(words: readonly string[]): RegExp {
	const parts = words.map((w) => {
		const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]?');
		return /^[\p{Script=Han}]/u.test(w) ? escaped : `(?<![A-Za-z0-9\\u00C0-\\u024F])${escaped}(?![A-Za-z0-9\\u00C0-\\u024F])`;
	});
	return new RegExp(parts.join('|'), 'iu');
}

/** The first context word within `before` characters before the span or `after` characters after it, or null. */
export function contextWord(text: string, start: number, end: number, words: RegExp, before = 60, after = 30): string | null {
	const window = text.slice(Math.max(0, start - before), start) + ' \u0000 ' + text.slice(end, end + after);
	const m = words.exec(window);
	return m ? m[0] : null;
}

export function clamp01(x: number): number {
	return Math.max(0, Math.min(1, Math.round(x * 100) / 100));
}

export function makeHit(rule: Pick<RiskRule, 'id' | 'category' | 'severity'>, start: number, end: number, score: number, explanation: string): RiskHit {
	return { rule: rule.id, category: rule.category, severity: rule.severity, score: clamp01(score), start, end, explanation };
}

export interface RuleMeta {
	id: string;
	category: RiskCategory;
	severity: Severity;
	description: string;
}

/** Number words a candidate is more likely an order, invoice or tracking number than personal data. */
export const REFERENCE_WORDS = contextRegex([
	'order', 'order no', 'invoice', 'tracking', 'ref', 'reference', 'booking', 'ticket', 'case', 'po', 'sku', 'serial', 'batch',
	'lot', 'container', 'shipment', 'awb', 'bl', 'model', 'part', 'version', 'build',
	'订单', '单号', '运单', '快递', '发票', '编号', '批次', '型号',
	'Bestellung', 'Bestellnummer', 'Auftrag', 'Auftragsnummer', 'Rechnung', 'Rechnungsnummer', 'Sendung', 'Sendungsnummer', 'Vorgang',
	'pedido', 'factura', 'referencia', 'seguimiento', 'albarán', 'envío', 'expediente'
]);
