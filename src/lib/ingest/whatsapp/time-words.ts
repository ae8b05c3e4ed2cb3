/**
 * Words WhatsApp writes around the clock time in 12-hour locales, and the eras of non-Gregorian calendars.
 * Sources: the CLDR day-period names the phones format with (as quoted by the parsers below) and real exports:
 *  - `م`/`ص` with Arabic-Indic digits: whats_json test/data/languages/arabic_ios.txt (`[١٨‏/٣‏/٢٠٢٢، ٢:٥٦:٠٠ م]`);
 *  - `a. m.`/`p. m.`: chat-miner test/whatsapp/test_mmddyyyy_12hrs.txt; whatsapp-chat-parser's tests (`p. m.` with NBSP);
 *  - 오전/오후, 午前/午後, 上午/下午: the format notes' variant catalog (row 22) and CLDR ko/ja/zh `dayPeriods` abbreviated;
 *  - `vorm.`/`nachm.` (de-AT/de-CH 12-hour), `vm.`/`nm.` (af, nl-BE), `ق.ظ.`/`ب.ظ.` (fa), `π.μ.`/`μ.μ.` (el), `ÖÖ`/`ÖS` (tr), `म.पू.`/`म.उ.` (mr),
 *    `முற்பகல்`/`பிற்பகல்` (ta), `am`/`pm` (hi, bn…): CLDR `dayPeriods` abbreviated of each language.
 *  - `in the morning`/`in the afternoon` (English day periods some Android phones write instead of AM/PM): a real export
 *    in wolfschuh/whatsapp-chat-history-viewer (`03/01/2021, 9:15 in the morning - `) and whats_json's time pattern;
 *  - Buddhist era `3/18/2565 BE` and Japanese era `3/18/R4`: whats_json test/data/calendars/*.txt (iOS exports with the
 *    phone's calendar set to Buddhist / Japanese).
 */

/** 1 = before noon, 2 = after noon. Latin forms are matched case-insensitively with dots and spaces removed. */
export const MERIDIEM_WORDS: readonly (readonly [string, 1 | 2])[] = [
	['am', 1],
	['pm', 2],
	['vorm', 1],
	['nachm', 2],
	['vm', 1],
	['nm', 2],
	['öö', 1],
	['ös', 2],
	['ص', 1],
	['م', 2],
	['ق.ظ.', 1],
	['ب.ظ.', 2],
	['오전', 1],
	['오후', 2],
	['午前', 1],
	['午後', 2],
	['上午', 1],
	['下午', 2],
	['π.μ.', 1],
	['μ.μ.', 2],
	['म.पू.', 1],
	['म.उ.', 2],
	['in the morning', 1],
	['in the afternoon', 2],
	['முற்பகல்', 1],
	['பிற்பகல்', 2]
];

/** Japanese era letters as iOS writes them in the year position (`R4` = 2022), with the year before the era's year 1. */
export const JAPANESE_ERAS: Readonly<Record<string, number>> = { R: 2018, H: 1988, S: 1925, T: 1911, M: 1867 };

/** Buddhist era (Thai calendar): Gregorian year = BE year − 543. */
export const BUDDHIST_OFFSET = 543;

/** The zero of each decimal digit block WhatsApp's locales write timestamps in (Arabic-Indic, Persian, Devanagari…). */
export const DIGIT_ZEROS: readonly number[] = [
	0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10
];
