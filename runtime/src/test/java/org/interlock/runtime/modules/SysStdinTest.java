package org.interlock.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interlock.runtime.Snippets;
import org.junit.jupiter.api.Test;

/** {@code sys.stdin} over a given input stream, sharing it with {@code input()}; outputs as CPython's. */
class SysStdinTest {
    private static final String INPUT = "first\nsecond line \u00e9\nxyz\nq\nr\nlast";

    @Test
    void readsShareTheStreamWithInput() {
        String src = String.join("\n",
                "import sys",
                "print('input:', input())",
                "print('line:', repr(sys.stdin.readline()))",
                "print('two:', repr(sys.stdin.read(2)))",
                "for l in sys.stdin:",
                "    print('it:', repr(l))",
                "    break",
                "print(sys.stdin.readlines())",
                "print(repr(sys.stdin.read()), repr(sys.stdin.readline()))",
                "try:",
                "    input()",
                "except EOFError as e:",
                "    print('EOFError:', e)",
                "print(sys.stdin.name, sys.stdin.readable(), sys.stdin.writable(), sys.stdin.fileno())",
                "");
        String expected = "input: first\n"
                + "line: 'second line \u00e9\\n'\n"
                + "two: 'xy'\n"
                + "it: 'z\\n'\n"
                + "['q\\n', 'r\\n', 'last']\n"
                + "'' ''\n"
                + "EOFError: EOF when reading a line\n"
                + "<stdin> True False 0\n";
        for (String policy : Snippets.POLICIES) {
            Snippets.Result r = Snippets.run(src, policy, INPUT);
            assertEquals(expected, r.out(), r.err());
            assertEquals(0, r.exit(), r.err());
        }
    }

    @Test
    void readAllAndSizedReadline() {
        String src = "import sys\nprint(repr(sys.stdin.readline(3)))\nprint(repr(sys.stdin.read()))\n";
        Snippets.Result r = Snippets.run(src, "gil", "abcdef\nghi\n");
        assertEquals("'abc'\n'def\\nghi\\n'\n", r.out(), r.err());
    }
}
