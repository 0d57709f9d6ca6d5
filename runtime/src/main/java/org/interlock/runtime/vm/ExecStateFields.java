package org.interlock.runtime.vm;

import org.interlock.object.PyObject;

/** Padding before {@link ExecStateHotFields}: two cache lines (x86 prefetches lines in pairs). */
abstract class ExecStatePad0 {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/**
 * What a thread writes at every call and return: its current frame and call depth, and the
 * exception being handled. Padded on both sides because a thread's {@link ExecState} is made by
 * the thread that starts it, next to its siblings' (false sharing between workers otherwise;
 * see {@code ThreadStateHotFields} in the object model). Plain fields: the owner's only.
 */
abstract class ExecStateHotFields extends ExecStatePad0 {
    /** The innermost running frame, or null. */
    public Frame frame;
    /** Python call depth, against the recursion limit. */
    public int depth;
    /** The exception being handled (owned reference), or null. */
    public PyObject excInfo;
}

/** Padding after {@link ExecStateHotFields}. */
abstract class ExecStatePad1 extends ExecStateHotFields {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}
