package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** int semantics against CPython 3.11 (expected values printed by python3). */
class PyIntTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();

    private PyInt i(long v) {
        return PyInt.of(v, ts);
    }

    private PyInt i(String v) {
        return PyInt.of(new BigInteger(v), ts);
    }

    @Test
    void smallIntsAreCachedImmortals() {
        assertSame(PyInt.of(-5, ts), PyInt.of(-5, ts));
        assertSame(PyInt.of(256, ts), PyInt.small(256));
        assertTrue(PyInt.of(7, ts).isImmortal());
        assertNotSame(PyInt.of(257, ts), PyInt.of(257, ts));
        assertFalse(PyInt.of(257, ts).isImmortal());
        assertFalse(PyInt.of(-6, ts).isImmortal());
        assertEquals(1, env.rc(PyInt.of(1000, ts)));
    }

    @Test
    void overflowGoesToBigIntegerAndBack() {
        PyInt max = i(Long.MAX_VALUE);
        PyInt over = PyInt.add(max, i(1), ts);
        assertFalse(over.isSmall());
        assertEquals(new BigInteger("9223372036854775808"), over.bigValue());
        PyInt back = PyInt.sub(over, i(1), ts);
        assertTrue(back.isSmall());
        assertEquals(Long.MAX_VALUE, back.longValue());
        PyInt small = PyInt.sub(over, over, ts);
        assertSame(PyInt.small(0), small);

        assertEquals("-9223372036854775809", PyInt.sub(i(Long.MIN_VALUE), i(1), ts).toString());
        assertEquals("85070591730234615847396907784232501249",
                PyInt.mul(max, max, ts).toString());
        assertEquals("9223372036854775808", PyInt.neg(i(Long.MIN_VALUE), ts).toString());
        assertEquals("9223372036854775808", PyInt.abs(i(Long.MIN_VALUE), ts).toString());
        assertEquals(-6, PyInt.mul(i(-2), i(3), ts).longValue());
        assertTrue(PyInt.mul(i(1L << 31), i(1L << 31), ts).isSmall());
        assertFalse(PyInt.mul(i(1L << 32), i(1L << 31), ts).isSmall());
        assertTrue(PyInt.of(new BigInteger("-9223372036854775808"), ts).isSmall());
    }

    @Test
    void floorDivisionAndModuloFollowTheDivisorsSign() {
        // python3: a // b and a % b
        long[][] cases = {{7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {0, -3, 0, 0}};
        for (long[] c : cases) {
            assertEquals(c[2], PyInt.floordiv(i(c[0]), i(c[1]), ts).longValue(), c[0] + "//" + c[1]);
            assertEquals(c[3], PyInt.mod(i(c[0]), i(c[1]), ts).longValue(), c[0] + "%" + c[1]);
        }
        assertEquals("9223372036854775808", PyInt.floordiv(i(Long.MIN_VALUE), i(-1), ts).toString());
        assertEquals(0, PyInt.mod(i(Long.MIN_VALUE), i(-1), ts).longValue());
        assertEquals("-393530540239137101143", PyInt.floordiv(i("1180591620717411303429"), i(-3), ts).toString());
        assertEquals("-393530540239137101143", PyInt.floordiv(i("-1180591620717411303429"), i(3), ts).toString());
        assertEquals(0, PyInt.mod(i("-1180591620717411303429"), i(3), ts).longValue());
        assertEquals(2, PyInt.mod(i("-1180591620717411303430"), i(3), ts).longValue());
        PyInt[] qr = PyInt.divmod(i(-7), i(2), ts);
        assertEquals(-4, qr[0].longValue());
        assertEquals(1, qr[1].longValue());
        OperationError e = assertThrows(OperationError.class, () -> PyInt.floordiv(i(1), i(0), ts));
        assertEquals(OperationError.Kind.ZERO_DIVISION, e.kind);
        assertEquals("integer division or modulo by zero", e.getMessage());
        assertEquals("integer modulo by zero", assertThrows(OperationError.class, () -> PyInt.mod(i(1), i(0), ts)).getMessage());
    }

    @Test
    void trueDivision() {
        // python3: 10**20/3, 2**60/3, (2**53+1)/1, -7/2
        assertEquals(3.333333333333333e+19, PyInt.truediv(i("100000000000000000000"), i(3)));
        assertEquals(3.843071682022823e+17, PyInt.truediv(i(1L << 60), i(3)));
        assertEquals(9007199254740992.0, PyInt.truediv(i((1L << 53) + 1), i(1)));
        assertEquals(-3.5, PyInt.truediv(i(-7), i(2)));
        assertEquals("division by zero", assertThrows(OperationError.class, () -> PyInt.truediv(i(1), i(0))).getMessage());
        OperationError e = assertThrows(OperationError.class,
                () -> PyInt.truediv(PyInt.of(BigInteger.TEN.pow(400), ts), i(1)));
        assertEquals(OperationError.Kind.OVERFLOW, e.kind);
        assertEquals("integer division result too large for a float", e.getMessage());
    }

    @Test
    void power() {
        assertEquals(1024, ((PyInt) PyInt.pow(i(2), i(10), ts)).longValue());
        assertEquals("1267650600228229401496703205376", PyInt.pow(i(2), i(100), ts).toString());
        assertEquals(Long.MIN_VALUE, ((PyInt) PyInt.pow(i(-2), i(63), ts)).longValue());
        assertEquals("9223372036854775808", PyInt.pow(i(2), i(63), ts).toString());
        assertEquals(-1, ((PyInt) PyInt.pow(i(-1), i("1000000000000000000001"), ts)).longValue());
        assertEquals(1, ((PyInt) PyInt.pow(i(0), i(0), ts)).longValue());
        assertEquals(0.5, ((PyFloat) PyInt.pow(i(2), i(-1), ts)).value());
        assertEquals("0.0 cannot be raised to a negative power",
                assertThrows(OperationError.class, () -> PyInt.pow(i(0), i(-1), ts)).getMessage());
        assertEquals(4, PyInt.powMod(i(2), i(-1), i(7), ts).longValue());
        assertEquals(1, PyInt.powMod(i(2), i(3), i(7), ts).longValue());
        assertEquals(-6, PyInt.powMod(i(2), i(3), i(-7), ts).longValue()); // python3: pow(2, 3, -7)
        assertEquals("base is not invertible for the given modulus",
                assertThrows(OperationError.class, () -> PyInt.powMod(i(2), i(-1), i(4), ts)).getMessage());
        assertEquals("pow() 3rd argument cannot be 0",
                assertThrows(OperationError.class, () -> PyInt.powMod(i(2), i(3), i(0), ts)).getMessage());
    }

    @Test
    void shiftsAndBitwise() {
        assertEquals(1L << 62, PyInt.lshift(i(1), i(62), ts).longValue());
        assertEquals("9223372036854775808", PyInt.lshift(i(1), i(63), ts).toString());
        assertEquals("-18446744073709551616", PyInt.lshift(i(-1), i(64), ts).toString());
        assertEquals(-1, PyInt.rshift(i(-5), i(100), ts).longValue());
        assertEquals(-3, PyInt.rshift(i(-5), i(1), ts).longValue());
        assertEquals(1, PyInt.rshift(i("18446744073709551616"), i(64), ts).longValue());
        assertEquals(OperationError.Kind.VALUE, assertThrows(OperationError.class, () -> PyInt.lshift(i(1), i(-1), ts)).kind);
        assertEquals("negative shift count", assertThrows(OperationError.class, () -> PyInt.rshift(i(1), i(-1), ts)).getMessage());
        // python3: -12 & 10 == 0, -12 | 10 == -2, -12 ^ 10 == -2, ~5 == -6
        assertEquals(0, PyInt.and(i(-12), i(10), ts).longValue());
        assertEquals(-2, PyInt.or(i(-12), i(10), ts).longValue());
        assertEquals(-2, PyInt.xor(i(-12), i(10), ts).longValue());
        assertEquals(-6, PyInt.invert(i(5), ts).longValue());
        // python3: (-(2**70)) & (2**70 + 5) == 1180591620717411303424
        assertEquals("1180591620717411303424", PyInt.and(i("-1180591620717411303424"), i("1180591620717411303429"), ts).toString());
        assertEquals(64, i(Long.MIN_VALUE).bitLength());
        assertEquals(0, i(0).bitLength());
        assertEquals(71, i("-1180591620717411303424").bitLength());
    }

    @Test
    void hashesMatchCPython() {
        // python3: [(str(i), hash(i)) for i in ints]
        String[][] expected = {
            {"0", "0"}, {"1", "1"}, {"-1", "-2"}, {"-2", "-2"}, {"2", "2"}, {"100", "100"}, {"-100", "-100"},
            {"2147483648", "2147483648"}, {"2305843009213693950", "2305843009213693950"},
            {"2305843009213693951", "0"}, {"2305843009213693952", "1"}, {"4611686018427387904", "2"},
            {"9223372036854775807", "3"}, {"-9223372036854775808", "-4"}, {"9223372036854775808", "4"},
            {"18446744073709551616", "8"}, {"-18446744073709551616", "-8"},
            {"1267650600228229401496703205376", "549755813888"}, {"-1267650600228229401496703205376", "-549755813888"},
            {"1000000000000000000000000000007", "465258685558744713"},
            {"-1000000000000000000000000000007", "-465258685558744713"},
            {"5316911983139663491615228241121378303", "0"},
        };
        for (String[] e : expected) {
            assertEquals(Long.parseLong(e[1]), i(e[0]).pyHash(ts), "hash(" + e[0] + ")");
        }
        assertEquals(1, PyBool.TRUE.pyHash(ts));
        assertEquals(0, PyBool.FALSE.pyHash(ts));
    }

    @Test
    void equalityAcrossIntBoolAndFloat() {
        assertTrue(i(1).pyEquals(PyBool.TRUE, ts));
        assertTrue(PyBool.FALSE.pyEquals(i(0), ts));
        assertTrue(i(3).pyEquals(PyFloat.of(3.0, ts), ts));
        assertFalse(i(3).pyEquals(PyFloat.of(3.5, ts), ts));
        assertTrue(PyFloat.of(1.0, ts).pyEquals(PyBool.TRUE, ts));
        // 2**53 + 1 is not exactly representable: python3 says 2**53+1 == float(2**53+1) is False
        assertFalse(i((1L << 53) + 1).pyEquals(PyFloat.of((double) ((1L << 53) + 1), ts), ts));
        assertTrue(i("18446744073709551616").pyEquals(PyFloat.of(18446744073709551616.0, ts), ts));
        assertFalse(i(Long.MAX_VALUE).pyEquals(PyFloat.of(9223372036854775807.0, ts), ts));
        assertFalse(i(1).pyEquals(PyFloat.of(Double.NaN, ts), ts));
        assertFalse(i(1).pyEquals(PyStr.of("1", ts), ts));
        assertEquals(-1, i(1).compareToDouble(Double.POSITIVE_INFINITY));
        assertEquals(-1, i("-1180591620717411303424").compareToDouble(-1e21));
        assertEquals(1, i("1180591620717411303424").compareToDouble(1e21));
        assertEquals(2, i(0).compareToDouble(Double.NaN));
        assertEquals(0, i(0).compareToDouble(-0.0));
        assertTrue(PyInt.compare(i("18446744073709551616"), i(Long.MAX_VALUE)) > 0);
    }

    @Test
    void boolIsAnIntSubclass() {
        assertTrue(PyBool.TYPE.isSubtypeOf(PyInt.TYPE));
        assertSame(PyBool.TYPE, PyBool.TRUE.type());
        PyInt two = PyInt.add(PyBool.TRUE, PyBool.TRUE, ts);
        assertSame(PyInt.TYPE, two.type());
        assertEquals(2, two.longValue());
        assertSame(PyInt.small(1), PyInt.pos(PyBool.TRUE, ts));
        assertTrue(PyBool.TRUE.isImmortal());
        assertEquals("True", PyBool.TRUE.toString());
        assertSame(PyBool.FALSE, PyBool.of(false));
    }

    @Test
    void toDouble() {
        assertEquals(1.8446744073709552e19, i("18446744073709551616").toDouble());
        OperationError e = assertThrows(OperationError.class, () -> PyInt.of(BigInteger.TEN.pow(400), ts).toDouble());
        assertEquals("int too large to convert to float", e.getMessage());
    }
}
