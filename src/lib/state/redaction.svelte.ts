import { auditTrail } from '$lib/audit/trail.svelte';
import { getConnectors } from '$lib/db';
import { nameValues, readSetting, writeSetting } from '$lib/db/queries/settings';
import { Pseudonyms } from '$lib/redact/pseudonyms';
import { maskingRedactor, type Redactor } from '$lib/redact/redactor';
import { persistence } from './persistence.svelte';

const CHANNEL = 'parley-redaction';

/**
 * The one redaction switch. It is saved with the workspace (the `meta` table), so a reload, a deep link or a new
 * tab opens with it as it was left; tabs already open follow a change at once. Until the saved value is read,
 * everything is masked: a page never shows archive content in clear before it knows the switch is off.
 */
class Redaction implements Redactor {
	/** The switch as the user set it. */
	on = $state(false);
	/** The saved value has been read (or there is none). */
	loaded = $state(false);
	/** A change of the switch is being saved with the workspace. */
	saving = $state(false);
	private names = $state.raw(new Pseudonyms());
	private namesVersion = $state(0);
	private redactor = $derived(maskingRedactor(this.names));
	private channel: BroadcastChannel | null = null;

	/** Whether what is shown and exported right now is redacted. */
	get enabled(): boolean {
		return this.on || !this.loaded;
	}

	/** Changes whenever what `shown` returns may change (the switch, or the names masks are numbered for). */
	get key(): string {
		return `${this.enabled}:${this.namesVersion}`;
	}

	/** Archive content (text, a name, a title, a file name) as it may be shown or exported right now. */
	shown(text: string): string {
		return this.enabled ? this.redactor.shown(text) : text;
	}

	/** After the saved workspace is back: the saved switch, and the names masks are numbered for. */
	async restore(): Promise<void> {
		try {
			const { db } = await getConnectors();
			this.on = (await readSetting(db, 'redaction')) === 'on';
			await this.refreshNames();
		} finally {
			this.loaded = true;
			this.listen();
		}
	}

	/** Re-reads the names (after an import or a people merge) so every view numbers masks alike. */
	async refreshNames(): Promise<void> {
		const { db } = await getConnectors();
		this.names = new Pseudonyms(await nameValues(db));
		this.namesVersion++;
	}

	/** Switches redaction on or off and saves the choice with the workspace. */
	async set(on: boolean): Promise<void> {
		this.on = on;
		this.saving = true;
		try {
			const { db } = await getConnectors();
			await writeSetting(db, 'redaction', on ? 'on' : 'off');
			await auditTrail.record(on ? 'redaction.on' : 'redaction.off', 'redaction', { enabled: on }).catch(() => {});
			this.channel?.postMessage({ on });
			await persistence.save();
		} finally {
			this.saving = false;
		}
	}

	private listen(): void {
		if (this.channel || typeof BroadcastChannel === 'undefined') return;
		this.channel = new BroadcastChannel(CHANNEL);
		this.channel.onmessage = async (event: MessageEvent<{ on: boolean }>) => {
			if (typeof event.data?.on !== 'boolean') return;
			this.on = event.data.on;
			// The other tab saved it; this tab's copy of the workspace must say the same when it saves next.
			await writeSetting((await getConnectors()).db, 'redaction', this.on ? 'on' : 'off');
		};
	}
}

export const redaction = new Redaction();
