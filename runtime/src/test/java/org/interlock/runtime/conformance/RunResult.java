package org.interlock.runtime.conformance;

/**
 * What one run of a program produced.
 *
 * @param stdout   everything written to stdout, decoded as UTF-8
 * @param stderr   everything written to stderr, decoded as UTF-8
 * @param exitCode the exit code the engine reported
 * @param problem  null for a normal run; otherwise why the run did not complete
 *                 (a timeout, or a Java exception escaping the interpreter)
 */
record RunResult(String stdout, String stderr, int exitCode, String problem) {

    static RunResult failed(String stdout, String stderr, String problem) {
        return new RunResult(stdout, stderr, -1, problem);
    }

    /** The last line of stderr without its newline; "" when stderr is empty. */
    String lastStderrLine() {
        String s = stderr;
        while (s.endsWith("\n") || s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
        }
        int nl = s.lastIndexOf('\n');
        return nl < 0 ? s : s.substring(nl + 1);
    }
}
