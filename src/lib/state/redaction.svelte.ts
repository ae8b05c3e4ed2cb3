import { redactText } from '$lib/risk/redact';

/** The one redaction switch: when on, every view and every export shows PII and secrets masked. */
class Redaction {
	enabled = $state(false);

	/** Archive text as it may be shown or exported right now. */
	shown(text: string): string {
		return this.enabled ? redactText(text) : text;
	}
}

export const redaction = new Redaction();
