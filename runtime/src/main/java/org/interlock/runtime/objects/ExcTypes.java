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
