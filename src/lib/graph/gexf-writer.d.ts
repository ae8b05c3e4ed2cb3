// graphology-gexf's writer alone: its browser entry also builds a DOMParser-based parser at import time.
declare module 'graphology-gexf/common/writer.js' {
	import type { write } from 'graphology-gexf/browser';
	const writeGexf: typeof write;
	export default writeGexf;
}
