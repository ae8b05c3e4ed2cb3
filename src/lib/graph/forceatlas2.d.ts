// The iteration core of graphology-layout-forceatlas2, used on our own matrices (no graphology graph in the worker).
declare module 'graphology-layout-forceatlas2/iterate.js' {
	import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
	export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}
declare module 'graphology-layout-forceatlas2/defaults.js' {
	import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
	const defaults: Required<ForceAtlas2Settings>;
	export default defaults;
}
