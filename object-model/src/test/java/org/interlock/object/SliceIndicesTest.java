package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SliceIndicesTest {
    @Test
    void matchesCPythonsSliceIndices() {
        // python3: slice(start, stop, step).indices(10) and len(range(10)[slice])
        assertEquals(new SliceIndices(0, 10, 1, 10), SliceIndices.adjust(10, null, null, null));
        assertEquals(new SliceIndices(9, -1, -1, 10), SliceIndices.adjust(10, null, null, -1L));
        assertEquals(new SliceIndices(7, 10, 1, 3), SliceIndices.adjust(10, -3L, null, null));
        assertEquals(new SliceIndices(0, 10, 1, 10), SliceIndices.adjust(10, -100L, 100L, null));
        assertEquals(new SliceIndices(8, 2, -3, 2), SliceIndices.adjust(10, 8L, 2L, -3L));
        assertEquals(new SliceIndices(5, 2, 1, 0), SliceIndices.adjust(10, 5L, 2L, null));
        assertEquals(new SliceIndices(9, -1, -2, 5), SliceIndices.adjust(10, Long.MAX_VALUE, Long.MIN_VALUE, -2L));
        assertEquals(new SliceIndices(0, 0, 1, 0), SliceIndices.adjust(0, null, null, null));
        assertEquals("slice step cannot be zero",
                assertThrows(OperationError.class, () -> SliceIndices.adjust(3, null, null, 0L)).getMessage());
    }
}
