import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './csp.config.js';

/** Sends SECURITY_HEADERS with every response of `vite dev` and `vite preview`, ahead of SvelteKit's own handlers. */
function securityHeaders(): Plugin {
	// Returns nothing: a returned function would be run as a hook after Vite's own middlewares.
	const add = (server: ViteDevServer | PreviewServer): void => {
		server.middlewares.use((_req, res, next) => {
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
			next();
		});
	};
	return { name: 'parley-security-headers', configureServer: add, configurePreviewServer: add };
}

export default defineConfig({
	plugins: [securityHeaders(), sveltekit()],
	server: { host: '127.0.0.1', fs: { allow: ['data-samples'] } },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	// Samples stay files of this origin: a sample inlined as a data: URL would need connect-src data: to be fetched.
	build: { assetsInlineLimit: (file) => (file.includes('/data-samples/') ? false : undefined) },
	worker: { format: 'es' },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{
				extends: true,
				test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], environment: 'node', testTimeout: 60_000 }
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.e2e.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
