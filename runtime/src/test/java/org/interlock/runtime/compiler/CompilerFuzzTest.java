package org.interlock.runtime.compiler;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.interlock.runtime.parser.Parser;
import org.interlock.runtime.parser.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Bad input never escapes as a Java exception: mutations of valid programs (lines dropped,
 * duplicated, re-indented; characters deleted; keywords and brackets inserted) either compile
 * or fail with a syntax error, never with anything else. Seeded, so every run checks the same
 * cases.
 */
class CompilerFuzzTest {
    private static final String[] SEEDS = {
        "def f(a, b=2, *args, c, **kw):\n    x = [i for i in range(a) if i]\n    try:\n        return x[0]\n"
                + "    except IndexError as e:\n        raise ValueError() from e\n    finally:\n        print(b)\n",
        "class A(B):\n    def m(self):\n        nonlocal_q = 1\n        def g():\n            nonlocal nonlocal_q\n"
                + "            yield from range(3)\n        return super().m()\nwith open('x') as f, g() as h:\n    pass\n",
        "x = 1\nwhile x < 10:\n    x += 1\n    if x % 2:\n        continue\n    for y in (1, 2):\n        break\n"
                + "    else:\n        pass\nelse:\n    print(f'{x!r:>{y}}')\nlambda *a, **k: (yield)\n",
        "import a.b as c\nfrom .m import (n, o as p)\nglobal g\nassert x, 'm'\ndel a[1:2], b.c\n"
                + "d = {**e, 'k': v for v in w}\nz = (q := 5) if r else s\n",
    };
    private static final String[] INSERTS = {"(", ")", ":", " ", "yield ", "return ", "break", "continue", "*", "**", "=",
        "lambda", "nonlocal x", "global y", "await ", ",", "[", "]", "{", "}", "\"", "'", "\\", "    ", "async ", "del ",
        "class ", "def ", "try:", "except:", "finally:", "else:", "import ", "from . import *", ":=", "@dec\n"};

    @Test
    void mutatedProgramsOnlyRaiseSyntaxErrors() {
        Random r = new Random(20261122L);
        for (int n = 0; n < 3000; n++) {
            List<String> l = new ArrayList<>(Arrays.asList(SEEDS[r.nextInt(SEEDS.length)].split("\n", -1)));
            int muts = 1 + r.nextInt(3);
            for (int m = 0; m < muts && !l.isEmpty(); m++) {
                int k = r.nextInt(l.size());
                String s = l.get(k);
                switch (r.nextInt(5)) {
                    case 0 -> l.remove(k);
                    case 1 -> l.add(k, l.get(r.nextInt(l.size())));
                    case 2 -> {
                        if (!s.isEmpty()) {
                            int c = r.nextInt(s.length());
                            l.set(k, s.substring(0, c) + s.substring(c + 1));
                        }
                    }
                    case 3 -> {
                        int c = s.isEmpty() ? 0 : r.nextInt(s.length());
                        l.set(k, s.substring(0, c) + INSERTS[r.nextInt(INSERTS.length)] + s.substring(c));
                    }
                    default -> l.set(k, "    " + s);
                }
            }
            String src = String.join("\n", l);
            try {
                Compiler.compile(Parser.parseModule(src, "<fuzz>"), "<fuzz>", false);
            } catch (PySyntaxError | CompileError expected) {
                // a Python-level error: what bad input must produce
            } catch (RuntimeException | StackOverflowError e) {
                fail("case " + n + " escaped as " + e + "\n" + src);
            }
        }
    }
}
