import type { PipelineProgress } from './run';
import type { ImportProgress } from './workspace-import';

/** The step an input's import is at: reading or parsing; loading once rows arrive; then the side catching up, by count. */
export function importProgress(base: Pick<ImportProgress, 'fileName' | 'fileIndex' | 'fileCount'>, p: PipelineProgress): ImportProgress {
	if (p.phase === 'scanning' || p.phase === 'indexing')
		return { ...base, step: p.phase, bytes: p.phase === 'scanning' ? p.scanned : p.indexed, total: p.loaded, messages: p.parsed, stages: p };
	const step = p.phase === 'finishing' ? 'finishing' : p.loaded > 0 ? 'loading' : p.phase;
	return { ...base, step, bytes: p.bytes, total: p.total, messages: p.parsed, stages: p };
}
