/**
 * A deterministic Telegram Desktop full-account `result.json`, written piece by piece (a file of any size is
 * never one string): chats of plain, multi-line, formatted, reply, photo and service messages, non-Latin names,
 * and every `riskyEvery`-th message carrying an e-mail address (a PII risk hit).
 */
import { seeded } from './chunks';

const AUTHORS: [string, string][] = [
	['Alice Chen', 'user300000001'],
	['Bob Meyer', 'user700000001'],
	['Zoë Ångström', 'user700000002'],
	['王小明', 'user700000003']
];
const WORDS = 'invoice container port delay confirm pallet warehouse truck driver schedule pickup dock manifest carrier freight rate quote'.split(' ');

export interface TelegramExportOptions {
	chats: number;
	perChat: number;
	seed: number;
	riskyEvery?: number;
	/** Words per message (about 6 by default). */
	words?: number;
}

export interface TelegramExportCounts {
	/** Records a parser maps (every message object, service messages included). */
	messages: number;
	/** Messages holding the e-mail address. */
	risky: number;
}

/** The export's text in pieces of about one message each; `counts` is complete once the pieces are. */
export function telegramExportPieces(o: TelegramExportOptions, counts: TelegramExportCounts = { messages: 0, risky: 0 }): Iterable<string> {
	const rand = seeded(o.seed);
	const riskyEvery = o.riskyEvery ?? 97;
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
	const words = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
	return {
		*[Symbol.iterator]() {
			yield '{\n "about": "Here is the data you requested.",\n "personal_information": {"user_id": 300000001, "first_name": "Alice", "about": ""},\n "chats": {\n  "about": "This page lists all chats.",\n  "list": [\n';
			let unix = 1704067200;
			for (let c = 0; c < o.chats; c++) {
				const type = c % 2 === 0 ? 'personal_chat' : 'private_supergroup';
				yield `${c > 0 ? ',\n' : ''}   {\n    "name": ${JSON.stringify(`Chat ${c + 1} — ${pick(AUTHORS)[0]}`)},\n    "type": "${type}",\n    "id": ${4000 + c},\n    "messages": [\n`;
				for (let i = 0; i < o.perChat; i++) {
					unix += 1 + Math.floor(rand() * 90);
					const id = 1 + i;
					const [from, fromId] = pick(AUTHORS);
					const date = new Date(unix * 1000).toISOString().slice(0, 19);
					const head = `"id": ${id}, "type": "message", "date": "${date}", "date_unixtime": "${unix}", "from": ${JSON.stringify(from)}, "from_id": "${fromId}"`;
					const r = rand();
					let body: string;
					counts.messages++;
					if (i > 0 && i % riskyEvery === 0) {
						counts.risky++;
						body = `"text": "send it to dana.weiss${c}x${i}@harborlogistics.de today", "text_entities": []`;
					} else if (r < 0.02) {
						body = `"text": "", "photo": "photos/photo_${id}@01-01-2024_10-00-00.jpg", "width": 800, "height": 600, "text_entities": []`;
					} else if (r < 0.04 && i > 0) {
						body = `"reply_to_message_id": ${Math.max(1, id - 1 - Math.floor(rand() * 5))}, "text": ${JSON.stringify(words(4))}, "text_entities": []`;
					} else if (r < 0.06) {
						body = `"text": ["see ", {"type": "bold", "text": ${JSON.stringify(pick(WORDS))}}, " — done"], "text_entities": []`;
					} else if (r < 0.08) {
						body = `"text": ${JSON.stringify(`${words(3)}\nline two: ${words(3)} 👍`)}, "text_entities": []`;
					} else if (r < 0.085) {
						yield `${i > 0 ? ',\n' : ''}     {"id": ${id}, "type": "service", "date": "${date}", "date_unixtime": "${unix}", "actor": ${JSON.stringify(from)}, "actor_id": "${fromId}", "action": "pin_message", "message_id": 1, "text": "", "text_entities": []}`;
						continue;
					} else body = `"text": ${JSON.stringify(words(o.words ?? 6))}, "text_entities": []`;
					yield `${i > 0 ? ',\n' : ''}     {${head}, ${body}}`;
				}
				yield '\n    ]\n   }';
			}
			yield '\n  ]\n }\n}\n';
		}
	};
}

export function generateTelegramExport(o: TelegramExportOptions): { text: string } & TelegramExportCounts {
	const counts: TelegramExportCounts = { messages: 0, risky: 0 };
	const text = [...telegramExportPieces(o, counts)].join('');
	return { text, ...counts };
}
