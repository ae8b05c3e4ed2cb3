import { countOf } from '$lib/format';

/**
 * The header's line for a saved workspace. With no message saved (nothing imported yet, or every import failed) what
 * is on disk is the audit log of what was tried; "0 messages" would read as an import that went through empty.
 */
export function savedLabel(status: { messages: number; restored: boolean }): string {
	const verb = status.restored ? 'restored' : 'saved';
	if (status.messages === 0) return `Audit log ${verb} on this machine · no archive imported`;
	return `${status.restored ? 'Restored' : 'Saved'} on this machine · ${countOf(status.messages, 'message')}`;
}
