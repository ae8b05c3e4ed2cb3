/**
 * Strings WhatsApp writes into exports, per language. classify.ts reads only this table, and only after the
 * language-independent structure (LRM before an iOS media line, two LRMs before an iOS notice, attachment file names,
 * the actor standing where the author stands) has been tried.
 *
 * Every entry was seen in one of these sources (the key in brackets follows each language below):
 *  [WP]  starkdmi/whats_json lib/src/patterns.dart at 760b3a0a: strings its author collected from WhatsApp's own resources
 *        (iOS v22.24.81 Localizable.strings, Android 2.8.4278 strings.xml), per kind, in every UI language the apps ship;
 *  [WJ]  real iOS and Android exports of one chat in 17 phone languages: starkdmi/whats_json test/data/{ios,android,
 *        languages,calendars}/*.txt at 760b3a0a (ar, cs, de, en, es, fr, hi, id, it, ja, nl, pt-PT, ru, th, uk, vi);
 *  [CA]  mlomb/chat-analytics pipeline/parse/parsers/WhatsApp.ts at 02faef4f: Android `<Media omitted>` in ~60 languages;
 *  [WR]  gesiscss/WhatsR inst/Languages.csv at 06d7633d: German and English system messages (Android and iOS);
 *  [RD]  rodrigogs/whats-reader src/lib/parser/chat-parser.ts at 410e3692: attachment suffixes and system phrases;
 *  [DT]  a public Dart WhatsApp parser's iOS table (code-index file 13362965092): ar, cs, de, es, fr, it, pt, ru, uk;
 *  [I12] lines of real exports quoted in issue 12 (German, Spanish-Peru, Chinese, Finnish, Portuguese, Czech, Russian);
 *  [RW]  real exports in public repositories read for issue 12 (the held-out WhatsApp corpus; not copied here);
 *  [PP]  other public WhatsApp parsers' phrase tables, found by searching public code for the phrase;
 *  [FN]  the format notes (shared/reference/formats-and-anchors.md, B1), from real exports and parser tests.
 */

/** A WhatsApp UI language: ISO 639-1, with the region where WhatsApp ships two variants (pt-BR/pt-PT, zh-CN/zh-TW/zh-HK). */
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
		en: ['<Media omitted>', '<Video message omitted>', '<Video note omitted>', '<Multimedia omitted>', '<Media Skipped>'], // [FN] [CA] [WR] [RW]
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
		it: ['<Media omessi>', '<Media omesso>', '<Media eliminati>'], // [CA] [RD] [WP]
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
		'pt-BR': ['<Mídia oculta>', '<Arquivo de mídia oculto>', '<Mídia omitida>'], // [FN] [CA] [WP]
		'pt-PT': ['<ficheiro não revelado>'], // [CA] [WP]
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
		'zh-CN': ['<省略多媒体文件>', '<媒体省略>'], // [CA] [RD] [WP]
		'zh-TW': ['<忽略多媒體檔>'] // [CA] [WP]
	},
	typeOmitted: {
		// iOS, one per media type (image, video, audio, sticker, GIF, contact card, document) in WhatsApp's 41 iOS UI
		// languages [WP]; seen in real exports [WJ] for ar, cs, de, en, es, fr, hi, id, it, ja, pt-PT, ru, th, uk, vi.
		en: ['image omitted', 'video omitted', 'audio omitted', 'sticker omitted', 'GIF omitted', 'Contact card omitted', 'document omitted', 'video note omitted'], // [WP] [WJ] [WR] [FN]
		he: ['התמונה הושמטה', 'סרטון הווידאו הושמט', 'קטע קול הושמט', 'סטיקר הושמט', 'GIF הושמט', 'כרטיס איש קשר הושמט', 'מסמך הושמט'],
		ru: [
			'изображение отсутствует',
			'видео отсутствует',
			'аудиофайл отсутствует',
			'стикер не добавлен',
			'GIF отсутствует',
			'Карточка контакта отсутствует',
			'документ отсутствует'
		],
		fr: ['image absente', 'vidéo absente', 'audio omis', 'sticker omis', 'GIF retiré', 'Fiche contact manquante', 'document manquant'],
		it: ['immagine omessa', 'video omesso', 'audio omesso', 'sticker non incluso', 'GIF esclusa', 'Scheda contatto omessa', 'documento omesso'],
		'pt-PT': [
			'imagem não revelada',
			'vídeo não revelado',
			'ficheiro de áudio não revelado',
			'sticker não revelado',
			'GIF não revelada',
			'Contacto não revelado',
			'documento não revelado'
		],
		es: ['imagen omitida', 'Video omitido', 'audio omitido', 'sticker omitido', 'GIF omitido', 'Tarjeta de contacto omitida', 'documento omitido'],
		el: [
			'εικόνα παραλείφθηκε',
			'βίντεο παραλείφθηκε',
			'ήχος παραλείφθηκε',
			'αυτοκόλλητο παραλήφθηκε',
			'Παράληψη GIF',
			'Η κάρτα επαφής παραλήφθηκε',
			'έγγραφο παραλείφθηκε'
		],
		uk: [
			'зображення відсутнє',
			'відео відсутнє',
			'аудіо відсутнє',
			'Наклейку не додано',
			'GIF-анімацію пропущено',
			'Картка контакту відсутня',
			'документ пропущено'
		],
		de: [
			'Bild weggelassen',
			'Video weggelassen',
			'Audio weggelassen',
			'Sticker weggelassen',
			'GIF weggelassen',
			'Kontaktkarte ausgelassen',
			'Dokument weggelassen',
			'Kontaktkarte weggelassen',
			'Videonachricht weggelassen',
			'Videonotiz weggelassen'
		], // [WP] [WJ] deutch_ios.txt, [I12] German iOS group
		ar: [
			'لم يتم إدراج الصورة',
			'لم يتم إدراج الفيديوهات',
			'لم يتم إدراج المقاطع الصوتية',
			'تم حذف الملصقات',
			'لم يتم إدراج صورة GIF',
			'لم يتم إدراج بطاقة جهة اتصال',
			'لم يتم إدراج المستند'
		],
		bn: [
			'ইমেজ বাদ দেওয়া হয়েছে',
			'ভিডিও বাদ দেওয়া হয়েছে',
			'অডিও বাদ দেওয়া হয়েছে',
			'স্টিকার বাদ দেওয়া হয়েছে',
			'জিআইএফ বাদ দেওয়া হয়েছে',
			'পরিচিতির কার্ড বাদ দেওয়া হয়েছে',
			'ডকুমেন্ট বাদ দেওয়া হয়েছে'
		],
		'zh-HK': ['圖片已略去', '影片已略去', '音訊已略去', '貼圖已略去', 'GIF 已略去', '聯絡人卡片已略去', '文件已略去'],
		'zh-TW': ['圖像已省略', '影片已省略', '音訊已省略', '貼圖已忽略', 'GIF 圖片已被省略', '聯絡人卡片已省略', '文件已忽略'],
		'zh-CN': ['照片已忽略', '视频已忽略', '音频已忽略', '贴图已省略', 'GIF 动态图已被忽略', '联系人卡片已忽略', '文档已省略'], // [WP] [I12] Chinese iOS
		vi: ['đã bỏ qua hình ảnh', 'đã bỏ video', 'bỏ qua tệp âm thanh', 'đã bỏ sticker', 'Đã bỏ qua ảnh GIF', 'Bỏ qua thẻ liên lạc', 'đã bỏ qua tài liệu'],
		ur: [
			'تصویر نکال دی گئی ہے',
			'ویڈیو نظرانداز',
			'آڈیو نظرانداز',
			'اسٹیکر نظرانداز',
			'GIF نظرانداز',
			'GIF  نظرانداز',
			'رابطہ کارڈ نظر انداز',
			'دستاویز نظرانداز'
		],
		tr: [
			'görüntü dahil edilmedi',
			'video dahil edilmedi',
			'ses dahil edilmedi',
			'Çıkartma dahil edilmedi',
			'GIF dahil edilmedi',
			'Kişi kartı dahil edilmedi',
			'belge dahil edilmedi'
		],
		th: ['ไม่มีรูปภาพ', 'วิดีโอถูกลบ', 'ไม่มีไฟล์เสียง', 'ไม่มีสติกเกอร์', 'ละเว้น GIF', 'บัตรรายชื่อที่ละเว้น', 'ละเว้นเอกสาร'],
		sv: ['bild utesluten', 'video utesluten', 'ljud utelslutet', 'sticker utesluten', 'GIF utesluten', 'Kontaktkort uteslutet', 'dokument uteslutet'],
		sk: ['obrázok vynechaný', 'video vynechané', 'zvuk vynechaný', 'nálepka vynechaná', 'GIF vynechaný', 'Karta kontaktu vynechaná', 'dokument vynechaný'],
		pl: [
			'obraz pominięty',
			'wideo pominięte',
			'audio pominięte',
			'pominięto naklejkę',
			'Plik GIF pominięty',
			'Pominięta wizytówka kontaktu',
			'dokument pominięty'
		],
		ro: ['Imagine omisă', 'clip video omis', 'fără audio', 'GIF omis', 'Carte de vizită contact omisă', 'document omis'],
		'pt-BR': ['imagem ocultada', 'vídeo omitido', 'áudio ocultado', 'figurinha omitida', 'Cartão do contato omitido'], // GIF and document as es (`GIF omitido`, `documento omitido`) [WP]
		nl: [
			'afbeelding weggelaten',
			'video weggelaten',
			'audio weggelaten',
			'sticker weggelaten',
			'GIF weggelaten',
			'Visitekaartje weggelaten',
			'document weggelaten'
		],
		nb: ['bilde ikke inkludert', 'video utelatt', 'lyd utelatt', 'klistremerke utelatt', 'GIF utelatt', 'Kontaktkort sløyfet', 'utelatt dokument'],
		ms: [
			'imej tidak dimasukkan',
			'video tidak dimasukkan',
			'audio tidak dimasukkan',
			'pelekat tidak disertakan',
			'GIF tidak dimasukkan',
			'Kad kenalan tidak dimasukkan',
			'dokumen tidak dimasukkan'
		],
		mr: ['इमेज वगळली', 'व्हिडीओ वगळला', 'ऑडिओ वगळला', 'स्टिकर वगळले', 'GIF वगळले', 'संपर्क कार्ड वगळले', 'डॉक्युमेंट वगळले'],
		ko: ['이미지 생략됨', '비디오 생략됨', '오디오 생략됨', '스티커 제외됨', 'GIF 생략됨', '연락처 카드 생략됨', '문서 생략됨'],
		ja: [
			'画像は含まれていません',
			'ビデオは含まれていません',
			'音声は含まれていません',
			'スタンプは含まれていません',
			'GIFは含まれていません',
			'連絡先カードを省略',
			'ドキュメントは含まれていません'
		],
		hu: [
			'kép küldése sikertelen',
			'Videó kihagyva',
			'Hang kihagyása',
			'matrica kihagyva',
			'GIF fájl kihagyása',
			'Névjegykártya kihagyva',
			'dokumentum kihagyva'
		],
		id: [
			'gambar tidak disertakan',
			'video tidak disertakan',
			'audio tidak disertakan',
			'stiker tidak disertakan',
			'GIF tidak disertakan',
			'Kartu kontak tidak disertakan',
			'dokumen tidak disertakan'
		],
		hr: [
			'slika izostavljena',
			'video izostavljen',
			'zvuk izostavljen',
			'naljepnica izostavljena',
			'GIF izostavljen',
			'Posjetnica izostavljena',
			'dokument izostavljen'
		],
		hi: ['फ़ोटो हटाई गई', 'वीडियो छोड़ा गया', 'ऑडियो हटाई गयी', 'स्टिकर छोड़ा गया', 'GIF छोड़ा गया', 'कॉन्टैक्ट कार्ड छोड़ा गया', 'डॉक्यूमेंट छोड़ा गया'],
		gu: ['છબી પડતી મૂકાઈ', 'વિડિયો પડતી મુકાઈ', 'ઓડિયો ફાઇલ શામેલ કરી નથી', 'સ્ટીકર પડતું મુકાયું', 'GIF પડતી મૂકાઈ', 'સંપર્કનું કાર્ડ પડતું મૂકાયું', 'ડોક્યુમેન્ટ સામેલ કર્યું નહિ'],
		ga: [
			'íomhá ligthe ar lár',
			'físeán ligthe ar lár',
			'comhad fuaime ar lár',
			'fágadh an greamán ar lár',
			'GIF ligthe ar lár',
			'Cárta teagmhála ar lár',
			'cáipéis ligthe ar lár'
		],
		fi: [
			'ei kuvaa',
			'videota ei sisällytetä',
			'äänitiedostoa ei sisällytetä',
			'tarraa ei sisällytetty',
			'GIF-animaatio jätetty pois',
			'Yhteystietokortti jätettiin pois',
			'dokumenttia ei sisällytetä'
		],
		fa: ['تصویر حذف شد', 'ویدیو حذف شد', 'صدا حذف شد', 'استیکر حذف شد', 'GIF حذف شد', 'برگ مخاطب حذف شد', 'سند حذف شد'],
		da: ['billede udeladt', 'video udeladt', 'lyd udeladt', 'klistermærke udeladt', 'GIF udeladt', 'Kontaktkort udeladt', 'dokument udeladt'],
		cs: ['obrázek vynechán', 'video vynecháno', 'zvukový soubor vynechán', 'nálepka vynechána', 'GIF vynechán', 'Vizitka vynechána', 'dokument vynechán'],
		ca: ['Imatge omesa', 'vídeo omès', 'Àudio omès', 'adhesiu omès', 'GIF omès', 'Targeta de contacte omesa', 'Document omès']
	},
	attachedTag: {
		// iOS `<attached: 00000004-PHOTO-….jpg>`, the word in each iOS UI language [WP] (iOS key `zQ+5d`); [FN] en, de, es, it.
		en: ['attached'],
		ar: ['المُرفق'],
		ca: ['adjunt'],
		cs: ['příloha'],
		da: ['vedhæftet'],
		de: ['Anhang', 'angehängt'],
		el: ['επισυνάφθηκε'],
		es: ['adjunto'],
		fa: ['پیوست'],
		fi: ['liite'],
		fr: ['pièce jointe'],
		ga: ['ceangailte'],
		gu: ['જોડાયેલ'],
		he: ['מצורף'],
		hi: ['अटैच किया गया'],
		hr: ['priloženo'],
		hu: ['csatolva'],
		id: ['terlampir'],
		it: ['allegato'],
		ja: ['添付ファイル'],
		ko: ['첨부됨'],
		mr: ['संलग्न केले'],
		ms: ['dilampir'],
		nb: ['vedlagt'],
		nl: ['bijgevoegd'],
		pl: ['załączono'],
		'pt-BR': ['anexado'],
		'pt-PT': ['anexo'],
		ro: ['atașare'],
		ru: ['прикреплено'],
		sk: ['príloha'],
		sv: ['bifogat'],
		th: ['แนบ'],
		tr: ['eklendi'],
		uk: ['додано'],
		ur: ['پیوستہ'],
		vi: ['đính kèm'],
		'zh-CN': ['附件']
	},
	fileAttached: {
		// Android `name (file attached)` [WP] (Android email_file_attached, every language WhatsApp's Android app ships);
		// real exports [WJ] cs, en, nl, ru; [FN] [RD]; fi [I12].
		en: ['(file attached)'],
		af: ['(lêer aangeheg)'],
		ar: ['(الملف مرفق)'],
		az: ['(fayl əlavə olunub)'],
		bg: ['(прикачен файл)'],
		bn: ['(ফাইল সংযুক্ত হয়েছে)'],
		ca: ['(arxiu adjunt)'],
		cs: ['(soubor byl přiložen)'],
		da: ['(fil vedhæftet)'],
		de: ['(Datei angehängt)'],
		el: ['(συνημμένο αρχείο)'],
		es: ['(archivo adjunto)', '(archivo adjuntado)'],
		et: ['(fail lisatud)'],
		fa: ['(پیوست شد)'],
		fi: ['(liitetiedosto)'],
		fr: ['(fichier joint)'],
		gu: ['(ફાઇલ જોડાયેલ)'],
		he: ['(קובץ מצורף)'],
		hi: ['(फाइल संलग्न)', '(फाइल अटैच कर दी गई है)'],
		hr: ['(datoteka u privitku)'],
		hu: ['(fájl csatolva)'],
		id: ['(file terlampir)'],
		it: ['(file allegato)'],
		ja: ['(ファイル添付)', '(添付ファイル有り)'],
		kk: ['(қосымша файл)'],
		kn: ['(ಕಡತ ಸೇರಿಸಲಾಯಿತು)'],
		ko: ['(파일 첨부됨)'],
		lt: ['(byla prisegta)'],
		lv: ['(pievienots fails)'],
		mk: ['(прикачен фајл)'],
		ml: ['(ഫയൽ ചേർത്തു)'],
		ms: ['(fail dilampirkan)'],
		nb: ['(vedlagt fil)'],
		nl: ['(bestand bijgevoegd)'],
		pa: ['(ਅਟੈਚ ਕੀਤੀ ਫਾਇਲ)'],
		pl: ['(załączony plik)'],
		'pt-BR': ['(arquivo anexado)'],
		'pt-PT': ['(ficheiro anexado)'],
		ro: ['(fișier atașat)'],
		ru: ['(файл добавлен)', '(файл прикреплен)'],
		sk: ['(súbor pripojený)'],
		sl: ['(priložena datoteka)'],
		sq: ['(skedë e ngjitur)'],
		sr: ['(прикачена датотека)'],
		sv: ['(bifogad fil)'],
		sw: ['(faili limeambatanishwa)'],
		te: ['(ఫైల్ జోడించబడినది)'],
		th: ['(ไฟล์ที่แนบ)'],
		tl: ['(nakalakip na file)'],
		tr: ['(dosya ekli)'],
		uk: ['(файл додано)'],
		ur: ['(پیوستہ فائل)'],
		uz: ['(fayl biriktirildi)'],
		vi: ['(tệp đính kèm)'],
		'zh-CN': ['(文件附件)', '(附件)'],
		'zh-TW': ['(附件檔案)']
	},
	deleted: {
		// `This message was deleted` (the other side) and `You deleted this message` (the exporter), iOS and Android, with
		// or without a final full stop: [WP] (iOS keys and Android revoked_msg_incoming/outgoing); real exports [WJ] for ar, cs,
		// de, en, es, fr, hi, id, it, ja, nl, pt-PT, ru, th, uk, vi; [WR] de/en; [I12] fi, pt, zh.
		en: ['This message was deleted', 'You deleted this message', 'Message deleted'],
		af: ['Hierdie boodskap was uitgevee', 'Jy het boodskap uitgevee'],
		ar: ['تم حذف هذه الرسالة', 'لقد حذَفت هذه الرسالة', 'أنت حذفت هذه الرسالة'],
		az: ['Bu ismarıc silindi', 'Siz bu ismarıcı sildiniz'],
		bg: ['Съобщението беше изтрито', 'Изтрихте това съобщение'],
		bn: ['এই মেসেজটি বাদ দেওয়া হয়েছে', 'আপনি এই মেসেজটি বাদ দিয়েছেন', 'এই বার্তাটি মুছে ফেলা হয়েছে', 'আপনি এই বার্তাটি মুছে ফেলেছেন'],
		ca: ["Aquest missatge s'ha suprimit", 'Aquest missatge està esborrat', 'Has suprimit aquest missatge', 'Has esborrat aquest missatge'],
		cs: ['Tato zpráva byla smazána', 'Tato zpráva byla odstraněna', 'Tuto zprávu jste smazal/a', 'Tuto zprávu jste odstranil/a'],
		da: ['Denne besked er blevet slettet', 'Denne besked blev slettet', 'Du har slettet denne besked', 'Du slettede denne besked'],
		de: ['Diese Nachricht wurde gelöscht', 'Du hast diese Nachricht gelöscht'],
		el: ['Αυτό το μήνυμα διαγράφηκε', 'Διαγράψατε αυτό το μήνυμα', 'Διαγράψατε το μήνυμα'],
		es: ['Se eliminó este mensaje', 'Este mensaje fue eliminado', 'Eliminaste este mensaje'],
		et: ['See sõnum on kustutatud', 'Kustutasid selle sõnumi'],
		fa: ['این پیام حذف شده است', 'این پیام حذف شد', 'شما این پیام را حذف کردید'],
		fi: ['Tämä viesti poistettiin', 'Poistit tämän viestin'],
		fr: ['Ce message a été supprimé', 'Vous avez supprimé ce message'],
		ga: ['Scriosadh an teachtaireacht seo', 'Scrios tú an teachtaireacht seo'],
		gu: ['આ મેસેજ ડિલીટ કરાયો', 'આ સંદેશ રદ્દ કરાયો', 'તમે આ મેસેજ ડિલીટ કર્યો', 'તમે આ સંદેશને રદ્દ કર્યો'],
		he: ['הודעה זו נמחקה', 'מחקת את ההודעה הזו', 'מחקת הודעה זו'],
		hi: ['यह मैसेज डिलीट कर दिया गया है', 'यह संदेश मिटाया गया', 'आपने यह मैसेज डिलीट किया', 'आपने यह संदेश मिटाया'],
		hr: ['Ova je poruka izbrisana', 'Ova poruka je izbrisana', 'Izbrisali ste ovu poruku'],
		hu: ['Ez az üzenet törlésre került', 'Ezt az üzenetet törölted', 'Törölted ezt az üzenetet'],
		id: ['Pesan ini dihapus', 'Pesan ini telah dihapus', 'Anda menghapus pesan ini', 'Anda telah menghapus pesan ini'],
		it: ['Questo messaggio è stato eliminato', 'Hai eliminato questo messaggio'],
		ja: ['このメッセージは削除されました', 'このメッセージを削除しました'],
		kk: ['Бұл хат жойылды', 'Сіз бұл хатты жойдыңыз'],
		kn: ['ಈ ಸಂದೇಶವು ಅಳಿಸಲ್ಪಟ್ಟಿದೆ', 'ನೀವು ಈ ಸಂದೇಶವನ್ನು ಅಳಿಸಿದ್ದೀರಿ'],
		ko: ['이 메시지는 삭제되었습니다', '삭제한 메시지입니다', '이 메시지를 삭제했습니다'],
		lt: ['Ši žinutė buvo ištrinta', 'Jūs ištrynėte šią žinutę'],
		lv: ['Šī ziņa tika izdzēsta', 'Jūs izdzēsāt šo ziņu'],
		mk: ['Оваа порака беше избришана', 'Ја избриша оваа порака'],
		ml: ['ഈ സന്ദേശം ഇല്ലാതാക്കിയതാണ്', 'ഈ സന്ദേശം നിങ്ങൾ ഇല്ലാതാക്കി'],
		mr: ['हा मेसेज हटवण्यात आला', 'हा संदेश हटविण्यात आला होता', 'तुम्ही हा मेसेज हटवला', 'आपण हा संदेश हटविलात'],
		ms: ['Mesej ini telah dipadam', 'Anda telah memadamkan mesej ini'],
		nb: ['Denne meldingen ble slettet', 'Du slettet denne meldingen'],
		nl: ['Dit bericht is verwijderd', 'U hebt dit bericht verwijderd'],
		pa: ['ਇਸ ਸੁਨੇਹੇ ਨੂੰ ਹਟਾਇਆ ਗਿਆ', 'ਤੁਸੀਂ ਇਹ ਸੁਨੇਹਾ ਹਟਾਇਆ'],
		pl: ['Ta wiadomość została usunięta', 'Usunąłeś(-ęłaś) tę wiadomość', 'Usunąłeś(aś) tę wiadomość', 'Twoja wiadomość została usunięta'],
		'pt-BR': ['Mensagem apagada', 'Você apagou esta mensagem'],
		'pt-PT': ['Esta mensagem foi apagada', 'Esta mensagem foi apagada pelo remetente', 'Apagou esta mensagem'],
		ro: ['Acest mesaj a fost șters', 'Ați șters acest mesaj'],
		ru: ['Данное сообщение удалено', 'Вы удалили данное сообщение', 'Вы удалили это сообщение'],
		sk: ['Táto správa bola odstránená', 'Túto správu ste odstránili'],
		sl: ['To sporočilo je bilo izbrisano', 'To sporočilo ste izbrisali'],
		sr: ['Ова порука је обрисана', 'Обрисао/ла си ову поруку'],
		sv: [
			'Det här meddelandet raderades',
			'Detta meddelande raderades',
			'Du har tagit bort meddelandet',
			'Du raderade det här meddelandet',
			'Du raderade detta meddelande'
		],
		sw: ['Ujumbe huu ulifutwa', 'Umefuta ujumbe huu'],
		ta: ['இத்தகவல் திரும்பப்பெறப்பட்டது', 'இத்தகவலை தாங்கள் அழித்தீர்கள்'],
		th: ['ข้อความนี้ถูกลบแล้ว', 'ข้อความนี้ได้ถูกลบ', 'คุณได้ลบข้อความนี้', 'คุณลบข้อความนี้'],
		tl: ['Itong mensahe ay binura na', 'Binura mo itong mensahe'],
		tr: ['Bu mesaj silindi', 'Bu mesajı sildiniz'],
		uk: ['Це повідомлення було видалено', 'Ви видалили це повідомлення'],
		ur: ['یہ میسج حذف کر دیا گیا ہے', 'یہ پیغام حذف کیا گیا', 'آپ نے یہ میسج حذف کر دیا ہے', 'آپ نے اس پیغام کو حذف کیا'],
		uz: ['Ushbu xabar o‘chirildi', 'Siz ushbu xabarni o‘chirdingiz'],
		vi: ['Tin nhắn này đã bị xóa', 'Tin nhắn này đã bị xoá', 'Bạn đã xóa tin nhắn này', 'Bạn đã xoá tin nhắn này'],
		'zh-CN': ['这条消息已被删除', '信息已删除', '此消息已删除', '您已删除这条消息', '你删除了此消息', '您删除这个信息'], // [WP] [I12]
		'zh-TW': ['此訊息已刪除', '您已刪除此訊息']
	},
	deletedPrefix: {
		en: ['This message was deleted by admin', 'This message was deleted by an admin', 'You deleted this message as admin'], // [WP] (iOS keys) [FN]
		de: ['Diese Nachricht wurde von Admin', 'Diese Nachricht wurde von einem Admin'], // [I12] `Diese Nachricht wurde von Admin … gelöscht.`
		'pt-BR': ['Mensagem apagada por um admin', 'Mensagem apagada por admin'] // [I12]
	},
	edited: {
		// Android writes the marker with or without a full stop inside the brackets (`<Diese Nachricht wurde bearbeitet.>`):
		// both are matched. [FN]; de with the stop in four independent public parsers (Dart, Go, Java, Python) [PP];
		// nl and it in one public parser's table [PP]; ru, zh-CN unconfirmed by an export.
		en: ['<This message was edited>'],
		de: ['<Diese Nachricht wurde bearbeitet>'],
		es: ['<Se editó este mensaje>', '<Este mensaje fue editado>'],
		'pt-BR': ['<Esta mensagem foi editada>', '<Mensagem editada>'],
		fr: ['<Ce message a été modifié>'],
		it: ['<Questo messaggio è stato modificato>', '<Messaggio modificato>'],
		nl: ['<Dit bericht is bewerkt>'],
		ru: ['<Сообщение изменено>'],
		'zh-CN': ['<此消息已编辑>']
	},
	encryption: {
		// The banner's first clause, current (iOS and Android) and older Android wording [WP] (iOS key `_i3PG`, Android
		// settings_security_info); the first line of every real export in [WJ] (17 languages); [WR] [FN] [DT].
		en: [
			'Messages and calls are end-to-end encrypted',
			'Messages to this group are now secured with end-to-end encryption',
			'Messages you send to this chat and calls are now secured with end-to-end encryption',
			'Messages you send to this group are now secured with end-to-end encryption'
		],
		af: ['Jou boodskappe en oproepe word beveilig met end-tot-end enkripsie'],
		ar: ['الرسائل والمكالمات مشفرة تمامًا بين الطرفين', 'إن الرسائل التي ترسلها والمكالمات التي تجريها ضمن واتساب محمية'],
		az: ['Sizin göndərdiyiniz ismarıclar və zənglərinizin bir başdan digərinə'],
		bg: ['Съобщенията и обажданията ви са подсигурени с криптиране от край до край'],
		bn: ['মেসেজ এবং কল এন্ড-টু-এন্ড এনক্রিপ্টেড থাকে', 'আপনার বার্তা এবং কল দুই দিক থেকে এনক্রিপশানের মাধ্যমে নিরাপদ'],
		ca: ["Els missatges i les trucades estan xifrats d'extrem a extrem", 'Els vostres missatges i trucades estan assegurades amb una encriptació'],
		cs: [
			'Zprávy a hovory jsou opatřeny koncovým šifrováním',
			'Zprávy a hovory jsou zabezpečeny koncovým šifrováním',
			'Vaše zprávy a hovory jsou zabezpečeny koncovým šifrováním'
		],
		da: ['Beskeder og opkald er end-to-end-krypterede', 'Dine beskeder og opkald er sikret med kryptering'],
		de: [
			'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt',
			'Nachrichten, die du in diesem Chat sendest, sowie Anrufe, sind jetzt mit Ende-zu-Ende-Verschlüsselung geschützt',
			'Deine Nachrichten und Anrufe werden automatisch mit Ende-zu-Ende-Verschlüsselung geschützt'
		],
		el: ['Τα μηνύματα και οι κλήσεις κρυπτογραφούνται πλήρως', 'Τα μηνύματα και οι κλήσεις σας είναι ασφαλή με κρυπτογράφηση'],
		es: ['Los mensajes y las llamadas están cifrados de extremo a extremo', 'Tus mensajes y llamadas ahora están protegidos con cifrado de extremo a extremo'],
		et: ['Sinu saadetavad sõnumid ja kõned on kaitstud otsast otsani krüpteerimisega'],
		fa: ['پیام‌ها و تماس‌ها سرتاسر رمزگذاری شده‌اند', 'پیامها و تماسها سرتاسر رمزگذاری شدهاند', 'پیام ها و تماس های شما رمزگذاری سرتاسری شده اند'],
		fi: ['Viestit ja puhelut salataan täysin'],
		fr: ['Les messages et les appels sont chiffrés de bout en bout', 'Vos messages et vos appels sont protégés avec le chiffrement de bout en bout'],
		ga: ['Déantar criptiúchán ó cheann go ceann ar theachtaireachtaí agus ar ghlaonna'],
		gu: ['મેસેજ અને કૉલ શરૂથી અંત સુધી સુરક્ષિત છે', 'તમારા સંદેશાઓ અને કૉલ્સ શરૂઆતથી અંત સુધી ગુપ્તીકરણ દ્વારા સુરક્ષિત છે'],
		he: ['ההודעות והשיחות מוצפנות מקצה-לקצה', 'ההודעות שהנך שולח/ת והשיחות הקוליות שהנך מבצע/ת מאובטחות עם הצפנה'],
		hi: ['मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं', 'आपके द्वारा भेजे हुए सन्देश और कॉल्स शुरू से अंत तक एन्क्रिप्शन से'],
		hr: ['Poruke i pozivi zaštićeni su potpunom enkripcijom', 'Vaši pozivi i poruke koje pošaljete šifrirane su end-to-end metodom'],
		hu: ['Az üzenetek és hívások végpontok közötti titkosítással vannak védve', 'A csevegéseid és hívásaid automatikusan titkosítottak a végpontok között'],
		id: ['Pesan dan panggilan terenkripsi secara end-to-end', 'Pesan-pesan dan panggilan Anda diamankan dengan enkripsi end-to-end'],
		it: ['I messaggi e le chiamate sono crittografati end-to-end', 'I tuoi messaggi e le tue chiamate sono protetti con la crittografia end-to-end'],
		ja: ['メッセージと通話はエンドツーエンド暗号化されています', 'メッセージと通話は、エンドツーエンドの暗号化によって保護されています'],
		kk: ['Сіздің хаттарыңыз және қоңырауларыңыз толығымен шифрлау арқылы қауіпсіз етілді'],
		kn: ['ನಿಮ್ಮ ಸಂದೇಶಗಳು ಮತ್ತು ಕರೆಗಳು ಕೊನೆಯಿಂದ-ಕೊನೆವರೆಗೆ ಎನ್ಕ್ರಿಪ್ಷನ್ ನಿಂದ'],
		ko: ['메시지 및 전화는 종단간 암호화되어 안전합니다', '메시지 및 전화는 암호화되어 안전합니다'],
		lt: ['Jūsų žinutės ir skambučiai yra apsaugoti ištisiniu šifravimu'],
		lv: ['Jūsu ziņas un zvani ir aizsargāti ar pilnīgu šifrēšanu'],
		mk: ['Твоите пораки и повици се обезбедени со шифрирање крај-до-крај'],
		ml: ['നിങ്ങളുടെ സന്ദേശങ്ങളും വിളികളും ആദ്യാവസാന എൻക്രിപ്ഷൻ വഴി സുരക്ഷിതമാണ്'],
		mr: ['मेसेजेस आणि कॉल्स एन्ड-टू-एन्ड एन्क्रिप्शनने सुरक्षित केलेले असतात', 'तुम्ही पाठवलेले संदेश आणि तुमचे कॉल्स संपूर्णपणे कूटबद्ध करून'],
		ms: ['Mesej dan panggilan disulitkan hujung ke hujung', 'Mesej-mesej dan panggilan anda selamat dengan penyulitan hujung ke hujung'],
		nb: ['Meldinger og samtaler er ende-til-ende-krypterte', 'Dine meldinger og samtaler er sikret med kryptering fra ende til ende'],
		nl: [
			'Berichten en gesprekken worden end-to-end versleuteld',
			'Berichten en oproepen worden end-to-end versleuteld',
			'Berichten en oproepen zijn end-to-end versleuteld',
			'Uw oproepen en berichten zijn beveiligd met end-to-end encryptie'
		],
		pa: ['ਤੁਹਾਡੇ ਸੁਨੇਹੇ ਅਤੇ ਕਾਲਾਂ ਸਿਰੇ ਤੋਂ ਸਿਰੇ ਤੱਕ ਇੰਕ੍ਰਿਪਸ਼ਨ ਨਾਲ ਸੁਰੱਖਿਅਤ'],
		pl: ['Wiadomości i połączenia są w pełni zaszyfrowane', 'Twoje wiadomości oraz połączenia są zabezpieczone przez pełne szyfrowanie'],
		'pt-BR': [
			'As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta',
			'As mensagens e ligações são protegidas com a criptografia de ponta a ponta',
			'Suas chamadas e mensagens estão seguras com criptografia de ponta-a-ponta'
		],
		'pt-PT': [
			'As mensagens e chamadas são encriptadas ponto a ponto',
			'Quando é possível, as mensagens que enviar e as chamadas que efetuar são completamente encriptadas'
		],
		ro: ['Mesajele și apelurile sunt criptate integral', 'Mesajele dvs. și apelurile sunt securizate prin criptare integrală'],
		ru: ['Сообщения и звонки защищены сквозным шифрованием', 'Ваши сообщения и звонки защищены сквозным шифрованием'],
		sk: ['Správy a hovory sú zabezpečené šifrovaním počas celého spojenia', 'Vaše správy a hovory sú zabezpečené šifrovaním počas celého spojenia'],
		sl: ['Vaša sporočila in klici so zavarovani s šifriranjem od konca do konca'],
		sq: ['Mesazhet dhe thirrjet tuaja janë të koduara fund-e-krye'],
		sr: ['Твоје поруке и позиви су обезбеђени са шифровањем од почетка-до-краја'],
		sv: ['Meddelanden och samtal är komplett krypterade', 'Dina meddelanden och samtal är säkrade med komplett kryptering'],
		sw: ['Jumbe zako na simu unazopiga zipo salama kwa ufumbaji wa mwisho-kwa-mwisho'],
		ta: ['தங்கள் தகவல்களும் அழைப்புகளும் முழு மறையாக்கத்துடன் பாதுகாக்கப்படுகிறது'],
		te: ['మీ సందేశాలు మరియు కాల్స్ ఇది WhatsApp మరియు మూడవ పార్టీలు'],
		th: ['ข้อความและการโทรได้รับการเข้ารหัสจากต้นทางถึงปลายทาง', 'ข้อความที่คุณส่งถึงแชทและการโทรนี้มีความปลอดภัยด้วยการเข้ารหัส'],
		tl: ['Ang inyong mga mensahe at tawag ay secured gamit ang end-to-end encryption'],
		tr: ['Mesajlar ve aramalar uçtan uca şifrelidir', 'Mesajlarınız artık uçtan uca şifreleme ile korunmaktadır'],
		uk: ['Повідомлення й дзвінки захищено наскрізним шифруванням', 'Ваші повідомлення та дзвінки захищено наскрізним шифруванням'],
		ur: ['میسجز اور کالز اینڈ ٹو اینڈ اینکرپشن کے ذریعے محفوظ ہیں', 'آپ کے پیغامات اور کالس شروع سے آخر تک رمزکاری کے ذریعے محفوظ ہیں'],
		uz: ['Xabarlaringiz va qo‘ng‘iroqlaringiz boshidan oxirigacha shifrlash bilan himoyalanadi'],
		vi: ['Tin nhắn và cuộc gọi được mã hóa đầu cuối', 'Những tin nhắn và những cuộc gọi đã được bảo mật với mã hoá đầu-cuối'],
		'zh-CN': ['消息和通话都进行端到端加密', '消息和通话已进行端到端加密', '您发送的信息和通话都会进行端对端的加密'],
		'zh-HK': ['訊息和通話經端對端加密'],
		'zh-TW': ['訊息已受端對端加密保護', '您傳送的訊息和通話都會進行端對端的加密']
	},
	call: {
		// Missed voice and video calls, iOS and Android [WP] (iOS keys, Android missed_voice_call/video_missed_call); the
		// plain calls (`Voice call`, `Video call`, silenced) in English and German [FN] [WR]; cs [DT].
		en: [
			'Missed voice call',
			'Missed video call',
			'Missed group voice call',
			'Missed group video call',
			'Silenced voice call',
			'Silenced video call',
			'Voice call',
			'Video call'
		],
		af: ['Stemoproep gemis', 'Video-oproep gemis'],
		ar: ['مكالمة صوتية فائتة', 'مكالمة فيديو فائتة'],
		az: ['Buraxılmış zəng', 'Buraxılmış video zəng'],
		bg: ['Пропуснато гласово обаждане', 'Пропуснато видео обаждане'],
		bn: ['ভয়েস কল মিস করেছেন', 'মিসড ভয়েস কল', 'ভিডিও কল মিস করেছেন', 'মিস করা ভিডিও কল'],
		ca: ['Trucada de veu perduda', 'Videotrucada perduda', 'Trucada de vídeo perduda'],
		cs: ['Zmeškaný hovor', 'Zmeškaný hlasový hovor', 'Zmeškaný videohovor'],
		da: ['Ubesvaret taleopkald', 'Mistet opkald', 'Ubesvaret videoopkald', 'Mistede video opkald'],
		de: ['Verpasster Sprachanruf', 'Verpasster Videoanruf', 'Sprachanruf', 'Videoanruf'],
		el: ['Αναπάντητη φωνητική κλήση', 'Αναπάντητη κλήση', 'Αναπάντητη βιντεοκλήση'],
		es: ['Llamada perdida', 'Llamada de voz perdida', 'Videollamada perdida'],
		et: ['Vastamata häälkõne', 'Vastamata videokõne'],
		fa: ['تماس صوتی پاسخ داده نشده', 'تماس تصویری بی‌پاسخ', 'تماس تصویری پاسخ داده نشده'],
		fi: ['Vastaamaton äänipuhelu', 'Vastaamaton videopuhelu'],
		fr: ['Appel vocal manqué', 'Appel vidéo manqué'],
		ga: ['Guthghlao caillte', 'Glao Gutha Caillte', 'Físghlao caillte'],
		gu: ['છૂટી ગયેલો વોઇસ કૉલ', 'છૂટેલો વોઇસ કૉલ', 'છૂટી ગયેલ ધ્વનિ કૉલ', 'છૂટી ગયેલ વિડિયો કૉલ', 'છૂટી ગયેલ વિડિઓ કૉલ'],
		he: ['שיחה קולית שלא נענתה', 'שיחת וידאו שלא נענתה'],
		hi: ['वॉइस कॉल मिस हुई', 'मिस्ड वॉइस कॉल', 'छूटी हुई ध्वनि कॉल', 'मिस्ड वीडियो कॉल', 'छूटी हुई विडियो कॉल'],
		hr: ['Propušteni glasovni poziv', 'Propušten glasovni poziv', 'Propušteni videopoziv', 'Propušten video poziv'],
		hu: ['Nem fogadott hanghívás', 'Nem fogadott videohívás', 'Nem fogadott videóhívás'],
		id: ['Panggilan suara tak terjawab', 'Tak Terjawab', 'Panggilan video tak terjawab'],
		it: ['Chiamata vocale persa', 'Videochiamata persa'],
		ja: ['音声通話不在着信', '不在着信', 'ビデオ通話不在着信'],
		kk: ['Жауапсыз қоңырау', 'Жауапсыз видео қоңырау'],
		kn: ['ತಪ್ಪಿದ ಧ್ವನಿ ಕರೆ', 'ತಪ್ಪಿದ ದೃಶ್ಯ ಕರೆ'],
		ko: ['부재중 전화', '부재중 영상통화'],
		lt: ['Praleistas balso skambutis', 'Praleistas video skambutis'],
		lv: ['Neatbildēts balss zvans', 'Neatbildēts video zvans'],
		mk: ['Пропуштен гласовен повик', 'Пропуштен видео повик'],
		ml: ['വിളി നഷ്ടപ്പെട്ടു', 'നഷ്ടമായ വീഡിയോ കാൾ'],
		mr: ['मिस्ड व्हॉइस कॉल', 'मिस्ड व्हिडिओ कॉल'],
		ms: ['Panggila suara terlepas', 'Panggilan suara terlepas', 'Panggilan video terlepas'],
		nb: ['Tapt taleanrop', 'Tapt videoanrop', 'Tapt videosamtale'],
		nl: ['Gemist spraakgesprek', 'Gemiste spraakoproep', 'Gemist videogesprek', 'Gemiste video-oproep'],
		pa: ['ਮਿਸ ਹੋਈ ਆਵਾਜ਼ ਕਾਲ', 'ਮਿਸ ਹੋਈ ਵੀਡੀਓ ਕਾਲ'],
		pl: ['Nieodebrane poł. głosowe', 'Nieodebrane połączenie', 'Nieodebrane poł. wideo', 'Nieodebrane połączenie głosowe', 'Nieodebrane połączenie wideo'],
		'pt-BR': ['Chamada de voz perdida', 'Chamada de vídeo perdida'],
		'pt-PT': ['Chamada de voz perdida', 'Videochamada perdida'],
		ro: ['Apel vocal ratat', 'Apel vocal nepreluat', 'Apel video ratat', 'Apel video nepreluat'],
		ru: ['Пропущенный аудиозвонок', 'Пропущенный видеозвонок'],
		sk: ['Zmeškaný hovor', 'Zmeškaný videohovor'],
		sl: ['Zgrešen klic', 'Neodgovorjen video klic'],
		sq: ['Thirrje e shmangur', 'Videothirrje e shmangur'],
		sr: ['Пропуштен гласовни позив', 'Пропуштен видео позив'],
		sv: ['Missat röstsamtal', 'Missat samtal', 'Missat videosamtal'],
		sw: ['Simu ya sauti uliyoikosa', 'Simu ya video uliyoikosa'],
		ta: ['தவறிய குரல் அழைப்பு', 'தவறிய காணொலி அழைப்பு'],
		te: ['మిస్సేడ్ వాయిస్ కాల్', 'తప్పిన వీడియోకాల్'],
		th: ['สายที่ไม่ได้รับ', 'วิดีโอคอลที่ไม่ได้รับ', 'สายโทรวิดีโอที่ไม่ได้รับ'],
		tl: ['Nakaligtaang voice call', 'Nakaligtaang video call'],
		tr: ['Cevapsız sesli arama', 'Cevapsız görüntülü arama'],
		uk: ['Пропущений аудіодзвінок', 'Пропущений відеодзвінок'],
		ur: ['مسڈ وائس کال', 'چھوٹی ہوئی صوتی کال', 'مسڈ ویڈیو کال', 'چھوٹی ہوئی ویڈیو کال'],
		uz: ['O‘tkazib yub. ovozli qo‘ng‘iroq', 'O‘tkazib yub. videoqo‘ng‘iroq'],
		vi: ['Cuộc gọi nhỡ', 'Cuộc gọi nhỡ video'],
		'zh-CN': ['未接语音通话', '未接视频通话'],
		'zh-TW': ['未接語音通話', '未接視像通話']
	},
	locationPrefix: {
		en: ['location: ', 'Location: '], // [FN] [WJ]
		cs: ['poloha: ', 'Poloha: '], // [WJ]
		de: ['Standort: '], // [WR] [WJ]
		nl: ['locatie: '], // [WJ]
		ru: ['местоположение: ', 'Местоположение: '] // [WJ]
	},
	liveLocation: {
		// Android email_live_location_message [WP]; en, de [FN] [WR].
		en: ['live location shared', 'Live location shared'],
		ca: ['Ubicació en directe compartida'],
		cs: ['byla sdílena aktuální poloha'],
		da: ['live placering delt'],
		de: ['Live-Standort wird geteilt'],
		el: ['η τωρινή τοποθεσία κοινοποιήθηκε'],
		es: ['ubicación en tiempo real compartida'],
		fi: ['live-sijainti jaettu'],
		fr: ['Localisation en direct partagée'],
		he: ['משתף מיקום בשידור חי'],
		hi: ['लाइव स्थान साझा किया गया'],
		hu: ['tartózkodási hely megosztva'],
		id: ['Lokasi terkini dibagikan'],
		it: ['posizione attuale condivisa'],
		ja: ['ライブロケーション共有'],
		ko: ['공유한 실시간 위치'],
		ms: ['lokasi terkini dikongsi'],
		nb: ['posisjon i sanntid delt'],
		nl: ['live locatie gedeeld'],
		pl: ['udostępniona transmisja położenia'],
		'pt-BR': ['localização atual compartilhada'],
		'pt-PT': ['Está a partilhar a sua localização'],
		ro: ['locație în timp real distribuită'],
		ru: ['Геоданные отправлены'],
		sk: ['bola zdieľaná aktuálna poloha'],
		sv: ['liveposition delad'],
		th: ['ตำแหน่งปัจจุบันถูกแบ่งปัน'],
		tr: ['Mevcut konum paylaşıldı'],
		uk: ['геодані надіслано'],
		vi: ['vị trí hiện thời được chia sẻ'],
		'zh-CN': ['共享实时位置'],
		'zh-TW': ['實時位置已分享']
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
		es: [
			'Cambió tu código de seguridad con ',
			' se unió usando el enlace de invitación',
			' creó el grupo',
			' agregó ',
			' eliminó ',
			' salió',
			' cambió el asunto',
			' cambió la foto del grupo',
			' eliminó la foto del grupo'
		], // [WJ] [RD]
		fr: [
			'Votre code de sécurité avec ',
			' a rejoint en utilisant le lien',
			' a créé le groupe',
			' a ajouté ',
			' a retiré ',
			' a quitté',
			' a modifié le sujet',
			' a changé la photo du groupe'
		], // [WJ] [RD]
		it: [
			'Il tuo codice di sicurezza con ',
			' si è unito tramite link di invito',
			' ha creato il gruppo',
			' ha aggiunto ',
			' ha rimosso ',
			' ha abbandonato',
			" ha modificato l'oggetto",
			" ha cambiato l'immagine del gruppo"
		], // [WJ] [RD]
		'pt-PT': [
			'O seu código de segurança partilhado com ',
			'criou o grupo',
			'criou este grupo',
			' adicionou ',
			' foi removido',
			' saiu',
			' mudou o assunto',
			' mudou a imagem deste grupo',
			' entrou usando o link'
		], // [WJ] [RD]
		nl: [
			' heeft de groep ',
			' heeft toegevoegd',
			' heeft verwijderd',
			' heeft de groep verlaten',
			' heeft het onderwerp gewijzigd',
			' heeft de groepsafbeelding gewijzigd'
		], // [RD]
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
		'pt-PT': ['criou o grupo', 'criou este grupo'], // [RD]
		fr: ['a créé le groupe'], // [RD]
		it: ['ha creato il gruppo'], // [RD]
		nl: [' heeft de groep '], // [RD]
		ru: ['создал(а) группу', 'создал группу', 'создала группу'],
		'zh-CN': ['创建了群组', '创建了群']
	}
};

/** All strings of one key, every language. */
export function stringsFor(key: LocaleKey): string[] {
	const out: string[] = [];
	for (const list of Object.values(LOCALE_STRINGS[key])) if (list) out.push(...list);
	return out;
}
