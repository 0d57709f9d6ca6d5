package org.interlock.runtime.compiler;

/**
 * The instruction set. An instruction is one {@code int}: the opcode in the low 8 bits, the
 * argument in the high 24 ({@link #op}, {@link #arg}), so the eval loop reads one array slot
 * per instruction and no {@code EXTENDED_ARG} is needed. Jump arguments are absolute
 * instruction indexes. The set follows CPython 3.11's where it can (names, the zero-cost
 * exception table, {@code LOAD_METHOD}/{@code CALL} with a null slot), and folds the
 * rarely-different pairs (forward/backward jumps keep separate opcodes because only backward
 * jumps check the eval breaker).
 *
 * <p>Calls: the stack holds {@code [callable, selfOrNull, arg1..argN]} and {@code CALL n}
 * consumes all of it; {@code PUSH_NULL} supplies the null for a plain call, and
 * {@code LOAD_METHOD} pushes {@code [function, self]} or {@code [attribute, null]}.
 */
public final class Op {
    private Op() {}

    public static final int NOP = 0, POP_TOP = 1, COPY = 2, SWAP = 3, PUSH_NULL = 4,
            LOAD_CONST = 5, LOAD_FAST = 6, STORE_FAST = 7, DELETE_FAST = 8,
            LOAD_DEREF = 9, STORE_DEREF = 10, DELETE_DEREF = 11, LOAD_CLOSURE = 12, LOAD_CLASSDEREF = 13,
            LOAD_GLOBAL = 14, STORE_GLOBAL = 15, DELETE_GLOBAL = 16,
            LOAD_NAME = 17, STORE_NAME = 18, DELETE_NAME = 19,
            LOAD_ATTR = 20, STORE_ATTR = 21, DELETE_ATTR = 22, LOAD_METHOD = 23,
            CALL = 24, CALL_KW = 25, CALL_EX = 26,
            BINARY_OP = 27, COMPARE_OP = 28, IS_OP = 29, CONTAINS_OP = 30,
            UNARY_NEGATIVE = 31, UNARY_POSITIVE = 32, UNARY_NOT = 33, UNARY_INVERT = 34,
            BINARY_SUBSCR = 35, STORE_SUBSCR = 36, DELETE_SUBSCR = 37, BUILD_SLICE = 38,
            BUILD_TUPLE = 39, BUILD_LIST = 40, BUILD_SET = 41, BUILD_MAP = 42,
            LIST_APPEND = 43, SET_ADD = 44, MAP_ADD = 45, LIST_EXTEND = 46, SET_UPDATE = 47,
            DICT_UPDATE = 48, DICT_MERGE = 49, LIST_TO_TUPLE = 50, BUILD_STRING = 51, FORMAT_VALUE = 52,
            UNPACK_SEQUENCE = 53, UNPACK_EX = 54,
            JUMP_FORWARD = 55, JUMP_BACKWARD = 56, POP_JUMP_IF_FALSE = 57, POP_JUMP_IF_TRUE = 58,
            JUMP_IF_FALSE_OR_POP = 59, JUMP_IF_TRUE_OR_POP = 60, POP_JUMP_IF_NONE = 61, POP_JUMP_IF_NOT_NONE = 62,
            GET_ITER = 63, FOR_ITER = 64, RETURN_VALUE = 65, YIELD_VALUE = 66, GET_YIELD_FROM_ITER = 67,
            SEND = 68, MAKE_FUNCTION = 69, LOAD_BUILD_CLASS = 70,
            IMPORT_NAME = 71, IMPORT_FROM = 72, IMPORT_STAR = 73,
            RAISE_VARARGS = 74, RERAISE = 75, PUSH_EXC_INFO = 76, POP_EXCEPT = 77, CHECK_EXC_MATCH = 78,
            WITH_EXCEPT_START = 79, BEFORE_WITH = 80, LOAD_ASSERTION_ERROR = 81, PRINT_EXPR = 82,
            SETUP_ANNOTATIONS = 83, JUMP_BACKWARD_NO_INTERRUPT = 84, GEN_START = 85,
            LOAD_FAST_LOAD_FAST = 86, RETURN_CONST = 87, DICT_KEYS_LIST = 88,
            MATCH_MAPPING = 89, MATCH_SEQUENCE = 90, MATCH_KEYS = 91, MATCH_CLASS = 92, GET_LEN = 93,
            COPY_DICT_WITHOUT_KEYS = 94, GET_AWAITABLE = 95, GET_AITER = 96, GET_ANEXT = 97, END_ASYNC_FOR = 98,
            BEFORE_ASYNC_WITH = 99, CHECK_EG_MATCH = 100, PREP_RERAISE_STAR = 101;

    /** Opcode count (table sizes). */
    public static final int COUNT = 102;

    private static final String[] NAMES = new String[COUNT];

    static {
        String all = "NOP POP_TOP COPY SWAP PUSH_NULL LOAD_CONST LOAD_FAST STORE_FAST DELETE_FAST "
                + "LOAD_DEREF STORE_DEREF DELETE_DEREF LOAD_CLOSURE LOAD_CLASSDEREF LOAD_GLOBAL STORE_GLOBAL "
                + "DELETE_GLOBAL LOAD_NAME STORE_NAME DELETE_NAME LOAD_ATTR STORE_ATTR DELETE_ATTR LOAD_METHOD "
                + "CALL CALL_KW CALL_EX BINARY_OP COMPARE_OP IS_OP CONTAINS_OP UNARY_NEGATIVE UNARY_POSITIVE "
                + "UNARY_NOT UNARY_INVERT BINARY_SUBSCR STORE_SUBSCR DELETE_SUBSCR BUILD_SLICE BUILD_TUPLE "
                + "BUILD_LIST BUILD_SET BUILD_MAP LIST_APPEND SET_ADD MAP_ADD LIST_EXTEND SET_UPDATE DICT_UPDATE "
                + "DICT_MERGE LIST_TO_TUPLE BUILD_STRING FORMAT_VALUE UNPACK_SEQUENCE UNPACK_EX JUMP_FORWARD "
                + "JUMP_BACKWARD POP_JUMP_IF_FALSE POP_JUMP_IF_TRUE JUMP_IF_FALSE_OR_POP JUMP_IF_TRUE_OR_POP "
                + "POP_JUMP_IF_NONE POP_JUMP_IF_NOT_NONE GET_ITER FOR_ITER RETURN_VALUE YIELD_VALUE "
                + "GET_YIELD_FROM_ITER SEND MAKE_FUNCTION LOAD_BUILD_CLASS IMPORT_NAME IMPORT_FROM IMPORT_STAR "
                + "RAISE_VARARGS RERAISE PUSH_EXC_INFO POP_EXCEPT CHECK_EXC_MATCH WITH_EXCEPT_START BEFORE_WITH "
                + "LOAD_ASSERTION_ERROR PRINT_EXPR SETUP_ANNOTATIONS JUMP_BACKWARD_NO_INTERRUPT GEN_START "
                + "LOAD_FAST_LOAD_FAST RETURN_CONST DICT_KEYS_LIST "
                + "MATCH_MAPPING MATCH_SEQUENCE MATCH_KEYS MATCH_CLASS GET_LEN COPY_DICT_WITHOUT_KEYS GET_AWAITABLE GET_AITER GET_ANEXT END_ASYNC_FOR BEFORE_ASYNC_WITH "
                + "CHECK_EG_MATCH PREP_RERAISE_STAR";
        String[] parts = all.split(" ");
        if (parts.length != COUNT) throw new ExceptionInInitializerError("opcode names: " + parts.length);
        System.arraycopy(parts, 0, NAMES, 0, COUNT);
    }

    /** Binary operator indexes for {@code BINARY_OP}; the in-place form adds {@link #INPLACE}. */
    public static final int B_ADD = 0, B_SUB = 1, B_MUL = 2, B_MATMUL = 3, B_TRUEDIV = 4, B_MOD = 5, B_POW = 6,
            B_LSHIFT = 7, B_RSHIFT = 8, B_OR = 9, B_XOR = 10, B_AND = 11, B_FLOORDIV = 12, INPLACE = 13;

    /** Symbols of the binary operators, by index. */
    public static final String[] BIN_SYMBOLS = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};

    /** Comparison indexes for {@code COMPARE_OP}. */
    public static final int C_LT = 0, C_LE = 1, C_EQ = 2, C_NE = 3, C_GT = 4, C_GE = 5;

    /** Symbols of the comparisons, by index. */
    public static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

    /** MAKE_FUNCTION flags. */
    public static final int MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8;

    public static int op(int insn) {
        return insn & 0xFF;
    }

    public static int arg(int insn) {
        return insn >>> 8;
    }

    public static int make(int op, int arg) {
        return op | (arg << 8);
    }

    public static String name(int op) {
        return op >= 0 && op < COUNT ? NAMES[op] : "<" + op + ">";
    }

    /** True for instructions whose argument is a jump target. */
    public static boolean isJump(int op) {
        return switch (op) {
            case JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP,
                 JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, FOR_ITER, SEND,
                 JUMP_BACKWARD_NO_INTERRUPT -> true;
            default -> false;
        };
    }

    /**
     * The stack effect of an instruction when execution falls through (or, with
     * {@code jump}, when it jumps). Used by the compiler to track depth.
     */
    public static int stackEffect(int op, int arg, boolean jump) {
        return switch (op) {
            case NOP, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, GEN_START, SETUP_ANNOTATIONS,
                 UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT, UNARY_INVERT, GET_ITER, GET_YIELD_FROM_ITER,
                 LIST_TO_TUPLE, DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME, SWAP,
                 DICT_KEYS_LIST -> 0;
            case LOAD_ATTR -> 0;
            case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR, BINARY_OP,
                 COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE,
                 DICT_UPDATE, DICT_MERGE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                 POP_JUMP_IF_NOT_NONE, PRINT_EXPR, IMPORT_STAR, POP_EXCEPT, IMPORT_NAME -> -1;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case COPY, PUSH_NULL, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF, LOAD_GLOBAL,
                 LOAD_NAME, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, IMPORT_FROM, PUSH_EXC_INFO -> 1;
            case LOAD_FAST_LOAD_FAST -> 2;
            case LOAD_METHOD -> 1;
            case STORE_ATTR -> -2;
            case STORE_SUBSCR -> -3;
            case DELETE_SUBSCR -> -2;
            case MAP_ADD -> -2;
            case CALL -> -arg - 1;
            case CALL_KW -> -arg - 2;
            case CALL_EX -> (arg & 1) != 0 ? -3 : -2;
            case BUILD_SLICE -> 1 - arg;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xFF) + (arg >> 8);
            case FOR_ITER -> jump ? -1 : 1;
            case RETURN_VALUE -> -1;
            case RETURN_CONST -> 0;
            case YIELD_VALUE -> 0;
            case SEND -> jump ? -1 : 0;
            case MAKE_FUNCTION -> -Integer.bitCount(arg & 15);
            case RAISE_VARARGS -> -arg;
            case RERAISE -> -1;
            case CHECK_EXC_MATCH, CHECK_EG_MATCH -> 0;
            case PREP_RERAISE_STAR -> -1;
            case WITH_EXCEPT_START -> 1;
            case BEFORE_WITH -> 1;
            case MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, GET_LEN -> 1;
            case MATCH_CLASS -> -2;
            case COPY_DICT_WITHOUT_KEYS, GET_AWAITABLE, GET_AITER -> 0;
            case GET_ANEXT, BEFORE_ASYNC_WITH -> 1;
            case END_ASYNC_FOR -> -2;
            default -> throw new IllegalArgumentException("stack effect of " + name(op));
        };
    }
}
