function decodeBase64Url(part: string): string | null {
	if (!/^[A-Za-z0-9_-]+$/.test(part)) return null;
	const b64 = part.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (part.length % 4)) % 4);
	try {
		const binary = atob(b64);
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

function decodeJsonObject(part: string): Record<string, unknown> | null {
	const text = decodeBase64Url(part);
	if (text === null) return null;
	try {
		const value: unknown = JSON.parse(text);
		return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

/** A JWT: three base64url parts (the signature may be empty); header and payload decode to JSON objects, the header names `alg`. */
export function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } | null {
	const parts = token.split('.');
	if (parts.length !== 3) return null;
	if (parts[2] !== '' && !/^[A-Za-z0-9_-]+$/.test(parts[2])) return null;
	const header = decodeJsonObject(parts[0]);
	const payload = decodeJsonObject(parts[1]);
	if (!header || !payload || typeof header.alg !== 'string') return null;
	return { header, payload };
}
