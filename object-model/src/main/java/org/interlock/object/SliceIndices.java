package org.interlock.object;

/**
 * A slice resolved against a sequence length, as CPython's {@code PySlice_Unpack} followed by
 * {@code PySlice_AdjustIndices}: the indices a {@code seq[start:stop:step]} visits are
 * {@code start, start + step, ...}, {@code length} of them.
 *
 * @param start  first index visited (meaningful when {@code length > 0})
 * @param stop   the adjusted stop
 * @param step   the step, never zero
 * @param length how many indices the slice visits
 */
public record SliceIndices(int start, int stop, int step, int length) {

    /**
     * Resolves {@code [start:stop:step]} against a sequence of {@code seqLength} items; a null
     * bound or step means it was omitted ({@code None}). Bounds beyond the int range are
     * clamped, as CPython clamps to {@code Py_ssize_t}. A zero step is a ValueError.
     */
    public static SliceIndices adjust(int seqLength, Long start, Long stop, Long step) {
        long st = step == null ? 1 : step;
        if (st == 0) throw new OperationError(OperationError.Kind.VALUE, "slice step cannot be zero");
        if (st < -Integer.MAX_VALUE) st = -Integer.MAX_VALUE; // so that -step cannot overflow
        if (st > Integer.MAX_VALUE) st = Integer.MAX_VALUE;
        long s = start == null ? (st < 0 ? Long.MAX_VALUE : 0) : start;
        long e = stop == null ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : stop;
        long n = seqLength;
        if (s < 0) {
            s += n;
            if (s < 0) s = st < 0 ? -1 : 0;
        } else if (s >= n) {
            s = st < 0 ? n - 1 : n;
        }
        if (e < 0) {
            e += n;
            if (e < 0) e = st < 0 ? -1 : 0;
        } else if (e >= n) {
            e = st < 0 ? n - 1 : n;
        }
        long len = 0;
        if (st < 0) {
            if (e < s) len = (s - e - 1) / (-st) + 1;
        } else if (s < e) {
            len = (e - s - 1) / st + 1;
        }
        return new SliceIndices((int) s, (int) e, (int) st, (int) len);
    }

    /** The i-th index the slice visits. */
    public int index(int i) {
        return start + i * step;
    }
}
