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
    void reprOfSpreadValuesMatchesCPython() {
        // python3: random.seed(7); 40 values across the exponent range, plus subnormals; (hex, repr)
        String[][] expected = {
            {"-0x1.2f51215e08b20p+3", "-9.478653606090631"},
            {"0x1.aedb1e6034680p-938", "7.243628666754276e-283"},
            {"0x1.4e810046feb75p+145", "5.827880059033552e+43"},
            {"-0x1.5f4ec42a5ae1bp-974", "-8.594723368917167e-294"},
            {"-0x1.7ae8d82cb0c22p-863", "-2.4066300012702505e-260"},
            {"0x1.bf4e1fa6a2883p-898", "8.26852124672038e-271"},
            {"0x1.6995bd12024d9p-340", "6.306259157317371e-103"},
            {"0x1.e7766edc9bc6fp+862", "5.8554142264038684e+259"},
            {"0x1.1180e6dbdd1e6p-350", "4.658268061775628e-106"},
            {"0x1.bdb4802ac1241p-115", "4.191390435714652e-35"},
            {"0x1.0d491fc6b3f56p+842", "3.0848182410193435e+253"},
            {"0x1.b8e418d9ab7e4p-749", "5.816001636624662e-226"},
            {"0x1.0aa8a883b7b4ep+166", "9.743057599473337e+49"},
            {"0x1.5d27af48aef51p+816", "5.960116996623265e+245"},
            {"-0x1.add70930d9f06p+590", "-6.8039997318178595e+177"},
            {"-0x1.ffef463b62d89p-32", "-4.6560186583967405e-10"},
            {"0x1.19e6478a067eep+131", "2.9976699686368236e+39"},
            {"-0x1.3e08cc3ab2051p-273", "-8.185501079576985e-83"},
            {"-0x1.8acb30137bd61p+686", "-4.951163595552556e+206"},
            {"0x1.a95d1c81e0e75p+426", "2.8793776489018653e+128"},
            {"0x1.58aedbceadc2ep-699", "5.119328306475491e-211"},
            {"-0x1.a5d781ce167c7p+63", "-1.5198453466050476e+19"},
            {"0x1.cae3a3f68d8ffp+330", "3.9207257047437657e+99"},
            {"-0x1.b7feb664546f6p+799", "-5.73025940277384e+240"},
            {"-0x1.34c5ee7516ee3p+59", "-6.952953662736593e+17"},
            {"0x1.43ee77e0b8344p+873", "7.968919758215943e+262"},
            {"-0x1.339356f71c451p-781", "-9.446810951079374e-236"},
            {"-0x1.f4cd4ea66d3a9p-882", "-6.066942759721972e-266"},
            {"-0x1.025c1b81c9503p+867", "-9.930959394666341e+260"},
            {"-0x1.f36aabb6f5aaap-131", "-7.166277943983036e-40"},
            {"-0x1.0e8f41a318085p-1020", "-9.406485666460937e-308"},
            {"-0x1.578f2df83c53ep-526", "-6.109195434830769e-159"},
            {"-0x1.d82db78a8c999p-900", "-2.1820777481967945e-271"},
            {"-0x1.c424fe4259954p-659", "-7.383633795947941e-199"},
            {"-0x1.5410e7e6826fdp+232", "-9.168162261800615e+69"},
            {"-0x1.7d29f14eddd52p-827", "-1.6636628247192053e-249"},
            {"0x1.ca236f07272cdp+768", "2.778391307844507e+231"},
            {"-0x1.264e0d87a5415p+365", "-8.639844696985151e+109"},
            {"-0x1.7a552e98f5c4ep+315", "-9.864670810011861e+94"},
            {"0x1.01e45f42f2cdep-315", "1.5092090579110894e-95"},
            {"0x0.0000000000002p-1022", "1e-323"},
            {"0x0.0000000000004p-1022", "2e-323"},
            {"0x0.0000000000012p-1022", "9e-323"},
            {"0x1.52d02c7e14af6p+76", "1e+23"},
            {"0x0.0000000000003p-1022", "1.5e-323"},
            {"0x1.ab36d48e1acf0p+1023", "1.5e+308"},
        };
        for (String[] e : expected) {
            assertEquals(e[1], PyFloat.repr(Double.parseDouble(e[0])), e[0]);
        }
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
