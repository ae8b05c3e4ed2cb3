import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './csp.config.js';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// The prerendered index.html is the app shell; 200.html serves deep links when a host supports fallbacks.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		// Hash mode: SvelteKit hashes the one inline bootstrap script it writes into each page, so script-src needs
		// neither 'unsafe-inline' nor blob:. Prerendered pages carry the policy as a <meta> tag.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};
