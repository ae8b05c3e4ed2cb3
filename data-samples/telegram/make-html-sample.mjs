// Writes data-samples/telegram/ChatExport_2024-04-16/: a Telegram Desktop HTML export of one group chat in two
// parts (tdesktop starts a new file after 1,000 records), synthetic people, realistic traps.
// Run: node data-samples/telegram/make-html-sample.mjs   (deterministic: same bytes every run)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Page } from '../../tests/fixtures/telegram/tdesktop-html.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'ChatExport_2024-04-16');
const TITLE = 'Kestrel Freight Ops 🚚';
const PEOPLE = ['Aylin Demir', 'Jonas Keller', 'Mei Lin', 'Rafael Souza', 'Sofia Marin'];
const PER_FILE = 1000;

// A small deterministic generator (mulberry32), so the sample is the same on every run.
let seed = 20240403;
function rand() {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = seed;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(rand() * list.length)];
const pad = (n) => String(n).padStart(2, '0');

// Wall-clock time in Berlin, written with the standard offset as tdesktop does (UTC+01:00 even after 31 March).
function stamp(ms) {
	const d = new Date(ms);
	const date = `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
	const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
	return { title: `${date} ${time} UTC+01:00`, time: time.slice(0, 5), day: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, dayKey: date };
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const TEXTS = [
	(n) => `Truck ${n} at gate ${1 + (n % 7)}, unloading now`,
	(n) => `ETA for container KFRU${1000000 + n * 37} is ${pad(6 + (n % 12))}:${pad((n * 7) % 60)}`,
	(n) => `Kühlcontainer ${n} hat wieder Strom ✅`,
	(n) => `集装箱 ${n} 已到港，请安排提货`,
	(n) => `Doca ${n % 9} liberada, pode encostar`,
	(n) => `تم تحميل الشاحنة رقم ${n}`,
	() => 'ok 👍',
	() => 'on it',
	() => 'Can someone check the seal numbers on bay 3?',
	() => 'Customs hold lifted 🎉',
	() => 'Driver says 20 min late, traffic on the A7',
	(n) => `Pallets: ${12 + (n % 20)} in, ${(n * 3) % 17} damaged`,
	() => 'Shift handover notes are in the drive',
	() => '👩‍💻 updating the manifest',
	(n) => `Invoice ${n}: net 30 days, total 4 ${n % 10}80,00 €`
];

// Records in time order. kind: text | photo | photo_missing | voice | file | sticker | video | round | gif | contact |
// location | poll | service | call | reply_elsewhere. Service records carry `html`.
const records = [];
let id = 0;
let t = Date.UTC(2024, 2, 27, 6, 0, 0); // wall-clock ms (the date parts are Berlin time)
let n = 0;
const next = () => {
	id += rand() < 0.03 ? 2 + Math.floor(rand() * 3) : 1; // deleted messages leave gaps in the ids
	return id;
};
records.push({ id: next(), kind: 'service', html: `Aylin Demir created group &laquo;${TITLE.replace('🚚', '🚚')}&raquo; with members Jonas Keller, Mei Lin and Rafael Souza`, t });
let author = 'Aylin Demir';
while (records.length < 1046) {
	n++;
	const step = rand() < 0.5 ? 60 + Math.floor(rand() * 600) : 700 + Math.floor(rand() * 2400);
	t += step * 1000;
	const hour = new Date(t).getUTCHours();
	if (hour >= 22) t = Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth(), new Date(t).getUTCDate() + 1, 6, Math.floor(rand() * 30), 0);
	if (rand() < 0.55) author = pick(n < 14 ? PEOPLE.slice(0, 4) : PEOPLE); // Sofia Marin is invited at record 14
	const r = rand();
	const rec = { id: next(), t, from: author };
	if (n === 14) Object.assign(rec, { kind: 'service', html: 'Aylin Demir invited Sofia Marin' });
	else if (n === 40) Object.assign(rec, { kind: 'service', html: `Jonas Keller pinned <a href="#go_to_message${records[30].id}" onclick="return GoToMessage(${records[30].id})">this message</a>` });
	else if (n % 211 === 0) Object.assign(rec, { kind: 'call', html: `${author} started voice chat (${60 + (n % 900)} seconds)` });
	else if (n === 777) Object.assign(rec, { kind: 'service', html: 'Rafael Souza removed Deleted Account' });
	else if (n === 1020) Object.assign(rec, { kind: 'service', html: 'This message is not supported by this version of Telegram Desktop. Please update the application.' });
	else if (n === 500) Object.assign(rec, { kind: 'text', from: 'Deleted Account', text: 'please remove me from this group' });
	else if (r < 0.05) Object.assign(rec, { kind: rand() < 0.3 ? 'photo_missing' : 'photo', text: rand() < 0.5 ? `damage on pallet ${n}` : '' });
	else if (r < 0.08) Object.assign(rec, { kind: 'voice' });
	else if (r < 0.1) Object.assign(rec, { kind: 'file', text: 'signed copy' });
	else if (r < 0.12) Object.assign(rec, { kind: 'sticker' });
	else if (r < 0.13) Object.assign(rec, { kind: 'video' });
	else if (r < 0.135) Object.assign(rec, { kind: 'round' });
	else if (r < 0.145) Object.assign(rec, { kind: 'gif' });
	else if (r < 0.15) Object.assign(rec, { kind: 'location' });
	else if (r < 0.153) Object.assign(rec, { kind: 'contact' });
	else if (r < 0.157) Object.assign(rec, { kind: 'poll', via: 'QuizBot' });
	else if (r < 0.2) Object.assign(rec, { kind: 'reply', text: pick(TEXTS)(n) });
	else if (r < 0.21) Object.assign(rec, { kind: 'reply_elsewhere', text: 'answering in the other group' });
	else if (r < 0.23) Object.assign(rec, { kind: 'forward', text: pick(['Port of Hamburg: berth 7 closed for maintenance', 'Weather warning: storm gusts from 14:00']) });
	else Object.assign(rec, { kind: 'text', text: pick(TEXTS)(n) });
	records.push(rec);
}
// Special texts: markup, entities, a control character and hostile-looking text, in the first part.
records[3].text = 'Rules: <b>no</b> loading before 06:00 & keep bay 3 clear "always"';
records[5].html = 'Manifest: <a href="https://example.org/manifest/4711">manifest 4711</a> — ask <a href="https://t.me/jonas_k">@jonas_k</a> <a href="" onclick="return ShowHashtag(&quot;urgent&quot;)">#urgent</a>';
records[7].html = 'Codes:<br><code>KFRU1234567</code><br><pre>gate 1: 07:00\ngate 2: 07:30</pre><span class="spoiler hidden" onclick="ShowSpoiler(this)"><span aria-hidden="true">PIN 4471</span></span>';
records[9].text = 'line one\u000bstill line one';

rmSync(OUT, { recursive: true, force: true });
const write = (rel, content) => {
	const path = join(OUT, rel);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, content);
};
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
const fileDate = (ms) => {
	const d = new Date(ms);
	return `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}_${pad(d.getUTCHours())}-${pad(d.getUTCMinutes())}-${pad(d.getUTCSeconds())}`;
};

let photo = 0;
let audio = 0;
let video = 0;
let round = 0;
let doc = 0;
const parts = [];
let page = null;
let previous = null;
let dayId = 0;
let lastDay = null;
records.forEach((r, i) => {
	if (i % PER_FILE === 0) {
		if (page) parts.push(page.pagination(`messages${parts.length + 2}.html`, 'Next messages').finish());
		page = new Page().start(TITLE);
		if (parts.length > 0) page.pagination(parts.length === 1 ? 'messages.html' : `messages${parts.length}.html`, 'Previous messages');
		previous = null;
		lastDay = null;
	}
	const s = stamp(r.t);
	if (lastDay !== s.dayKey) page.day(--dayId, s.day);
	lastDay = s.dayKey;
	if (r.kind === 'service' || r.kind === 'call') {
		page.service(r.id, r.html);
		previous = null;
		return;
	}
	const forward = r.kind === 'forward' ? { from: r.text.startsWith('Port') ? 'Port of Hamburg' : 'DWD Wetter', title: `${stamp(r.t - 3600_000).title}`, shown: stamp(r.t - 3600_000).title.replace(' UTC+01:00', '') } : null;
	const joined =
		previous !== null && previous.from === r.from && previous.via === r.via && previous.day === s.dayKey && !previous.forward && !forward && r.t - previous.t <= 900_000;
	const m = { id: r.id, title: s.title, time: s.time, from: r.from, via: r.via, joined };
	if (forward) m.fwd = forward;
	if (r.html) m.text = r.html;
	else if (r.text) m.text = r.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\u000b/g, '&#x0B;');
	if (r.kind === 'reply') {
		const target = records[Math.max(1, i - 1 - Math.floor(rand() * 40))];
		const inPart = Math.floor(records.indexOf(target) / PER_FILE) === Math.floor(i / PER_FILE);
		const file = Math.floor(records.indexOf(target) / PER_FILE) === 0 ? 'messages.html' : `messages${Math.floor(records.indexOf(target) / PER_FILE) + 1}.html`;
		m.reply = inPart ? `#go_to_message${target.id}` : `${file}#go_to_message${target.id}`;
	}
	if (r.kind === 'reply_elsewhere') m.reply = 'elsewhere';
	const at = fileDate(r.t);
	if (r.kind === 'photo') {
		const name = `photos/photo_${++photo}@${at}.jpg`;
		write(name, JPEG);
		write(name.replace('.jpg', '_thumb.jpg'), JPEG);
		m.media = (p) => p.photo(name, name.replace('.jpg', '_thumb.jpg'));
	} else if (r.kind === 'photo_missing') m.media = (p) => p.generic({ classes: 'media_photo', title: 'Photo', description: 'Not included, change data exporting settings to download.', status: '1280x960, 233.1 KB' });
	else if (r.kind === 'voice') {
		const name = `voice_messages/audio_${++audio}@${at}.ogg`;
		write(name, Buffer.from('OggS\u0000\u0002', 'latin1'));
		m.media = (p) => p.generic({ classes: 'media_voice_message', href: name, title: 'Voice message', status: `00:${pad(3 + (r.id % 50))}` });
	} else if (r.kind === 'file') {
		const name = `files/Lieferschein ${4700 + ++doc} (Kopie).pdf`;
		write(name, Buffer.from('%PDF-1.4\n%%EOF\n'));
		m.media = (p) => p.generic({ classes: 'media_file', href: name, title: name.slice(6), status: '81.4 KB' });
	} else if (r.kind === 'sticker') {
		write('stickers/truck.webp', Buffer.from('RIFF\u0010\u0000\u0000\u0000WEBPVP8 ', 'latin1'));
		write('stickers/truck.webp_thumb.jpg', JPEG);
		m.media = (p) => p.sticker('stickers/truck.webp', 'stickers/truck.webp_thumb.jpg');
	} else if (r.kind === 'video' || r.kind === 'gif') {
		const name = `video_files/video_${++video}@${at}.mp4`;
		write(name, Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]));
		write(`${name}_thumb.jpg`, JPEG);
		m.media =
			r.kind === 'video'
				? (p) => p.video(name, `${name}_thumb.jpg`, '00:14')
				: (p) => p.div('media_wrap clearfix').push('a', { class: 'animated_wrap clearfix pull_left', href: name }).div('video_play_bg').div('gif_play').raw('GIF').pop().pop().push('img', { class: 'animated', src: `${name}_thumb.jpg`, style: 'width: 200px; height: 112px' }, { empty: true }).pop().pop();
	} else if (r.kind === 'round') {
		const name = `round_video_messages/file_${++round}@${at}.mp4`;
		write(name, Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]));
		m.media = (p) => p.generic({ classes: 'media_video', href: name, title: 'Video message', status: '00:09' });
	} else if (r.kind === 'location') m.media = (p) => p.generic({ classes: 'media_location', href: 'https://maps.google.com/maps?q=53.5396,9.9813&ll=53.5396,9.9813&z=16', title: 'Location', status: '53.5396, 9.9813' });
	else if (r.kind === 'contact') {
		write('contacts/contact_1.vcard', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dispatch Desk\r\nTEL:+4940000000\r\nEND:VCARD\r\n');
		m.media = (p) => p.generic({ classes: 'media_contact', href: 'contacts/contact_1.vcard', title: 'Dispatch Desk', status: '+49 40 000000 - vCard' });
	} else if (r.kind === 'poll') m.media = (p) => p.poll('Extra shift on Saturday?', [{ text: 'Yes', votes: 3 }, { text: 'No', votes: 1 }, { text: 'Only mornings' }], '4 votes');
	if (i % 97 === 5) m.reactions = [{ emoji: '👍', who: [pick(PEOPLE)] }, { emoji: '🔥', count: 4 }];
	page.message(m);
	previous = { from: r.from, via: r.via, day: s.dayKey, forward: !!forward, t: r.t };
});
parts.push(page.finish());
parts.forEach((html, i) => write(i === 0 ? 'messages.html' : `messages${i + 1}.html`, html));
write('css/style.css', '.page_wrap { background-color: #ffffff; }\n');
write('js/script.js', '"use strict";\nfunction CheckLocation() { return false; }\n');
console.log(`${records.length} records in ${parts.length} parts`);
