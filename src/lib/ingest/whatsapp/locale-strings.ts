/**
 * Strings WhatsApp writes into exports, per language. English comes from real exports; the other languages
 * come from public parser tables (chat-analytics, whats-reader, whatsapp-to-sqlite) and the format notes,
 * and should be confirmed against real exports as they turn up. Add entries here; classify.ts reads only this.
 */

export type Lang = 'en' | 'de' | 'es' | 'pt' | 'fr' | 'it' | 'ru' | 'zh';

export type LocaleKey =
	/** Android media placeholder, the whole body; matched case-insensitively. */
	| 'mediaOmitted'
	/** iOS typed placeholder; the whole body, or what follows the last LRM (`Report • 3 pages ‎document omitted`). */
	| 'typeOmitted'
	/** iOS `<WORD: file name>`; the word only. */
	| 'attachedTag'
	/** Android `file name (file attached)` at the end of the first line; the bracketed suffix only. */
	| 'fileAttached'
	/** The whole body, with or without a final full stop. */
	| 'deleted'
	/** A prefix of the body (`… by admin Ana`). */
	| 'deletedPrefix'
	/** Marker at the end of the body; removed from the text. */
	| 'edited'
	/** Prefix of the end-to-end encryption banner (a system record even when written with an author). */
	| 'encryption'
	/** The whole body, or the body up to a comma (`Missed voice call, Tap to call back`). */
	| 'call'
	/** Prefix of the last line, followed by a URL. */
	| 'locationPrefix'
	/** The whole body. */
	| 'liveLocation'
	/** Phrases of system events; matched inside bodies that iOS marks with a leading LRM. */
	| 'systemPhrase'
	/** Phrases of system events that only happen in groups (creation, joins, subject changes); make the chat a group. */
	| 'groupEvent';

export const LOCALE_STRINGS: Readonly<Record<LocaleKey, Partial<Record<Lang, readonly string[]>>>> = {
	mediaOmitted: {
		en: ['<Media omitted>'],
		de: ['<Medien ausgeschlossen>', '<Medien weggelassen>'],
		es: ['<Multimedia omitido>', '<Archivo omitido>'],
		pt: ['<Mídia oculta>', '<Arquivo de mídia oculto>', '<Mídia omitida>'],
		fr: ['<Médias omis>', '<Fichier omis>'],
		it: ['<Media omessi>', '<Media omesso>'],
		ru: ['<Без медиафайлов>', '<Файл пропущен>'],
		zh: ['<省略多媒体文件>', '<忽略多媒體檔>']
	},
	typeOmitted: {
		en: ['image omitted', 'video omitted', 'audio omitted', 'sticker omitted', 'GIF omitted', 'document omitted', 'Contact card omitted'],
		de: ['Bild weggelassen'],
		es: ['imagen omitida', 'video omitido', 'audio omitido', 'sticker omitido', 'GIF omitido', 'documento omitido'],
		fr: ['image absente'],
		it: ['immagine omessa'],
		ru: ['изображение отсутствует']
	},
	attachedTag: {
		en: ['attached'],
		de: ['Anhang', 'angehängt'],
		es: ['adjunto'],
		pt: ['anexado', 'anexo'],
		fr: ['pièce jointe'],
		it: ['allegato'],
		ru: ['прикреплено'],
		zh: ['附件']
	},
	fileAttached: {
		en: ['(file attached)'],
		de: ['(Datei angehängt)'],
		es: ['(archivo adjunto)'],
		pt: ['(arquivo anexado)'],
		fr: ['(fichier joint)'],
		it: ['(file allegato)'],
		ru: ['(файл прикреплен)'],
		zh: ['(附件)']
	},
	deleted: {
		en: ['This message was deleted', 'You deleted this message'],
		de: ['Diese Nachricht wurde gelöscht', 'Du hast diese Nachricht gelöscht'],
		es: ['Se eliminó este mensaje', 'Eliminaste este mensaje', 'Este mensaje fue eliminado'],
		pt: ['Esta mensagem foi apagada', 'Você apagou esta mensagem', 'Mensagem apagada'],
		fr: ['Ce message a été supprimé', 'Vous avez supprimé ce message'],
		it: ['Questo messaggio è stato eliminato', 'Hai eliminato questo messaggio'],
		ru: ['Данное сообщение удалено', 'Вы удалили данное сообщение'],
		zh: ['此消息已删除', '你删除了此消息']
	},
	deletedPrefix: {
		en: ['This message was deleted by admin']
	},
	edited: {
		en: ['<This message was edited>'],
		de: ['<Diese Nachricht wurde bearbeitet>'],
		es: ['<Se editó este mensaje.>', '<Este mensaje fue editado>'],
		pt: ['<Esta mensagem foi editada>', '<Mensagem editada>'],
		fr: ['<Ce message a été modifié>'],
		it: ['<Questo messaggio è stato modificato>'],
		ru: ['<Сообщение изменено>'],
		zh: ['<此消息已编辑>']
	},
	encryption: {
		en: [
			'Messages and calls are end-to-end encrypted',
			'Messages to this group are now secured with end-to-end encryption',
			'Messages you send to this chat and calls are now secured with end-to-end encryption'
		],
		de: [
			'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt',
			'Nachrichten, die du in diesem Chat sendest, sowie Anrufe, sind jetzt mit Ende-zu-Ende-Verschlüsselung geschützt'
		],
		es: ['Los mensajes y las llamadas están cifrados de extremo a extremo'],
		pt: [
			'As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta',
			'As mensagens e ligações são protegidas com a criptografia de ponta a ponta'
		],
		fr: ['Les messages et les appels sont chiffrés de bout en bout'],
		it: ['I messaggi e le chiamate sono crittografati end-to-end'],
		ru: ['Сообщения и звонки защищены сквозным шифрованием'],
		zh: ['消息和通话已进行端到端加密']
	},
	call: {
		en: [
			'Missed voice call',
			'Missed video call',
			'Missed group voice call',
			'Missed group video call',
			'Silenced voice call',
			'Silenced video call',
			'Voice call',
			'Video call'
		]
	},
	locationPrefix: {
		en: ['location: ', 'Location: ']
	},
	liveLocation: {
		en: ['live location shared', 'Live location shared']
	},
	systemPhrase: {
		en: [
			"joined using this group's invite link",
			' created group ',
			' created this group',
			' added ',
			' removed ',
			' left',
			' changed the subject ',
			" changed this group's icon",
			" deleted this group's icon",
			' changed the group description',
			'security code changed',
			' changed their phone number',
			'turned on disappearing messages',
			'turned off disappearing messages',
			'You were added',
			'This business uses a secure service',
			'This chat is with a business account'
		]
	},
	groupEvent: {
		en: [
			'created group',
			'created this group',
			"joined using this group's invite link",
			" changed this group's icon",
			' changed the subject ',
			' changed the group description',
			' added ',
			' removed '
		],
		de: ['hat die Gruppe „', 'hat die Gruppe "', 'hat die Gruppe erstellt'],
		es: ['creó el grupo'],
		pt: ['criou o grupo', 'criou este grupo'],
		fr: ['a créé le groupe'],
		it: ['ha creato il gruppo'],
		ru: ['создал(а) группу', 'создал группу', 'создала группу'],
		zh: ['创建了群组', '创建了群']
	}
};

/** All strings of one key, every language. */
export function stringsFor(key: LocaleKey): string[] {
	const out: string[] = [];
	for (const list of Object.values(LOCALE_STRINGS[key])) if (list) out.push(...list);
	return out;
}
