import harborLogisticsUrl from '../../data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.zip?url';

/** The bundled sample archive behind "Open sample archive"; served from the app itself, never fetched from elsewhere. */
export const SAMPLE_ARCHIVE = { name: 'WhatsApp Chat with Harbor Logistics.zip', url: harborLogisticsUrl };

export async function loadSampleFile(): Promise<File> {
	const response = await fetch(SAMPLE_ARCHIVE.url);
	if (!response.ok) throw new Error(`the bundled sample could not be loaded (HTTP ${response.status})`);
	return new File([await response.blob()], SAMPLE_ARCHIVE.name, { type: 'application/zip' });
}
