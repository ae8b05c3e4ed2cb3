/** Threads an import keeps busy besides risk scanning: the page, the parse worker and the search worker. */
const OTHER_THREADS = 3;
/** More scanners than this gain little: the database load and the search index become the slower sides. */
const MAX_SCANNERS = 4;

/** How many risk workers scan at once on a machine with this many logical cores (at least one). */
export function riskWorkerCount(cores: number | undefined): number {
	if (cores === undefined || !Number.isFinite(cores) || cores < 1) return 1;
	return Math.max(1, Math.min(MAX_SCANNERS, Math.floor(cores) - OTHER_THREADS));
}
