export function browserTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone the browser knows, with the browser's own and UTC always present. */
export function timeZoneChoices(): string[] {
	const zones = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
	zones.add('UTC');
	zones.add(browserTimeZone());
	return [...zones].sort();
}
