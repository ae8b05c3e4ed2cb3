import { describe, expect, it } from 'vitest';
import { savedLabel } from '../../../src/lib/components/storage-label';

describe("the header's saved-workspace line", () => {
	it.each([
		['saved with messages', { messages: 91, restored: false }, 'Saved on this machine · 91 messages'],
		['restored with one message', { messages: 1, restored: true }, 'Restored on this machine · 1 message'],
		['saved after a failed import (no message)', { messages: 0, restored: false }, 'Audit log saved on this machine · no archive imported'],
		['restored with no message', { messages: 0, restored: true }, 'Audit log restored on this machine · no archive imported'],
		['a large count, grouped', { messages: 1_000_000, restored: true }, 'Restored on this machine · 1,000,000 messages']
	])('%s', (_, status, label) => expect(savedLabel(status)).toBe(label));
});
