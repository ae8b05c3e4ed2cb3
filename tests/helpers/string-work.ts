/**
 * Counts the string work a synchronous function does, so a test can show linear cost with a count instead of a clock:
 * characters scanned by `indexOf` and `RegExp.exec`, characters read by `charCodeAt` and characters copied by `slice`,
 * `substring` and `Array.join`. A splitter or tokenizer that rescans or recopies held text on each piece makes this
 * count grow with the square of the input; a linear one keeps it a small multiple of the input's length.
 */
export function countStringWork<T>(run: () => T): { result: T; work: number } {
	const stop = startCounting();
	try {
		const result = run();
		return { result, work: stop() };
	} finally {
		stop();
	}
}

/** The same for an async function; anything else running meanwhile is counted too, so keep the test alone on it. */
export async function countStringWorkAsync<T>(run: () => Promise<T>): Promise<{ result: T; work: number }> {
	const stop = startCounting();
	try {
		const result = await run();
		return { result, work: stop() };
	} finally {
		stop();
	}
}

/** Patches the counted built-ins; the returned function restores them (once) and gives the count. */
function startCounting(): () => number {
	const S = String.prototype;
	const { indexOf, slice, substring, charCodeAt } = S;
	const exec = RegExp.prototype.exec;
	const join = Array.prototype.join;
	let work = 0;
	S.indexOf = function (this: string, needle: string, from?: number) {
		const start = Math.max(0, Math.min(from ?? 0, this.length));
		const i = indexOf.call(this, needle, from);
		work += (i < 0 ? this.length : i + String(needle).length) - start;
		return i;
	};
	S.slice = function (this: string, a?: number, b?: number) {
		const s = slice.call(this, a, b);
		work += s.length;
		return s;
	};
	S.substring = function (this: string, a: number, b?: number) {
		const s = substring.call(this, a, b);
		work += s.length;
		return s;
	};
	S.charCodeAt = function (this: string, i: number) {
		work++;
		return charCodeAt.call(this, i);
	};
	RegExp.prototype.exec = function (this: RegExp, text: string) {
		const start = this.global || this.sticky ? this.lastIndex : 0;
		// A sticky or start-anchored pattern is tried at one position only: it reads about what it matches.
		const onePosition = this.sticky || (this.source.startsWith('^') && !this.multiline);
		const m = exec.call(this, text);
		if (onePosition) work += m === null ? 1 : Math.max(1, m[0].length);
		else work += (m === null ? String(text).length : m.index + m[0].length) - start;
		return m;
	};
	Array.prototype.join = function (this: unknown[], sep?: string) {
		const s = join.call(this, sep);
		work += s.length;
		return s;
	};
	return () => {
		Object.assign(S, { indexOf, slice, substring, charCodeAt });
		RegExp.prototype.exec = exec;
		Array.prototype.join = join;
		return work;
	};
}
