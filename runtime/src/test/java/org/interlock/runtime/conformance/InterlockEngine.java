package org.interlock.runtime.conformance;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.interlock.runtime.Interpreter;
import org.interlock.runtime.InterpreterConfig;

/**
 * Runs programs in-process through the interpreter API: a fresh {@link Interpreter} per run,
 * under the named policy, with {@code sys.argv == [program path]}, captured stdout and stderr
 * and an empty stdin. {@link Interpreter#runFile} puts the program's folder first on the
 * module search path, as {@code python3 NAME.py} does.
 */
final class InterlockEngine implements ProgramEngine {
    @Override
    public String name() {
        return "interlock";
    }

    @Override
    public RunResult run(CorpusProgram program, String policy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream pout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream perr = new PrintStream(err, true, StandardCharsets.UTF_8);
        InterpreterConfig cfg = InterpreterConfig.builder()
                .policy(policy)
                // -Dinterlock.conformance.options=deferred-refcount=true,...: policy options for every run
                .policyOptions(org.interlock.policy.PolicyOptions.parseMap(System.getProperty("interlock.conformance.options", "")))
                .argv(List.of(program.file().toString()))
                .stdout(pout)
                .stderr(perr)
                .stdin(InputStream.nullInputStream())
                .build();
        int code = new Interpreter(cfg).runFile(program.file());
        pout.flush();
        perr.flush();
        return new RunResult(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code, null);
    }
}
