package org.interlock.runtime.objects;

import java.util.LinkedHashMap;
import java.util.Map;
import org.interlock.object.OperationError;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/** The builtin exception hierarchy (CPython 3.11's, the common part), immortal and shared. */
public final class ExcTypes {
    private ExcTypes() {}

    /** Every builtin exception type by name, in definition order (the builtins module lists them). */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    private static PyType def(String name, PyType base) {
        PyType t = PyType.builtin(name, base);
        ALL.put(name, t);
        TypeInfo.of(t).factory = PyBaseException::new;
        return t;
    }

    public static final PyType BASE_EXCEPTION = def("BaseException", PyType.OBJECT);
    public static final PyType SYSTEM_EXIT = def("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = def("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = def("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = def("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = def("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = def("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = def("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = def("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = def("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = def("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = def("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = def("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = def("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = def("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = def("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = def("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = def("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = def("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = def("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = def("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = def("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = def("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = def("OSError", EXCEPTION);
    public static final PyType FILE_NOT_FOUND_ERROR = def("FileNotFoundError", OS_ERROR);
    public static final PyType FILE_EXISTS_ERROR = def("FileExistsError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = def("PermissionError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = def("IsADirectoryError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = def("TimeoutError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = def("NotADirectoryError", OS_ERROR);
    public static final PyType BLOCKING_IO_ERROR = def("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = def("ChildProcessError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = def("InterruptedError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = def("ProcessLookupError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = def("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = def("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = def("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = def("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = def("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType REFERENCE_ERROR = def("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = def("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = def("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = def("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = def("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = def("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = def("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = def("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = def("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = def("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = def("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = def("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = def("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType WARNING = def("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = def("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = def("RuntimeWarning", WARNING);
    public static final PyType USER_WARNING = def("UserWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = def("PendingDeprecationWarning", WARNING);
    public static final PyType SYNTAX_WARNING = def("SyntaxWarning", WARNING);
    public static final PyType FUTURE_WARNING = def("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = def("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = def("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = def("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = def("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = def("EncodingWarning", WARNING);
    public static final PyType BASE_EXCEPTION_GROUP = defGroup("BaseExceptionGroup", new PyType[] {BASE_EXCEPTION},
            BASE_EXCEPTION, PyType.OBJECT);
    /** {@code class ExceptionGroup(BaseExceptionGroup, Exception)}: its base chain is the first base. */
    public static final PyType EXCEPTION_GROUP = defGroup("ExceptionGroup", new PyType[] {BASE_EXCEPTION_GROUP, EXCEPTION},
            BASE_EXCEPTION_GROUP, EXCEPTION, BASE_EXCEPTION, PyType.OBJECT);

    private static PyType defGroup(String name, PyType[] bases, PyType... mroRest) {
        PyType t = PyType.builtin(name, bases[0]);
        PyType[] mro = new PyType[mroRest.length + 1];
        mro[0] = t;
        System.arraycopy(mroRest, 0, mro, 1, mroRest.length);
        TypeInfo.withMro(t, bases, mro).factory = PyExceptionGroup::new;
        ALL.put(name, t);
        return t;
    }

    /** A new exception carrier of {@code type} with a str message. */
    public static PyException raise(PyType type, String msg, ThreadState ts) {
        PyStr s = PyStr.of(msg, ts);
        PyBaseException e = PyBaseException.of(type, ts, s);
        ts.refs.decref(s, ts);
        return new PyException(e);
    }

    /** A new exception carrier of {@code type} with the given (borrowed) args. */
    public static PyException raiseArgs(PyType type, ThreadState ts, PyObject... args) {
        return new PyException(PyBaseException.of(type, ts, args));
    }

    public static PyException typeError(String msg, ThreadState ts) {
        return raise(TYPE_ERROR, msg, ts);
    }

    public static PyException valueError(String msg, ThreadState ts) {
        return raise(VALUE_ERROR, msg, ts);
    }

    public static PyException attributeError(String msg, ThreadState ts) {
        return raise(ATTRIBUTE_ERROR, msg, ts);
    }

    /**
     * The OSError subclass CPython picks for an errno when {@code OSError(errno, ...)} is
     * called (Linux errno numbers), or OSError itself.
     */
    public static PyType osErrorType(long errno) {
        return switch ((int) errno) {
            case 1, 13 -> PERMISSION_ERROR; // EPERM, EACCES
            case 2 -> FILE_NOT_FOUND_ERROR;
            case 3 -> PROCESS_LOOKUP_ERROR;
            case 4 -> INTERRUPTED_ERROR;
            case 10 -> CHILD_PROCESS_ERROR;
            case 11, 114, 115 -> BLOCKING_IO_ERROR; // EAGAIN, EALREADY, EINPROGRESS
            case 17 -> FILE_EXISTS_ERROR;
            case 20 -> NOT_A_DIRECTORY_ERROR;
            case 21 -> IS_A_DIRECTORY_ERROR;
            case 32, 108 -> BROKEN_PIPE_ERROR; // EPIPE, ESHUTDOWN
            case 103 -> CONNECTION_ABORTED_ERROR;
            case 104 -> CONNECTION_RESET_ERROR;
            case 110 -> TIMEOUT_ERROR;
            case 111 -> CONNECTION_REFUSED_ERROR;
            default -> OS_ERROR;
        };
    }

    /** The C library's message for the errno values the runtime raises (glibc's wording). */
    public static String strerror(int errno) {
        return switch (errno) {
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 13 -> "Permission denied";
            case 17 -> "File exists";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 39 -> "Directory not empty";
            case 18 -> "Invalid cross-device link";
            case 3 -> "No such process";
            case 4 -> "Interrupted system call";
            case 5 -> "Input/output error";
            case 9 -> "Bad file descriptor";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case 16 -> "Device or resource busy";
            case 25 -> "Inappropriate ioctl for device";
            case 28 -> "No space left on device";
            case 32 -> "Broken pipe";
            case 36 -> "File name too long";
            case 40 -> "Too many levels of symbolic links";
            case 110 -> "Connection timed out";
            case 111 -> "Connection refused";
            default -> "Unknown error " + errno;
        };
    }

    /** {@code OSError(errno, strerror(errno), filename)} as its subclass, as the os functions raise it. */
    public static PyException osError(int errno, String filename, ThreadState ts) {
        return osError(errno, filename, null, ts);
    }

    /** The same with a second file name (rename's target), shown after an arrow. */
    public static PyException osError(int errno, String filename, String filename2, ThreadState ts) {
        PyObject[] a = {org.interlock.object.PyInt.of(errno, ts), PyStr.of(strerror(errno), ts),
                filename == null ? null : PyStr.of(filename, ts), org.interlock.object.PyNone.NONE,
                filename2 == null ? null : PyStr.of(filename2, ts)};
        PyBaseException e = new PyBaseException(osErrorType(errno), ts);
        e.initOsError(filename == null ? new PyObject[] {a[0], a[1]}
                : filename2 == null ? new PyObject[] {a[0], a[1], a[2]} : a, ts);
        for (PyObject o : a) if (o != null) ts.refs.decref(o, ts);
        return new PyException(e);
    }

    /** The OSError a Java file-system failure on {@code filename} stands for. */
    public static PyException osError(java.io.IOException x, String filename, ThreadState ts) {
        return osError(x, filename, null, ts);
    }

    /** The same for a failure involving two files. */
    public static PyException osError(java.io.IOException x, String filename, String filename2, ThreadState ts) {
        String reason = x instanceof java.nio.file.FileSystemException f ? f.getReason() : x.getMessage();
        int errno;
        if (x instanceof java.nio.file.NoSuchFileException || x instanceof java.io.FileNotFoundException
                && String.valueOf(x.getMessage()).contains("No such file")) errno = 2;
        else if (x instanceof java.nio.file.FileAlreadyExistsException) errno = 17;
        else if (x instanceof java.nio.file.AccessDeniedException) errno = 13;
        else if (x instanceof java.nio.file.DirectoryNotEmptyException) errno = 39;
        else if (x instanceof java.nio.file.NotDirectoryException) errno = 20;
        else if (reason != null && reason.contains("Is a directory")) errno = 21;
        else if (reason != null && reason.contains("Not a directory")) errno = 20;
        else if (reason != null && reason.contains("Permission denied")) errno = 13;
        else if (reason != null && reason.contains("No such file")) errno = 2;
        else return raise(OS_ERROR, String.valueOf(x.getMessage()), ts);
        return osError(errno, filename, filename2, ts);
    }

    /** The Python exception for an object-model {@link OperationError}. */
    public static PyException fromOperationError(OperationError e, ThreadState ts) {
        PyType t = switch (e.kind) {
            case ZERO_DIVISION -> ZERO_DIVISION_ERROR;
            case VALUE -> VALUE_ERROR;
            case OVERFLOW -> OVERFLOW_ERROR;
            case INDEX -> INDEX_ERROR;
            case KEY -> KEY_ERROR;
            case TYPE -> TYPE_ERROR;
            case MEMORY -> MEMORY_ERROR;
        };
        return raise(t, e.getMessage(), ts);
    }
}
