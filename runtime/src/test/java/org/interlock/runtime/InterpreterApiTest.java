package org.interlock.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The public API: exit codes, tracebacks on the interpreter's own stderr, per-policy answers. */
class InterpreterApiTest {
    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsOne() {
        Snippets.Result r = Snippets.run("def f():\n    return 1 / 0\nf()\n", "gil");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("Traceback (most recent call last):"), r.err());
        assertTrue(r.err().contains("line 2, in f"), r.err());
        assertEquals("ZeroDivisionError: division by zero", lastLine(r.err()));
    }

    @Test
    void sysExitCodes() {
        assertEquals(3, Snippets.run("import sys\nsys.exit(3)\n", "gil").exit());
        assertEquals(0, Snippets.run("import sys\nsys.exit()\n", "gil").exit());
        Snippets.Result r = Snippets.run("import sys\nsys.exit('bye')\n", "gil");
        assertEquals(1, r.exit());
        assertEquals("bye", lastLine(r.err()));
    }

    @Test
    void syntaxErrorExitsOne() {
        Snippets.Result r = Snippets.run("x = (1,\n", "gil");
        assertEquals(1, r.exit());
        assertTrue(lastLine(r.err()).startsWith("SyntaxError"), r.err());
    }

    @Test
    void gilAnswerDependsOnPolicy() {
        assertEquals("True\n", Snippets.run("import sys\nprint(sys._is_gil_enabled())\n", "gil").out());
        assertEquals("False\n", Snippets.run("import sys\nprint(sys._is_gil_enabled())\n", "fine-grained").out());
        assertEquals("False\n", Snippets.run("import sys\nprint(sys._is_gil_enabled())\n", "lock-free").out());
    }

    @Test
    void deepRecursionIsRecursionErrorNotAStackOverflow() {
        Snippets.Result r = Snippets.run("import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return f(n + 1)\nf(0)\n", "gil");
        assertEquals(1, r.exit());
        assertEquals("RecursionError: maximum recursion depth exceeded", lastLine(r.err()));
    }

    @Test
    void interpretersWithDifferentPoliciesCoexist() {
        for (String p : Snippets.POLICIES) {
            assertEquals("[0, 1, 4]\n", Snippets.run("print([i * i for i in range(3)])\n", p).out());
        }
    }

    @Test
    void disassembleListsInstructions() {
        Interpreter in = new Interpreter(InterpreterConfig.builder().build());
        String dis = in.disassemble("x = 1\nprint(x + 2)\n", "<dis>");
        assertTrue(dis.contains("LOAD_CONST"), dis);
        assertTrue(dis.contains("BINARY_OP"), dis);
    }
}
