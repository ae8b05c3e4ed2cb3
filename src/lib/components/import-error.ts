/**
 * A detection failure's words, split for the import summary: what happened, the formats tried (shown small, as a
 * list to look through rather than a wall of red), and how the file begins. Other errors come back whole as `lead`.
 */
export interface ImportErrorParts {
	lead: string;
	tried: string[] | null;
	begins: string | null;
}

const DETECTION = /^(.*?)\s*Tried: (.*?)\. The file begins: (.*)$/s;

export function importErrorParts(error: string): ImportErrorParts {
	const m = DETECTION.exec(error);
	if (!m) return { lead: error, tried: null, begins: null };
	return { lead: m[1], tried: m[2].split('; '), begins: m[3] };
}
