package org.interlock.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code __traceback__} objects reach {@code threading.excepthook} (threads are outside the
 * conformance corpus): {@code ExceptHookArgs.exc_traceback} is a tb_next chain whose last
 * entry is the line that raised, as CPython's is.
 */
class TracebackObjectTest {
    @Test
    void excepthookSeesTheTracebackChain() {
        String src = """
                import threading
                seen = []
                def hook(args):
                    tb = args.exc_traceback
                    last = None
                    while tb is not None:
                        last = tb.tb_lineno
                        tb = tb.tb_next
                    seen.append((args.exc_type.__name__, type(args.exc_traceback).__name__, last))
                threading.excepthook = hook
                def work():
                    1 / 0
                t = threading.Thread(target=work)
                t.start()
                t.join()
                print(seen)
                """;
        for (String p : Snippets.POLICIES) {
            assertEquals("[('ZeroDivisionError', 'traceback', 12)]\n", Snippets.run(src, p).out(), p);
        }
    }
}
