package org.interlock.runtime.conformance;

/** Compares a run with what CPython recorded; the text says what differs, for the test report. */
final class Verdict {
    private Verdict() {
    }

    /** Returns null when the run matches the program's expectations, else a description of the first difference. */
    static String mismatch(CorpusProgram p, RunResult r) {
        if (r.problem() != null) {
            return r.problem() + tail("stderr", r.stderr());
        }
        if (!p.expectedOut().equals(r.stdout())) {
            return "stdout differs: " + firstDifference(p.expectedOut(), r.stdout()) + tail("stderr", r.stderr());
        }
        if (p.expectedExit() != r.exitCode()) {
            return "exit code " + r.exitCode() + ", expected " + p.expectedExit() + tail("stderr", r.stderr());
        }
        if (p.expectedErr() != null && !p.expectedErr().equals(r.lastStderrLine())) {
            return "last stderr line was\n  " + r.lastStderrLine() + "\nexpected\n  " + p.expectedErr();
        }
        return null;
    }

    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int n = Math.min(e.length, a.length);
        for (int i = 0; i < n; i++) {
            if (!e[i].equals(a[i])) {
                return "line " + (i + 1) + "\n  expected: " + clip(e[i]) + "\n  actual:   " + clip(a[i]);
            }
        }
        return e.length > a.length
                ? "output ends early at line " + (a.length) + "; next expected: " + clip(e[a.length])
                : "extra output from line " + (e.length) + ": " + clip(a[e.length]);
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static String tail(String what, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String t = text.length() > 1500 ? "..." + text.substring(text.length() - 1500) : text;
        return "\n--- " + what + " ---\n" + t;
    }
}
