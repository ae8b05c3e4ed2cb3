import type { FormatParser } from '../format';
import { looksLikeWhatsApp, parseWhatsAppText } from './index';

/** WhatsApp's .txt export (Android and iOS, every locale) as a registry entry. */
export const whatsappTxt: FormatParser = {
	id: 'whatsapp-txt',
	platform: 'whatsapp',
	label: 'WhatsApp chat export (.txt, Android or iOS)',
	sniff: (sample) => looksLikeWhatsApp(sample),
	parse: (entry, hints) => parseWhatsAppText(entry.text, entry.path, { order: hints?.dateOrder })
};
