/**
 * Strings WhatsApp writes into exports, per language. classify.ts reads only this table, and only after the
 * language-independent structure (LRM before an iOS media line, two LRMs before an iOS notice, attachment file names,
 * the actor standing where the author stands) has been tried.
 *
 * Every entry was seen in one of these sources (the key in brackets follows each language below):
 *  [WJ]  real iOS and Android exports of one chat in 17 phone languages: starkdmi/whats_json test/data/{ios,android,
 *        languages,calendars}/*.txt at 760b3a0a (ar, cs, de, en, es, fr, hi, id, it, ja, nl, pt-PT, ru, th, uk, vi);
 *  [CA]  mlomb/chat-analytics pipeline/parse/parsers/WhatsApp.ts at 02faef4f: Android `<Media omitted>` in ~60 languages;
 *  [WR]  gesiscss/WhatsR inst/Languages.csv at 06d7633d: German and English system messages (Android and iOS);
 *  [RD]  rodrigogs/whats-reader src/lib/parser/chat-parser.ts at 410e3692: attachment suffixes and system phrases;
 *  [DT]  a public Dart WhatsApp parser's iOS table (code-index file 13362965092): ar, cs, de, es, fr, it, pt, ru, uk;
 *  [I12] lines of real exports quoted in issue 12 (German, Spanish-Peru, Chinese, Finnish, Portuguese, Czech, Russian);
 *  [FN]  the format notes (shared/reference/formats-and-anchors.md, B1), from real exports and parser tests.
 */

export type Lang = string;

export type LocaleKey =
	/** Android media placeholder, the whole first line; matched case-insensitively, `‹` read as `<`. */
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
	/** The whole body, or the body up to a comma or full stop (`Missed voice call, Tap to call back`). */
	| 'call'
	/** Prefix of the last line, followed by a URL. */
	| 'locationPrefix'
	/** The whole body. */
	| 'liveLocation'
	/** Phrases of system events; matched inside bodies that iOS marks with a leading LRM, or authorless lines. */
	| 'systemPhrase'
	/** Phrases of system events that only happen in groups (creation, joins, subject changes); make the chat a group. */
	| 'groupEvent';

export const LOCALE_STRINGS: Readonly<Record<LocaleKey, Partial<Record<Lang, readonly string[]>>>> = {
	mediaOmitted: {
		en: ['<Media omitted>', '<Video message omitted>', '<Video note omitted>'], // [FN] [CA] [WR]
		af: ['<media weggelaat>'], // [CA]
		ar: ['<تم استبعاد الوسائط>'], // [CA]
		az: ['<media buraxıldı>', '<Media çıxarılmışdır>'], // [CA]
		bg: ['<Без файл>'], // [CA]
		bn: ['<মিডিয়া বাদ দেওয়া হয়েছে>'], // [CA]
		ca: ['<fitxers multimèdia omesos>', '<Mitjans omesos>'], // [CA]
		cs: ['<Média vynechány>', '< Média vynechána >'], // [WJ] czech_android.txt, [I12] `‹Média vynechány>`, [CA]
		da: ['<medier udeladt>', '<Mediefil udeladt>'], // [CA]
		de: ['<Medien ausgeschlossen>', '<Medien weggelassen>', '<Videonachricht weggelassen>'], // [CA] [WR]
		el: ['<αρχείο παραλήφθηκε>', '<Εξαίρεση πολυμέσων>'], // [CA]
		es: ['<Multimedia omitido>', '<Archivo omitido>'], // [CA]
		et: ['<meedia välja jäetud>', '<Meedia ära jäetud>'], // [CA]
		fa: ['<رسانه حذف شد>'], // [CA]
		fi: ['<Media jätetty pois>', '<media jätettiin pois>'], // [I12] [CA]
		fr: ['<Médias omis>', '<Fichier omis>'], // [CA] [FN]
		gu: ['<મિડિયા છોડી મૂકાયું>', '<મીડિયા અવગણવામાં આવ્યા>'], // [CA]
		he: ['<המדיה לא נכללה>', '<מדיה הושמטה>'], // [CA]
		hi: ['<मीडिया के बिना>'], // [CA]
		hr: ['<Medijski zapis izostavljen>'], // [CA]
		hu: ['<Média elhagyva>', '<Hiányzó médiafájl>'], // [CA]
		id: ['<Media tidak disertakan>'], // [CA]
		it: ['<Media omessi>', '<Media omesso>', '<Media eliminati>'], // [CA] [RD]
		ja: ['<メディアなし>', '<メディアは含まれていません>'], // [CA]
		kk: ['<файлдар қосылмаған>', '<Файл қосылған жоқ>'], // [CA]
		kn: ['<ಮಾಧ್ಯಮ ಕೈಬಿಡಲಾಗಿದೆ>'], // [CA]
		ko: ['<미디어 파일 제외됨>', '<미디어 파일을 생략한 대화내용>', '<미디어 생략>'], // [CA] [RD]
		lo: ['<ບໍ່ລວມມີເດຍ>'], // [CA]
		lt: ['<Medija praleista>', '<Praleistas medijos turinys>'], // [CA]
		lv: ['<nav iekļauta multivide>', '<Bez multivides>'], // [CA]
		mk: ['<без фајлови>', '<Без фајл>'], // [CA]
		ml: ['<മീഡിയ ഒഴിവാക്കി>'], // [CA]
		mr: ['<मीडिया वगळण्यात आला>', '<मीडिया वगळले>'], // [CA]
		ms: ['<media dikecualikan>', '<Media disingkirkan>'], // [CA]
		nb: ['<media utelatt>', '<Uten vedlegg>'], // [CA]
		nl: ['<Media weggelaten>'], // [WJ] deutch_android_media.txt, [CA]
		pa: ['<ਮੀਡੀਆ ਛੱਡਿਆ>', '<ਮੀਡੀਆ ਛਡਿਆ ਗਿਆ>'], // [CA]
		pl: ['<pominięto multimedia>', '<pliki pominięto>'], // [CA]
		pt: ['<Mídia oculta>', '<Arquivo de mídia oculto>', '<Mídia omitida>', '<ficheiro não revelado>'], // [FN] [CA]
		ro: ['<conținut media omis>'], // [CA]
		ru: ['<Без медиафайлов>', '<Файл пропущен>', '<Медиа пропущены>'], // [WJ] russian_android.txt, [CA] [RD]
		sk: ['<Médiá vynechané>'], // [CA]
		sl: ['<datoteke izpuščene>', '<Medij izpuščen>'], // [CA]
		sq: ['<media u hoq>', '<Media hequr>'], // [CA]
		sr: ['<медији су изостављени>'], // [CA]
		sv: ['<media utelämnat>', '<Media har utelämnats>'], // [CA]
		sw: ['<media hazijajumuishwa>', '<Media imerukwa>'], // [CA]
		ta: ['<கோப்புகள் விடப்பட்டன>', '< ஊடகங்கள் நீக்கப்பட்டது >'], // [CA]
		te: ['<మీడియా విస్మరించబడింది>', '<మాధ్యమం విస్మరించబడింది>'], // [CA]
		th: ['<ไฟล์สื่อถูกลบ>', '<สื่อถูกลบ>'], // [CA]
		tl: ['<Walang kalakip na media>'], // [CA]
		tr: ['<medya dahil edilmedi>', '<Medya atlanmış>'], // [CA]
		uk: ['<медіа пропущено>', '<Без медіафайлів>'], // [CA]
		ur: ['<میڈیا چھوڑ دیا گیا>', '<میڈیا ہٹا دیا گیا>'], // [CA]
		uz: ['<fayl o‘tkazib yuborildi>'], // [CA]
		vi: ['<bỏ qua tệp phương tiện>', '<Bỏ qua Media>'], // [CA]
		zh: ['<省略多媒体文件>', '<忽略多媒體檔>', '<媒体省略>'] // [CA] [RD]
	},
	typeOmitted: {
		// [WJ] ios/*.txt and languages/*_ios.txt (one export per phone language), [WR] [FN] [I12]
		en: ['image omitted', 'video omitted', 'audio omitted', 'sticker omitted', 'GIF omitted', 'document omitted', 'Contact card omitted', 'video note omitted'],
		ar: ['لم يتم إدراج الصورة', 'لم يتم إدراج الفيديوهات', 'لم يتم إدراج المقاطع الصوتية', 'لم يتم إدراج بطاقة جهة اتصال', 'تم حذف الملصقات', 'لم يتم إدراج المستند', 'لم يتم إدراج صورة GIF'],
		cs: ['obrázek vynechán', 'video vynecháno', 'zvukový soubor vynechán', 'Vizitka vynechána', 'nálepka vynechána', 'dokument vynechán', 'GIF vynechán'],
		de: ['Bild weggelassen', 'Video weggelassen', 'Audio weggelassen', 'Kontaktkarte ausgelassen', 'Sticker weggelassen', 'Dokument weggelassen', 'GIF weggelassen', 'Videonachricht weggelassen', 'Videonotiz weggelassen'],
		es: ['imagen omitida', 'Video omitido', 'audio omitido', 'Tarjeta de contacto omitida', 'sticker omitido', 'documento omitido', 'GIF omitido'],
		fr: ['image absente', 'vidéo absente', 'audio omis', 'Fiche contact manquante', 'sticker omis', 'document manquant', 'GIF retiré'],
		hi: ['फ़ोटो हटाई गई', 'वीडियो छोड़ा गया', 'ऑडियो हटाई गयी', 'कॉन्टैक्ट कार्ड छोड़ा गया', 'स्टिकर छोड़ा गया', 'डॉक्यूमेंट छोड़ा गया', 'GIF छोड़ा गया'],
		id: ['gambar tidak disertakan', 'video tidak disertakan', 'audio tidak disertakan', 'Kartu kontak tidak disertakan', 'stiker tidak disertakan', 'dokumen tidak disertakan', 'GIF tidak disertakan'],
		it: ['immagine omessa', 'video omesso', 'audio omesso', 'Scheda contatto omessa', 'sticker non incluso', 'documento omesso', 'GIF esclusa'],
		ja: ['画像は含まれていません', 'ビデオは含まれていません', '音声は含まれていません', '連絡先カードを省略', 'スタンプは含まれていません', 'ドキュメントは含まれていません', 'GIFは含まれていません'],
		pt: ['imagem não revelada', 'vídeo não revelado', 'ficheiro de áudio não revelado', 'Contacto não revelado', 'sticker não revelado', 'documento não revelado', 'GIF não revelada'],
		ru: ['изображение отсутствует', 'видео отсутствует', 'аудиофайл отсутствует', 'Карточка контакта отсутствует', 'стикер не добавлен', 'документ отсутствует', 'GIF отсутствует'],
		th: ['ไม่มีรูปภาพ', 'วิดีโอถูกลบ', 'ไม่มีไฟล์เสียง', 'บัตรรายชื่อที่ละเว้น', 'ไม่มีสติกเกอร์', 'ละเว้นเอกสาร', 'ละเว้น GIF'],
		uk: ['зображення відсутнє', 'відео відсутнє', 'аудіо відсутнє', 'Картка контакту відсутня', 'Наклейку не додано', 'документ пропущено', 'GIF-анімацію пропущено'],
		vi: ['đã bỏ qua hình ảnh', 'đã bỏ video', 'bỏ qua tệp âm thanh', 'Bỏ qua thẻ liên lạc', 'đã bỏ sticker', 'đã bỏ qua tài liệu', 'Đã bỏ qua ảnh GIF'],
		zh: ['照片已忽略', '文档已省略'] // [I12]
	},
	attachedTag: {
		en: ['attached'], // [FN]
		de: ['Anhang', 'angehängt'], // [FN] [WR]
		es: ['adjunto'], // [FN]
		pt: ['anexado', 'anexo'],
		fr: ['pièce jointe'],
		it: ['allegato'], // [FN]
		ru: ['прикреплено'],
		zh: ['附件']
	},
	fileAttached: {
		en: ['(file attached)'], // [FN] [WJ]
		cs: ['(soubor byl přiložen)'], // [WJ] czech_android.txt
		de: ['(Datei angehängt)'], // [FN] [RD]
		es: ['(archivo adjunto)'], // [FN] [RD]
		fi: ['(liitetiedosto)'], // [I12]
		fr: ['(fichier joint)'], // [FN] [RD]
		it: ['(file allegato)'], // [RD]
		ja: ['(ファイル添付)'], // [RD]
		nl: ['(bestand bijgevoegd)'], // [WJ] deutch_android_media.txt
		pt: ['(arquivo anexado)'], // [FN] [RD]
		ru: ['(файл добавлен)', '(файл прикреплен)'], // [WJ] russian_android.txt, [RD]
		zh: ['(附件)'] // [RD]
	},
	deleted: {
		// [WJ] (`You deleted…` by the exporter, `…was deleted` by the other side), [WR] [DT] [I12]
		en: ['This message was deleted', 'You deleted this message', 'Message deleted'],
		ar: ['لقد حذَفت هذه الرسالة', 'تم حذف هذه الرسالة', 'أنت حذفت هذه الرسالة'],
		cs: ['Tuto zprávu jste smazal/a', 'Tato zpráva byla smazána', 'Tato zpráva byla odstraněna', 'Tuto zprávu jste odstranil/a'],
		de: ['Diese Nachricht wurde gelöscht', 'Du hast diese Nachricht gelöscht'],
		es: ['Se eliminó este mensaje', 'Eliminaste este mensaje', 'Este mensaje fue eliminado'],
		fi: ['Tämä viesti poistettiin'], // [I12]
		fr: ['Ce message a été supprimé', 'Vous avez supprimé ce message'],
		hi: ['आपने यह मैसेज डिलीट किया', 'यह मैसेज डिलीट कर दिया गया है'],
		id: ['Anda menghapus pesan ini', 'Pesan ini dihapus'],
		it: ['Questo messaggio è stato eliminato', 'Hai eliminato questo messaggio'],
		ja: ['このメッセージを削除しました', 'このメッセージは削除されました'],
		nl: ['Dit bericht is verwijderd', 'U hebt dit bericht verwijderd'], // [WJ] deutch_android_media.txt
		pt: ['Esta mensagem foi apagada', 'Você apagou esta mensagem', 'Mensagem apagada', 'Apagou esta mensagem'],
		ru: ['Данное сообщение удалено', 'Вы удалили данное сообщение'],
		th: ['คุณได้ลบข้อความนี้', 'ข้อความนี้ถูกลบแล้ว'],
		uk: ['Ви видалили це повідомлення', 'Це повідомлення було видалено'],
		vi: ['Bạn đã xoá tin nhắn này', 'Tin nhắn này đã bị xóa'],
		zh: ['此消息已删除', '你删除了此消息', '您已删除这条消息', '这条消息已被删除'] // [I12]
	},
	deletedPrefix: {
		en: ['This message was deleted by admin'], // [FN]
		de: ['Diese Nachricht wurde von Admin'], // [I12] `Diese Nachricht wurde von Admin … gelöscht.`
		pt: ['Mensagem apagada por um admin', 'Mensagem apagada por admin'] // [I12]
	},
	edited: {
		en: ['<This message was edited>'], // [FN]
		de: ['<Diese Nachricht wurde bearbeitet>'], // [FN]
		es: ['<Se editó este mensaje.>', '<Este mensaje fue editado>'], // [FN]
		pt: ['<Esta mensagem foi editada>', '<Mensagem editada>'], // [FN]
		fr: ['<Ce message a été modifié>'], // [FN]
		it: ['<Questo messaggio è stato modificato>'], // [FN]
		ru: ['<Сообщение изменено>'],
		zh: ['<此消息已编辑>']
	},
	encryption: {
		// [WJ] the first line of every export, iOS and Android; [WR] [FN] [DT]
		en: [
			'Messages and calls are end-to-end encrypted',
			'Messages to this group are now secured with end-to-end encryption',
			'Messages you send to this chat and calls are now secured with end-to-end encryption'
		],
		ar: ['الرسائل والمكالمات مشفرة تمامًا بين الطرفين'],
		cs: ['Zprávy a hovory jsou opatřeny koncovým šifrováním', 'Zprávy a hovory jsou zabezpečeny koncovým šifrováním'],
		de: [
			'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt',
			'Nachrichten, die du in diesem Chat sendest, sowie Anrufe, sind jetzt mit Ende-zu-Ende-Verschlüsselung geschützt'
		],
		es: ['Los mensajes y las llamadas están cifrados de extremo a extremo'],
		fr: ['Les messages et les appels sont chiffrés de bout en bout'],
		hi: ['मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं'],
		id: ['Pesan dan panggilan terenkripsi secara end-to-end'],
		it: ['I messaggi e le chiamate sono crittografati end-to-end'],
		ja: ['メッセージと通話はエンドツーエンド暗号化されています'],
		nl: ['Berichten en oproepen worden end-to-end versleuteld', 'Berichten en oproepen zijn end-to-end versleuteld'],
		pt: [
			'As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta',
			'As mensagens e ligações são protegidas com a criptografia de ponta a ponta',
			'As mensagens e chamadas são encriptadas ponto a ponto'
		],
		ru: ['Сообщения и звонки защищены сквозным шифрованием'],
		th: ['ข้อความและการโทรได้รับการเข้ารหัสจากต้นทางถึงปลายทาง'],
		uk: ['Повідомлення й дзвінки захищено наскрізним шифруванням'],
		vi: ['Tin nhắn và cuộc gọi được mã hóa đầu cuối'],
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
		], // [FN] [WR]
		de: ['Verpasster Sprachanruf', 'Verpasster Videoanruf', 'Sprachanruf', 'Videoanruf'], // [WR]
		cs: ['Zmeškaný hovor'] // [DT]
	},
	locationPrefix: {
		en: ['location: ', 'Location: '], // [FN] [WJ]
		cs: ['poloha: ', 'Poloha: '], // [WJ]
		de: ['Standort: '], // [WR] [WJ]
		nl: ['locatie: '], // [WJ]
		ru: ['местоположение: ', 'Местоположение: '] // [WJ]
	},
	liveLocation: {
		en: ['live location shared', 'Live location shared'], // [FN] [WR]
		de: ['Live-Standort wird geteilt', 'Live-Standort wird geteilt.'] // [WR]
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
			' changed the group name ',
			" changed this group's icon",
			" deleted this group's icon",
			' changed the group description',
			"changed this group's settings",
			'security code changed',
			'Your security code with ',
			' changed their phone number',
			' changed to ',
			'turned on disappearing messages',
			'turned off disappearing messages',
			'updated the message timer',
			"You're now an admin",
			"You're no longer an admin",
			'You were added',
			'You blocked this contact',
			'You unblocked this contact',
			'This business uses a secure service',
			'This chat is with a business account'
		], // [FN] [WR] [WJ] android/WhatsApp Chat with Group Chat XXX Android.txt
		de: [
			' hinzugefügt',
			' entfernt',
			'hat die Gruppe verlassen',
			' hat die Gruppe ',
			'Du hast die Gruppe ',
			' den Gruppennamen ',
			' das Gruppenbild ',
			' die Gruppenbeschreibung ',
			'Deine Sicherheitsnummer für ',
			'Dein Sicherheitscode für ',
			' hat eine neue Telefonnummer',
			'selbstlöschende Nachrichten',
			' die Nachrichtendauer aktualisiert',
			'über Einladungslink beigetreten',
			'Du bist jetzt ein*e Admin',
			'Du bist kein*e Admin mehr'
		], // [WR] [WJ] [RD]
		es: ['Cambió tu código de seguridad con ', ' se unió usando el enlace de invitación', ' creó el grupo', ' agregó ', ' eliminó ', ' salió', ' cambió el asunto', ' cambió la foto del grupo', ' eliminó la foto del grupo'], // [WJ] [RD]
		fr: ['Votre code de sécurité avec ', ' a rejoint en utilisant le lien', ' a créé le groupe', ' a ajouté ', ' a retiré ', ' a quitté', ' a modifié le sujet', ' a changé la photo du groupe'], // [WJ] [RD]
		it: ['Il tuo codice di sicurezza con ', ' si è unito tramite link di invito', ' ha creato il gruppo', ' ha aggiunto ', ' ha rimosso ', ' ha abbandonato', " ha modificato l'oggetto", " ha cambiato l'immagine del gruppo"], // [WJ] [RD]
		pt: ['O seu código de segurança partilhado com ', 'criou o grupo', 'criou este grupo', ' adicionou ', ' foi removido', ' saiu', ' mudou o assunto', ' mudou a imagem deste grupo', ' entrou usando o link'], // [WJ] [RD]
		nl: [' heeft de groep ', ' heeft toegevoegd', ' heeft verwijderd', ' heeft de groep verlaten', ' heeft het onderwerp gewijzigd', ' heeft de groepsafbeelding gewijzigd'], // [RD]
		ru: ['Ваш код безопасности с контактом '], // [WJ]
		uk: ['Код безпеки з контактом '], // [WJ]
		cs: ['Bezpečnostní kód mezi vámi a'], // [WJ]
		id: ['Kode keamanan Anda dengan '], // [WJ]
		vi: ['Mã bảo mật của bạn với '], // [WJ]
		ja: ['とのセキュリティコードが変更されました'], // [WJ]
		hi: [' के लिए आपका सुरक्षा कोड बदल गया है'], // [WJ]
		th: ['รหัสความปลอดภัยของคุณกับ '], // [WJ]
		ar: ['تغيّر رمز أمانك المُستخدَم مع '] // [WJ]
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
		], // [FN]
		de: ['hat die Gruppe „', 'hat die Gruppe "', 'hat die Gruppe erstellt', 'Du hast die Gruppe "', ' hinzugefügt', 'den Gruppennamen'], // [WR]
		es: ['creó el grupo'], // [RD]
		pt: ['criou o grupo', 'criou este grupo'], // [RD]
		fr: ['a créé le groupe'], // [RD]
		it: ['ha creato il gruppo'], // [RD]
		nl: [' heeft de groep '], // [RD]
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
