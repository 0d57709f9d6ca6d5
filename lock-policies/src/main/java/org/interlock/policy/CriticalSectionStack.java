package org.interlock.policy;

import java.util.Arrays;
import org.interlock.object.PyObject;

/**
 * One thread's stack of critical sections, kept in {@link
 * org.interlock.object.ThreadState#lockingState}: touched only by that thread, so plain fields.
 * Sections are reused, so entering and leaving allocates nothing once the stack has grown.
 *
 * <p>Invariant: the active sections form a top segment of the stack (a thread suspends all of
 * them at once, and resumes only the top), except while the top section is being acquired.
 */
final class CriticalSectionStack {
    /** One section: one object ({@code b == null}) or two, {@code a} the lower id. */
    static final class Section {
        PyObject a;
        PyObject b;
        /** This section locked {@code a} itself (else it borrows an outer section's lock). */
        boolean ownsA;
        boolean ownsB;
        /** Its locks are held (owned or borrowed); false while suspended or being acquired. */
        boolean active;
    }

    private Section[] sections = new Section[8];
    private int depth;

    int depth() {
        return depth;
    }

    Section at(int i) {
        return sections[i];
    }

    Section top() {
        return depth == 0 ? null : sections[depth - 1];
    }

    Section push(PyObject a, PyObject b) {
        if (depth == sections.length) sections = Arrays.copyOf(sections, depth * 2);
        Section s = sections[depth];
        if (s == null) sections[depth] = s = new Section();
        s.a = a;
        s.b = b;
        s.ownsA = false;
        s.ownsB = false;
        s.active = false;
        depth++;
        return s;
    }

    void pop() {
        Section s = sections[--depth];
        s.a = null; // do not keep dead objects reachable from a pooled section
        s.b = null;
    }

    /** Whether an active section below the top has {@code o} locked. */
    boolean heldByActiveBelowTop(PyObject o) {
        for (int i = depth - 2; i >= 0; i--) {
            Section s = sections[i];
            if (!s.active) return false;
            if (s.a == o || s.b == o) return true;
        }
        return false;
    }
}
