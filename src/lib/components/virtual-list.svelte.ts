import {
	Virtualizer,
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

	/** `measure`: rows have their own heights, read from the DOM (use the `measure` action on each row). */
	constructor(getScroller: () => HTMLElement | undefined, opts: { estimateSize: number; overscan: number; measure: boolean }) {
		this.virtualizer = new Virtualizer<HTMLElement, Item>({
			count: 0,
			getScrollElement: () => getScroller() ?? null,
			estimateSize: () => opts.estimateSize,
			overscan: opts.overscan,
			observeElementRect,
			observeElementOffset,
			scrollToFn: elementScroll,
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
