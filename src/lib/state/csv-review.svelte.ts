import type { CsvMapping, CsvPreview } from '$lib/ingest/csv-generic';

export interface CsvReview extends CsvPreview {
	fileName: string;
}

/** The column-mapping step: an import waits here until the user confirms the columns of a generic CSV or skips it. */
class CsvReviewStep {
	current = $state<CsvReview | null>(null);
	private resolve: ((mapping: CsvMapping | null) => void) | null = null;

	ask(review: CsvReview): Promise<CsvMapping | null> {
		this.answer(null);
		this.current = review;
		return new Promise((resolve) => (this.resolve = resolve));
	}

	/** The confirmed mapping, or null to skip the file. */
	answer(mapping: CsvMapping | null): void {
		const resolve = this.resolve;
		this.resolve = null;
		this.current = null;
		resolve?.(mapping);
	}
}

export const csvReview = new CsvReviewStep();
