/**
 * Reusable work arrays for one query at a time. Large typed arrays allocated per query count as external memory
 * and make V8 run full garbage collections over the whole index; reusing them keeps query latency flat.
 * A view handed out is valid until the next `take` of the same slot.
 */
type Typed = Float64Array | Float32Array | Int32Array | Uint32Array | Uint8Array;
type Ctor<T extends Typed> = { new (n: number): T; BYTES_PER_ELEMENT: number };

export class Scratch {
	private slots = new Map<string, Typed>();

	/** A view of `length` elements; zeroed when `zero` is set, else with stale contents. */
	take<T extends Typed>(slot: string, Type: Ctor<T>, length: number, zero = false): T {
		let buf = this.slots.get(slot) as T | undefined;
		if (!buf || buf.length < length || !(buf instanceof Type)) {
			buf = new Type(Math.max(length, Math.ceil((buf?.length ?? 0) * 1.5), 1024));
			this.slots.set(slot, buf);
		}
		const view = buf.subarray(0, length) as T;
		if (zero) view.fill(0);
		return view;
	}
}

/** Scratch shared by every index in this thread (queries run one at a time). */
export const scratch = new Scratch();
