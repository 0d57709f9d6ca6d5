package org.interlock.runtime.modules;

import java.math.BigInteger;

/**
 * MT19937 seeded as CPython's {@code random.seed(int)} seeds it ({@code init_by_array} over the
 * absolute value's 32-bit words, least significant first), with CPython's {@code random()}
 * (53 bits from two draws) and {@code getrandbits}, so sequences match CPython's for a seed.
 */
final class MersenneTwister {
    private static final int N = 624, M = 397;
    private final int[] mt = new int[N];
    private int mti = N + 1;

    void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1, j = 0;
        int k = Math.max(N, key.length);
        for (; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** Seeds from a non-negative big integer, as CPython's random_seed does for an int. */
    void seed(BigInteger n) {
        n = n.abs();
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) key[i] = n.shiftRight(32 * i).intValue();
        initByArray(key);
    }

    int next32() {
        int y;
        if (mti >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            mti = 0;
        }
        y = mt[mti++];
        y ^= (y >>> 11);
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= (y >>> 18);
        return y;
    }

    double random() {
        long a = (next32() & 0xffffffffL) >>> 5, b = (next32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)}, k &gt;= 0. */
    BigInteger getrandbits(int k) {
        if (k == 0) return BigInteger.ZERO;
        if (k <= 32) return BigInteger.valueOf((next32() & 0xffffffffL) >>> (32 - k));
        int words = (k - 1) / 32 + 1;
        byte[] be = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32) {
            long r = next32() & 0xffffffffL;
            if (k < 32) r >>>= (32 - k);
            int off = (words - 1 - i) * 4;
            be[off] = (byte) (r >>> 24);
            be[off + 1] = (byte) (r >>> 16);
            be[off + 2] = (byte) (r >>> 8);
            be[off + 3] = (byte) r;
        }
        return new BigInteger(1, be);
    }

    /** A random value in [0, n), n &gt; 0 (CPython 3.11's _randbelow_with_getrandbits). */
    BigInteger below(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) r = getrandbits(k);
        return r;
    }

    long below(long n) {
        if (n <= 0) return 0;
        int k = 64 - Long.numberOfLeadingZeros(n);
        if (k <= 32) {
            long r = (next32() & 0xffffffffL) >>> (32 - k);
            while (r >= n) r = (next32() & 0xffffffffL) >>> (32 - k);
            return r;
        }
        return below(BigInteger.valueOf(n)).longValue();
    }

    /** The 624 words and the index, as CPython's getstate() lists them. */
    long[] state() {
        long[] out = new long[N + 1];
        for (int i = 0; i < N; i++) out[i] = mt[i] & 0xffffffffL;
        out[N] = mti;
        return out;
    }

    void setState(long[] st) {
        for (int i = 0; i < N; i++) mt[i] = (int) st[i];
        mti = (int) st[N];
    }
}
