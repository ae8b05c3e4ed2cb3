// The page's Content Security Policy, in one place: SvelteKit writes it into every page (svelte.config.js, with the
// hash of its bootstrap script), and the preview and dev servers send the directives a <meta> tag cannot carry
// (vite.config.ts). No directive allows an inline or blob: script, eval, a plugin, a form post or a foreign host.

/** @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	// 'wasm-unsafe-eval' compiles DuckDB's WebAssembly; it allows no JavaScript eval.
	'script-src': ['self', 'wasm-unsafe-eval'],
	// The parse, search, risk and layout workers and DuckDB's worker are files of this origin.
	'worker-src': ['self'],
	// Svelte, Plot and CodeMirror set style attributes and <style> elements at run time.
	'style-src': ['self', 'unsafe-inline'],
	// blob: for attachments sniffed as raster images; data: for charts drawn to PNG.
	'img-src': ['self', 'blob:', 'data:'],
	'media-src': ['self', 'blob:'],
	'connect-src': ['self'],
	'font-src': ['self'],
	'frame-src': ['none'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['none'],
	// Dropped from the <meta> tag (browsers ignore it there); the dev server sends it as a header.
	'frame-ancestors': ['none']
};

/** Sent as HTTP headers by `vite preview` and `vite dev`: a <meta> policy cannot set frame-ancestors. */
export const SECURITY_HEADERS = {
	'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'none'",
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer'
};
