package org.interlock.stress;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.interlock.stress.JcstressReport.TestResult;
import org.interlock.stress.Presets.Preset;
import org.interlock.stress.Suite.Test;
import org.interlock.stress.Suite.UnsafeExpect;

/**
 * Turns a jcstress report into the verdict table invariant x preset.
 *
 * <p>A safe preset's test is {@code ok} when jcstress passed it and {@code FAILED} when it saw a
 * forbidden outcome, an error or a timeout (a deadlock). An {@code unsafe} test that must catch
 * the scheme is {@code caught} when it failed (a timeout counts: a hang is the broken scheme
 * showing), and otherwise {@code warn} in quick mode (the failure is a matter of chance) or
 * {@code FAILED} in a full run. A test named in the {@link Suite} that jcstress did not run is
 * {@code skipped}, which fails the run: jcstress itself skips tests silently (more actors than
 * CPUs) and exits 0.
 */
public final class Verdict {
    /** A cell of the table, in increasing order of severity. */
    public enum Cell {
        NOT_SELECTED("-"), NA("n/a"), OK("ok"), CAUGHT("caught"), WARN("warn"), FAILED("FAILED"), SKIPPED("skipped");

        public final String label;

        Cell(String label) {
            this.label = label;
        }

        Cell worse(Cell other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }

    /** One test under one preset, judged. */
    public record Line(Test test, Preset preset, TestResult result, Cell cell) {}

    private final List<Line> lines = new ArrayList<>();
    private final boolean quick;

    /** Judges every test of the suite whose class name matches {@code filter} (null: all). */
    public Verdict(JcstressReport report, Pattern filter, boolean quick) {
        this.quick = quick;
        for (Test t : Suite.TESTS) {
            for (Preset p : t.presets()) {
                String cls = t.className(p);
                if (filter != null && !filter.matcher(cls).find()) continue;
                TestResult r = report.result(cls);
                lines.add(new Line(t, p, r, judge(t, p, r)));
            }
        }
    }

    private Cell judge(Test t, Preset p, TestResult r) {
        if (r == null || r.status().equals("SKIPPED")) return Cell.SKIPPED;
        boolean failed = !r.status().equals("OK");
        if (p.safe()) return failed ? Cell.FAILED : Cell.OK;
        if (t.unsafe() == UnsafeExpect.NOT_APPLICABLE) return Cell.NA;
        if (r.status().equals("FAILED") || r.status().equals("TIMEOUT")) return Cell.CAUGHT;
        if (failed) return Cell.FAILED; // an error of the harness itself, not a caught failure
        return quick ? Cell.WARN : Cell.FAILED;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The cell of one invariant under one preset: the worst of its tests; n/a if none applies. */
    public Cell cell(String invariant, Preset p) {
        boolean applies = false;
        for (Test t : Suite.of(invariant)) applies |= t.presets().contains(p);
        if (!applies) return Cell.NA;
        Cell c = null;
        for (Line l : lines) {
            if (l.test().invariant().equals(invariant) && l.preset().equals(p)) {
                c = c == null ? l.cell() : c.worse(l.cell());
            }
        }
        return c == null ? Cell.NOT_SELECTED : c;
    }

    /** Passes when no cell failed or was skipped; a warning passes only in quick mode. */
    public boolean passed() {
        for (Line l : lines) {
            if (l.cell() == Cell.FAILED || l.cell() == Cell.SKIPPED) return false;
            if (l.cell() == Cell.WARN && !quick) return false;
        }
        return !lines.isEmpty();
    }

    /** The table, one row per invariant, then one line per test run. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-10s", "invariant"));
        for (Preset p : Presets.ALL) sb.append(String.format("%-17s", p.name()));
        sb.append('\n');
        for (String inv : Suite.INVARIANTS) {
            sb.append(String.format("%-10s", inv));
            for (Preset p : Presets.ALL) sb.append(String.format("%-17s", cell(inv, p).label));
            sb.append('\n');
        }
        sb.append('\n');
        for (Line l : lines) {
            TestResult r = l.result();
            String detail = r == null ? "did not run"
                    : String.format("%-7s samples %,d, forbidden %,d%s", r.status(), r.samples(), r.forbiddenSamples(),
                            r.topForbidden() == null ? "" : " (most often: " + r.topForbidden() + ")");
            sb.append(String.format("  %-3s %-24s %-16s %-8s %s%n", l.test().invariant(), l.test().shortName(),
                    l.preset().name(), l.cell().label, detail));
        }
        return sb.toString();
    }
}
