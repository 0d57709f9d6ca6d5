package org.interlock.runtime.conformance;

/** Runs one corpus program to completion under one policy and reports what it produced. */
interface ProgramEngine {
    /**
     * Runs {@code program} as {@code python3 NAME.py} would from the program's folder.
     * Called on a dedicated thread; a hang is handled by the caller's timeout.
     */
    RunResult run(CorpusProgram program, String policy) throws Exception;

    /** A short name for reports. */
    String name();
}
