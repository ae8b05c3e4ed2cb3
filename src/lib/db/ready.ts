/**
 * Whether the saved workspace has been restored into the database. Until it has, the database holds part of it (or
 * nothing), and a count would be wrong, not late: every query of the app and of the user waits for this, in the db
 * layer, so no page can forget to. Restoring itself, and the engine's start, do not wait.
 */

let open: () => void = () => {};
const ready = new Promise<void>((resolve) => (open = resolve));
let restored = false;

/** Resolves once the restore has finished, whether it loaded a workspace, found none or failed (and rolled back). */
export function whenWorkspaceReady(): Promise<void> {
	return ready;
}

export function isWorkspaceReady(): boolean {
	return restored;
}

export function markWorkspaceReady(): void {
	restored = true;
	open();
}
