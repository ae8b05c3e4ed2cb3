import {
	Virtualizer,
	defaultRangeExtractor,
	elementScroll,
	measureElement,
	observeElementOffset,
	observeElementRect,
	type VirtualItem
} from '@tanstack/virtual-core';

/** A vertical virtualised list over a scrolling element, with the visible items and total height as state. */
export class VirtualList<Item extends Element> {
	items = $state.raw<VirtualItem[]>([]);
	totalSize = $state(0);
	readonly virtualizer: Virtualizer<HTMLElement, Item>;

	/**
	 * `measure`: rows have their own heights, read from the DOM (use the `measure` action on each row).
	 * `keep`: an index that stays rendered while scrolled out of view (the focused row: unmounting it would drop focus to the page).
	 */
	constructor(getScroller: () => HTMLElement | undefined, opts: { estimateSize: number; overscan: number; measure: boolean; keep?: () => number | null }) {
		this.virtualizer = new Virtualizer<HTMLElement, Item>({
			count: 0,
			getScrollElement: () => getScroller() ?? null,
			estimateSize: () => opts.estimateSize,
			overscan: opts.overscan,
			observeElementRect,
			observeElementOffset,
			scrollToFn: elementScroll,
			rangeExtractor: (range) => {
				const indexes = defaultRangeExtractor(range);
				const kept = opts.keep?.() ?? null;
				if (kept === null || kept >= range.count || indexes.includes(kept)) return indexes;
				return [...indexes, kept].sort((a, b) => a - b);
			},
			...(opts.measure ? { measureElement } : {}),
			onChange: (v) => this.sync(v)
		});
	}

	/** `toTop`: a new list (not a longer one) starts at its first item. */
	setCount(count: number, toTop = false): void {
		this.virtualizer.setOptions({ ...this.virtualizer.options, count });
		this.virtualizer._willUpdate();
		if (toTop) this.virtualizer.scrollToOffset(0);
		this.sync(this.virtualizer);
	}

	/** Call once the scroller is in the DOM; returns the cleanup. */
	mount(): () => void {
		const cleanup = this.virtualizer._didMount();
		this.virtualizer._willUpdate();
		return cleanup;
	}

	measure = (node: Item): void => {
		this.virtualizer.measureElement(node);
	};

	private sync(v: Virtualizer<HTMLElement, Item>): void {
		this.items = v.getVirtualItems();
		this.totalSize = v.getTotalSize();
	}
}
