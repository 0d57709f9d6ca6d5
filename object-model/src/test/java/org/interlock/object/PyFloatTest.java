package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** float semantics against CPython 3.11 (expected values printed by python3). */
class PyFloatTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();

    @Test
    void hashesMatchCPython() {
        // python3: [(float.hex(f), hash(f)) for f in floats]
        Object[][] expected = {
            {"0x0.0p+0", 0L}, {"-0x0.0p+0", 0L}, {"0x1.0p+0", 1L}, {"-0x1.0p+0", -2L},
            {"0x1.0p-1", 1152921504606846976L}, {"-0x1.8p+0", -1152921504606846977L},
            {"0x1.921f9f01b866ep+1", 326484311674566659L}, {"0x1.1c37937e08000p+53", 10000000000000000L},
            {"0x1.249ad2594c37dp+332", 1822893315824342674L}, {"0x1.56e1fc2f8f359p-997", 482449582752280463L},
            {"0x0.0000000000001p-1022", 16777216L}, {"0x1.0p+61", 1L}, {"0x1.0p+62", 2L},
            {"0x1.d6f3454800000p+26", 288230376275168533L}, {"-0x1.12e0be826d695p-32", -699647011998930896L},
            {"0x1.fffffffffffffp+1023", 2234066890152476671L}, {"0x1.999999999999ap-4", 230584300921369408L},
        };
        for (Object[] e : expected) {
            double d = Double.parseDouble((String) e[0]);
            assertEquals((long) (Long) e[1], PyFloat.of(d, ts).pyHash(ts), "hash(" + e[0] + ")");
        }
        assertEquals(314159, PyFloat.of(Double.POSITIVE_INFINITY, ts).pyHash(ts));
        assertEquals(-314159, PyFloat.of(Double.NEGATIVE_INFINITY, ts).pyHash(ts));
    }

    @Test
    void equalFloatsAndIntsHashAlike() {
        for (long v : new long[] {0, 1, -1, 7, 1L << 40, -(1L << 52), 123456789}) {
            assertEquals(PyInt.of(v, ts).pyHash(ts), PyFloat.of(v, ts).pyHash(ts), "hash(" + v + ".0)");
        }
        PyFloat nan = PyFloat.of(Double.NaN, ts);
        assertFalse(nan.pyEquals(nan, ts)); // identity is the container's job, not pyEquals'
    }

    @Test
    void reprMatchesCPython() {
        // python3: repr(v) for each hex value
        String[][] expected = {
            {"0x0.0p+0", "0.0"}, {"-0x0.0p+0", "-0.0"}, {"0x1.0p+0", "1.0"}, {"0x1.999999999999ap-4", "0.1"},
            {"0x1.5555555555555p-2", "0.3333333333333333"}, {"0x1.5555555555555p-1", "0.6666666666666666"},
            {"0x1.1c37937e08000p+53", "1e+16"}, {"0x1.c6bf526340000p+49", "1000000000000000.0"},
            {"0x1.b69b4ba630f35p+56", "1.2345678901234568e+17"}, {"0x1.a36e2eb1c432dp-14", "0.0001"},
            {"0x1.4f8b588e368f1p-17", "1e-05"}, {"0x1.02e4b6ce5dc68p-13", "0.00012345"},
            {"0x1.421f5f40d8376p-23", "1.5e-07"}, {"0x1.0f0cf064dd592p+73", "1e+22"},
            {"0x1.fffffffffffffp+1023", "1.7976931348623157e+308"}, {"0x0.0000000000001p-1022", "5e-324"},
            {"-0x1.4p+1", "-2.5"}, {"0x1.9p+6", "100.0"}, {"0x1.81cd6c8b43958p+13", "12345.678"},
            {"0x1.0p+53", "9007199254740992.0"}, {"0x1.249ad2594c37dp+332", "1e+100"},
            {"0x1.3333333333333p-2", "0.3"}, {"0x1.0p+70", "1.1805916207174113e+21"},
        };
        for (String[] e : expected) {
            assertEquals(e[1], PyFloat.repr(Double.parseDouble(e[0])), e[0]);
        }
        assertEquals("nan", PyFloat.repr(Double.NaN));
        assertEquals("-inf", PyFloat.repr(Double.NEGATIVE_INFINITY));
    }

    @Test
    void floorDivisionAndModulo() {
        // python3: a // b, a % b
        double[][] cases = {
            {7.5, 2, 3.0, 1.5}, {-7.5, 2, -4.0, 0.5}, {7.5, -2, -4.0, -0.5}, {-7.5, -2, 3.0, -1.5},
            {5.0, Double.POSITIVE_INFINITY, 0.0, 5.0}, {-5.0, Double.POSITIVE_INFINITY, -1.0, Double.POSITIVE_INFINITY},
        };
        for (double[] c : cases) {
            assertEquals(c[2], PyFloat.floordiv(c[0], c[1]), c[0] + "//" + c[1]);
            assertEquals(c[3], PyFloat.mod(c[0], c[1]), c[0] + "%" + c[1]);
        }
        assertEquals("-0.0", PyFloat.repr(PyFloat.floordiv(-0.0, 5.0)));
        assertEquals("-0.0", PyFloat.repr(PyFloat.mod(0.0, -5.0)));
        assertEquals("0.0", PyFloat.repr(PyFloat.mod(-0.0, 5.0)));
        assertEquals("float floor division by zero", assertThrows(OperationError.class, () -> PyFloat.floordiv(1, 0)).getMessage());
        assertEquals("float modulo", assertThrows(OperationError.class, () -> PyFloat.mod(1, 0)).getMessage());
        assertEquals("float divmod()", assertThrows(OperationError.class, () -> PyFloat.divmod(1, 0)).getMessage());
    }
}
