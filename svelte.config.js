import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// The prerendered index.html is the app shell; 200.html serves deep links when a host supports fallbacks.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true })
	}
};
