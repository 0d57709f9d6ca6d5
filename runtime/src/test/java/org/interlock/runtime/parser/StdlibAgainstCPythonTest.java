package org.interlock.runtime.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.symtable.Scope;
import org.interlock.runtime.symtable.SymbolTable;
import org.junit.jupiter.api.Test;

/**
 * Parses real code, CPython 3.11's own standard library, and compares with the
 * {@code ast.dump(include_attributes=True)} that the local {@code python3} produces: the
 * structure of every module must match, and the positions too for modules in ASCII
 * without f-strings (columns are counted in chars here, UTF-8 bytes there; 3.11 gives
 * f-string internals irregular spans). Modules using syntax the runtime does not support
 * ({@code match}, {@code async}, {@code except*}, complex literals) are left out by the
 * script. The symbol tables must also give each code object the varnames, cellvars,
 * freevars and generator flag of the code objects {@code compile()} makes. Skipped when
 * {@code python3} is not 3.11.
 */
class StdlibAgainstCPythonTest {
    private static final String ATTRS = "(, )?lineno=\\d+, col_offset=\\d+, end_lineno=-?\\d+, end_col_offset=-?\\d+";
    private static final int FILES = 50;

    private static final String SCRIPT = String.join("\n",
            "import ast, glob, sys, sysconfig, warnings",
            "warnings.simplefilter('ignore')",
            "if sys.version_info[:2] != (3, 11): sys.exit(3)",
            "root = sysconfig.get_paths()['stdlib']",
            "files = sorted(glob.glob(root + '/*.py')) + sorted(glob.glob(root + '/*/*.py'))",
            "n = 0",
            "for f in files:",
            "    try:",
            "        src = open(f, encoding='utf-8').read(); t = ast.parse(src)",
            "    except Exception:",
            "        continue",
            "    if any(isinstance(x, (ast.Match, ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.TryStar,",
            "            ast.Await)) or isinstance(x, ast.Constant) and isinstance(x.value, complex) for x in ast.walk(t)):",
            "        continue",
            "    print(f); print(ast.dump(t, include_attributes=True))",
            "    out = []",
            "    def codes(c):",
            "        out.append('%s %s|%s|%s|%s|%d' % (c.co_name, c.co_firstlineno, ','.join(c.co_varnames),",
            "            ','.join(c.co_cellvars), ','.join(c.co_freevars), 1 if c.co_flags & 0x20 else 0))",
            "        for k in c.co_consts:",
            "            if hasattr(k, 'co_code'): codes(k)",
            "    codes(compile(src, f, 'exec')); print(' ; '.join(sorted(out)))",
            "    n += 1",
            "    if n >= " + FILES + ": break");

    /** Python's sort order is by code point, as String.compareTo for these ASCII names. */
    private static void codes(Scope s, List<String> out) {
        String name = s.type() == Scope.Type.MODULE ? "<module>" : s.name();
        out.add(name + " " + s.firstLine() + "|" + String.join(",", s.varnames()) + "|"
                + String.join(",", s.cellvars()) + "|" + String.join(",", s.freevars()) + "|" + (s.isGenerator() ? 1 : 0));
        s.children().forEach(c -> codes(c, out));
    }

    @Test
    void stdlibModulesParseAsCPythonParsesThem() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", SCRIPT).redirectErrorStream(false).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available");
            return;
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                lines.add(l);
            }
        }
        int rc = p.waitFor();
        assumeTrue(rc == 0, "python3 is not CPython 3.11 (exit " + rc + ")");
        assertTrue(lines.size() >= 120, "too few stdlib modules found: " + lines.size() / 3);
        int positionsChecked = 0;
        for (int i = 0; i + 2 < lines.size(); i += 3) {
            String file = lines.get(i);
            String want = lines.get(i + 1);
            String wantCodes = lines.get(i + 2);
            String src = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            Ast.Module m = Parser.parseModule(src, file);
            SymbolTable st = SymbolTable.build(m, file);
            List<String> codes = new ArrayList<>();
            codes(st.top(), codes);
            codes.sort(null);
            List<String> want0 = List.of(wantCodes.split(" ; "));
            for (int k = 0; k < Math.max(want0.size(), codes.size()); k++) {
                String w = k < want0.size() ? want0.get(k) : "(none)";
                String g = k < codes.size() ? codes.get(k) : "(none)";
                assertEquals(w, g, file + " (code object " + k + ")");
            }
            String got = AstDump.dump(m, true);
            boolean positionsComparable = src.chars().allMatch(c -> c < 128) && !src.contains("f'")
                    && !src.contains("f\"");
            if (positionsComparable) {
                positionsChecked++;
            }
            if (want.equals(got)) {
                continue;
            }
            assertEquals(want.replaceAll(ATTRS, ""), got.replaceAll(ATTRS, ""), file);
            assertTrue(!positionsComparable, file + ": positions differ");
        }
        assertTrue(positionsChecked >= 10, "positions compared for only " + positionsChecked + " modules");
    }
}
