import { HighlightStyle } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

/** Quiet SQL colours that keep contrast on the app's light surface. */
export const sqlHighlight = HighlightStyle.define([
	{ tag: t.keyword, color: '#7c3aed', fontWeight: '600' },
	{ tag: [t.typeName, t.standard(t.name)], color: '#0f766e' },
	{ tag: [t.string, t.special(t.string)], color: '#b45309' },
	{ tag: [t.number, t.bool, t.null], color: '#1d4ed8' },
	{ tag: [t.lineComment, t.blockComment], color: '#6b7280', fontStyle: 'italic' },
	{ tag: [t.operator, t.punctuation, t.bracket], color: '#374151' },
	{ tag: t.special(t.name), color: '#be185d' }
]);
