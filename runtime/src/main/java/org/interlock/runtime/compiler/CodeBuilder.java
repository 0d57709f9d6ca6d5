package org.interlock.runtime.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits one block's instructions: labels, stack-depth tracking, the line of each instruction,
 * and the exception table. Exception handling is zero-cost, as in CPython 3.11: the compiler
 * pushes and pops handlers ({@link #pushHandler}) as it emits a {@code try} body, every
 * instruction remembers the innermost handler in force, and {@link #exceptionTable} turns runs
 * of instructions with the same handler into ranges (start, end, target, depth, lasti).
 */
final class CodeBuilder {
    private int[] code = new int[64];
    private int[] lines = new int[64];
    private int[] handlerOf = new int[64];
    private int n;
    private final List<int[]> labels = new ArrayList<>(); // {position, depth}
    /** Handler entries: {label, depth, lasti}. */
    private final List<int[]> handlers = new ArrayList<>();
    private final ArrayList<Integer> handlerStack = new ArrayList<>();
    private int depth;
    private int maxDepth;
    private boolean reachable = true;
    int line;

    final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();

    int newLabel() {
        labels.add(new int[] {-1, -1});
        return labels.size() - 1;
    }

    void bind(int label) {
        int[] l = labels.get(label);
        l[0] = n;
        if (l[1] >= 0) {
            depth = l[1];
            reachable = true;
        } else if (!reachable) {
            // No live jump targets this label and nothing falls through: still dead code.
            return;
        } else {
            l[1] = depth;
        }
    }

    int depth() {
        return depth;
    }

    void setDepth(int d) {
        depth = d;
        maxDepth = Math.max(maxDepth, d);
    }

    void emit(int op, int arg) {
        if (!reachable) return; // dead code (after return/raise/jump) is dropped, as CPython drops it
        if (n == code.length) {
            code = Arrays.copyOf(code, n * 2);
            lines = Arrays.copyOf(lines, n * 2);
            handlerOf = Arrays.copyOf(handlerOf, n * 2);
        }
        code[n] = Op.make(op, arg);
        lines[n] = line;
        handlerOf[n] = handlerStack.isEmpty() ? -1 : handlerStack.get(handlerStack.size() - 1);
        n++;
        if (Op.isJump(op)) {
            int[] l = labels.get(arg);
            int jd = depth + Op.stackEffect(op, arg, true);
            if (l[1] < jd) l[1] = jd;
            maxDepth = Math.max(maxDepth, jd);
        }
        depth += Op.stackEffect(op, arg, false);
        if (depth < 0) throw new IllegalStateException("negative stack depth at " + Op.name(op) + " line " + line);
        maxDepth = Math.max(maxDepth, depth);
        switch (op) {
            case Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.RETURN_VALUE,
                 Op.RETURN_CONST, Op.RAISE_VARARGS, Op.RERAISE -> reachable = false;
            default -> { }
        }
    }

    void emit(int op) {
        emit(op, 0);
    }

    /** Starts a handler region: exceptions jump to {@code label} with the stack cut to the current depth. */
    int pushHandler(int label, boolean lasti) {
        return pushHandlerAt(label, depth, lasti);
    }

    /** Makes an existing handler entry innermost again (after code that left its region). */
    void repushHandler(int entry) {
        handlerStack.add(entry);
    }

    int pushHandlerAt(int label, int atDepth, boolean lasti) {
        handlers.add(new int[] {label, atDepth, lasti ? 1 : 0});
        int[] l = labels.get(label);
        int hd = atDepth + (lasti ? 1 : 0) + 1;
        if (l[1] < hd) l[1] = hd;
        maxDepth = Math.max(maxDepth, hd);
        handlerStack.add(handlers.size() - 1);
        return handlers.size() - 1;
    }

    void popHandler() {
        handlerStack.remove(handlerStack.size() - 1);
    }

    List<Integer> saveHandlers() {
        return new ArrayList<>(handlerStack);
    }

    void restoreHandlers(List<Integer> saved) {
        handlerStack.clear();
        handlerStack.addAll(saved);
    }

    int constIndex(Object value) {
        Object key = constKey(value);
        Integer i = constIndex.get(key);
        if (i != null) return i;
        consts.add(value);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    private static Object constKey(Object v) {
        if (v instanceof byte[] b) return List.of("bytes", new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (v instanceof CodeUnit) return v; // identity of a record with arrays: identity is fine
        if (v instanceof CodeUnit.ConstTuple t) {
            List<Object> k = new ArrayList<>();
            k.add("tuple");
            for (Object o : t.items()) k.add(constKey(o));
            return k;
        }
        if (v instanceof Double d) return List.of("float", Double.doubleToRawLongBits(d));
        return List.of(v.getClass().getName(), v);
    }

    int nameIndex(String name) {
        Integer i = nameIndex.get(name);
        if (i != null) return i;
        names.add(name);
        nameIndex.put(name, names.size() - 1);
        return names.size() - 1;
    }

    boolean reachable() {
        return reachable;
    }

    int[] code() {
        int[] out = Arrays.copyOf(code, n);
        for (int i = 0; i < n; i++) {
            int op = Op.op(out[i]);
            if (Op.isJump(op)) {
                int target = labels.get(Op.arg(out[i]))[0];
                if (target < 0) throw new IllegalStateException("unbound label in " + Op.name(op));
                out[i] = Op.make(op, target);
            }
        }
        return out;
    }

    int[] lines() {
        return Arrays.copyOf(lines, n);
    }

    int maxDepth() {
        return maxDepth + 2;
    }

    int[] exceptionTable() {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int h = handlerOf[i];
            int start = i;
            while (i < n && handlerOf[i] == h) i++;
            if (h >= 0) {
                int[] e = handlers.get(h);
                out.add(new int[] {start, i, labels.get(e[0])[0], e[1], e[2]});
            }
        }
        int[] flat = new int[out.size() * 5];
        for (int k = 0; k < out.size(); k++) System.arraycopy(out.get(k), 0, flat, k * 5, 5);
        return flat;
    }
}
