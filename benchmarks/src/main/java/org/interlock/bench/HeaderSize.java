package org.interlock.bench;

import java.util.List;
import org.interlock.object.ObjectSpace;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.interlock.policy.PolicyRegistry;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;
import org.openjdk.jol.info.GraphLayout;

/**
 * What does an object cost in memory under each preset? (DESIGN.md question 6.) Prints, per
 * preset, the JVM's own object header, the bytes of Interlock's header fields (declared in
 * {@link PyObject}: id, counts, owner, lock word, flags, weakref list), and the shallow and deep
 * size of a bare object, an int, a list and a dict, measured by JOL.
 *
 * <p>The header is one class layout for every preset (so a JVM running one policy sees one
 * shape and its call sites stay monomorphic): the numbers are the same in every row, and the
 * biased-counting fields are paid under the other schemes too. The table shows it rather than
 * assuming it.
 *
 * <pre>
 *   java --add-opens java.base/jdk.internal.misc=ALL-UNNAMED -Djdk.attach.allowAttachSelf=true \
 *        -cp benchmarks/target/benchmarks.jar org.interlock.bench.HeaderSize
 * </pre>
 *
 * <p>{@code --json FILE} also writes the table as rows in JMH's JSON shape (benchmark
 * {@code HeaderSize.<column>}, parameter {@code preset}, mode {@code size}, unit {@code bytes}),
 * so the paper generator reads header sizes like every other measurement.
 */
public final class HeaderSize {
    private HeaderSize() {}

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 2 && args[0].equals("--json")) writeJson(java.nio.file.Path.of(args[1]));
        ClassLayout bare = ClassLayout.parseClass(BareObject.class);
        long pyHeader = 0;
        for (FieldLayout f : bare.fields()) {
            if (f.classShortName().equals(PyObject.class.getSimpleName())) pyHeader += f.size();
        }
        System.out.println("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        System.out.println();
        System.out.println(bare.toPrintable());
        System.out.printf("%-14s %10s %10s %10s %12s %12s %12s %12s%n", "preset", "jvm hdr", "py fields",
                "bare obj", "int(10**6)", "[] deep", "[0..9] deep", "{} deep");
        for (String preset : List.of("gil", "fine-grained", "lock-free", "unsafe")) {
            ObjectSpace space = new ObjectSpace(PolicyRegistry.create(preset));
            ThreadState ts = space.newThreadState().bindCurrentThread();
            BareObject o = new BareObject(ts);
            PyInt big = PyInt.of(1_000_000, ts);
            PyList empty = new PyList(ts);
            PyList ten = new PyList(ts);
            PyObject[] smallInts = new PyObject[10];
            for (int k = 0; k < 10; k++) {
                smallInts[k] = PyInt.small(k);
                ten.append(smallInts[k], ts);
            }
            PyDict dict = new PyDict(ts);
            System.out.printf("%-14s %10d %10d %10d %12d %12d %12d %12d%n", preset,
                    ClassLayout.parseInstance(o).headerSize(), pyHeader,
                    ClassLayout.parseInstance(o).instanceSize(),
                    GraphLayout.parseInstance(big).totalSize(),
                    deep(empty), deep(ten, (Object[]) smallInts), deep(dict));
        }
        System.out.println();
        System.out.println("bytes. 'deep' is the object and everything it references, less the immortal small");
        System.out.println("ints in [0..9]; an empty list's items array is the zero-length array all empty lists share.");
    }

    /** The object and everything it references, less the shared objects in {@code shared}. */
    private static long deep(PyObject container, Object... shared) {
        GraphLayout g = GraphLayout.parseInstance(container);
        return shared.length == 0 ? g.totalSize() : g.subtract(GraphLayout.parseInstance(shared)).totalSize();
    }

    /** The columns of the table, per preset, as JMH-shaped JSON rows in {@code out}. */
    public static void writeJson(java.nio.file.Path out) throws java.io.IOException {
        ClassLayout bare = ClassLayout.parseClass(BareObject.class);
        long pyHeader = 0;
        for (FieldLayout f : bare.fields()) {
            if (f.classShortName().equals(PyObject.class.getSimpleName())) pyHeader += f.size();
        }
        com.google.gson.JsonArray rows = new com.google.gson.JsonArray();
        for (String preset : List.of("gil", "fine-grained", "lock-free")) {
            ObjectSpace space = new ObjectSpace(PolicyRegistry.create(preset));
            ThreadState ts = space.newThreadState().bindCurrentThread();
            BareObject o = new BareObject(ts);
            PyList empty = new PyList(ts);
            PyDict dict = new PyDict(ts);
            long[] values = {ClassLayout.parseInstance(o).headerSize(), pyHeader,
                    ClassLayout.parseInstance(o).instanceSize(), GraphLayout.parseInstance(PyInt.of(1_000_000, ts)).totalSize(),
                    deep(empty), deep(dict)};
            String[] names = {"jvmHeader", "pyFields", "bareObject", "bigInt", "emptyList", "emptyDict"};
            for (int k = 0; k < names.length; k++) {
                com.google.gson.JsonObject row = new com.google.gson.JsonObject();
                row.addProperty("jmhVersion", "n/a (JOL)");
                row.addProperty("benchmark", HeaderSize.class.getName() + "." + names[k]);
                row.addProperty("mode", "size");
                row.addProperty("threads", 1);
                row.addProperty("jvm", System.getProperty("java.home") + "/bin/java");
                row.addProperty("jdkVersion", System.getProperty("java.version"));
                row.addProperty("vmName", System.getProperty("java.vm.name"));
                row.addProperty("vmVersion", System.getProperty("java.vm.version"));
                com.google.gson.JsonObject params = new com.google.gson.JsonObject();
                params.addProperty("preset", preset);
                row.add("params", params);
                com.google.gson.JsonObject pm = new com.google.gson.JsonObject();
                pm.addProperty("score", values[k]);
                pm.addProperty("scoreError", "NaN");
                pm.addProperty("scoreUnit", "bytes");
                row.add("primaryMetric", pm);
                rows.add(row);
            }
        }
        java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
        java.nio.file.Files.writeString(out, new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(rows));
    }
}
