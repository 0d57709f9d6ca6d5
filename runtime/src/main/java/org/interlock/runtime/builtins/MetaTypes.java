package org.interlock.runtime.builtins;

import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyGenericAlias;
import org.interlock.runtime.objects.PyMethod;
import org.interlock.runtime.objects.Singletons;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/**
 * The methods of {@code type} that a Python metaclass inherits and calls through
 * {@code super()}: {@code __new__} (makes a class), {@code __init__}, {@code __call__} (makes
 * an instance: {@code __new__} then {@code __init__}), {@code __prepare__}, {@code __repr__};
 * and {@code types.GenericAlias}'s behaviour as a base class and as a callable.
 */
final class MetaTypes {
    private MetaTypes() {}

    static void init(TypeInfo t) {
        t.attr("__new__", new PyBuiltin("__new__", false, "type", (s, a, kw, ts) -> ClassBuilder.typeNew(a, kw, ts)));
        t.method("__init__", (self, a, kw, ts) -> {
            int np = Args.npos(a, kw);
            if (np != 1 && np != 3) throw ExcTypes.typeError("type.__init__() takes 1 or 3 arguments", ts);
            return Ops.NONE;
        });
        t.method("__call__", (self, a, kw, ts) -> {
            if (!(self instanceof PyType cls)) throw ExcTypes.typeError("descriptor '__call__' requires a 'type' object", ts);
            return Calls.constructPlain(cls, a, kw, ts);
        });
        t.attr("__prepare__", new PyBuiltin("__prepare__", false, "type", (s, a, kw, ts) -> new PyDict(ts)));
        t.method("__repr__", (self, a, kw, ts) -> PyStr.of(Repr.typeRepr((PyType) self, ts), ts));
        t.method("__instancecheck__", (self, a, kw, ts) -> PyBool.of(Ops.isInstance(a[0], (PyType) self)));
        t.method("__subclasscheck__", (self, a, kw, ts) -> {
            if (!(a[0] instanceof PyType sub)) throw ExcTypes.typeError("issubclass() arg 1 must be a class", ts);
            return PyBool.of(Ops.isSubtype(sub, (PyType) self));
        });

        // the descriptor protocol as methods, so that libraries can tell descriptors apart
        // (hasattr(v, '__get__')) and call them by hand
        TypeInfo.of(PyDescriptor.CLASSMETHOD).method("__get__", (s, a, kw, ts) -> {
            PyDescriptor d = (PyDescriptor) s;
            PyObject owner = a.length > 1 && a[1] != Ops.NONE ? a[1] : a[0].type();
            return new PyMethod(d.fget, owner, ts);
        });
        TypeInfo.of(PyDescriptor.STATICMETHOD).method("__get__", (s, a, kw, ts) -> Ops.incref(((PyDescriptor) s).fget, ts));
        TypeInfo.of(PyDescriptor.PROPERTY).method("__delete__", (s, a, kw, ts) -> {
            PyDescriptor d = (PyDescriptor) s;
            if (d.fdel == null) throw ExcTypes.attributeError("can't delete attribute", ts);
            return Calls.call1(d.fdel, a[0], ts);
        });

        t.method("__or__", (self, a, kw, ts) -> unionOr(self, a, kw, ts, false));
        t.method("__ror__", (self, a, kw, ts) -> unionOr(self, a, kw, ts, true));
        TypeInfo ga = TypeInfo.of(PyGenericAlias.TYPE);
        // GenericAlias(origin, args): what a class's __class_getitem__ = classmethod(GenericAlias) calls
        ga.constructor = (self, a, kw, ts) -> {
            Args.check("GenericAlias", a, kw, 2, 2, ts);
            return new PyGenericAlias(a[0], a[1], ts);
        };
        ga.method("__mro_entries__", (self, a, kw, ts) -> PyTuple.of(ts, ((PyGenericAlias) self).origin));
        ga.method("__call__", (self, a, kw, ts) -> Calls.call(((PyGenericAlias) self).origin, a, kw, ts));
        ga.method("__getitem__", (self, a, kw, ts) -> {
            throw ExcTypes.typeError("There are no type variables left in " + Repr.repr(self, ts), ts);
        });
        // typing's own aliases call these directly; a non-unionable operand gives NotImplemented
        ga.method("__or__", (self, a, kw, ts) -> unionOr(self, a, kw, ts, false));
        ga.method("__ror__", (self, a, kw, ts) -> unionOr(self, a, kw, ts, true));
        TypeInfo ut = TypeInfo.of(org.interlock.runtime.objects.PyUnionType.TYPE);
        ut.method("__or__", (self, a, kw, ts) -> unionOr(self, a, kw, ts, false));
        ut.method("__ror__", (self, a, kw, ts) -> unionOr(self, a, kw, ts, true));
        ga.method("__instancecheck__", (self, a, kw, ts) -> {
            throw ExcTypes.typeError("isinstance() argument 2 cannot be a parameterized generic", ts);
        });
    }

    private static PyObject unionOr(PyObject self, PyObject[] a, String[] kw, ThreadState ts, boolean reflected) {
        Args.check(reflected ? "__ror__" : "__or__", a, kw, 1, 1, ts);
        if (!org.interlock.runtime.objects.PyUnionType.unionable(a[0])) return Ops.incref(Singletons.NOT_IMPLEMENTED, ts);
        return reflected ? org.interlock.runtime.objects.PyUnionType.or(a[0], self, ts)
                : org.interlock.runtime.objects.PyUnionType.or(self, a[0], ts);
    }

    /**
     * {@code isinstance(o, cls)} through a Python metaclass's {@code __instancecheck__}; null when
     * the metaclass does not override it (the caller checks the MRO).
     */
    static Boolean metaInstanceCheck(PyObject o, PyType cls, ThreadState ts) {
        if (!(cls.type() instanceof PyClass mc)) return null;
        if (o.type() == cls) return Boolean.TRUE;
        return callCheck(mc, "__instancecheck__", cls, o, ts);
    }

    /** {@code issubclass(c, cls)} through a Python metaclass's {@code __subclasscheck__}; null if not overridden. */
    static Boolean metaSubclassCheck(PyObject c, PyType cls, ThreadState ts) {
        if (!(cls.type() instanceof PyClass mc)) return null;
        return callCheck(mc, "__subclasscheck__", cls, c, ts);
    }

    private static Boolean callCheck(PyClass mc, String name, PyType cls, PyObject arg, ThreadState ts) {
        PyObject m = mc.lookup(PyStr.intern(name), ts);
        if (m == null || m instanceof PyBuiltin) return null;
        PyObject r = Ops.callSpecial(m, cls, ts, arg);
        try {
            return Ops.isTrue(r, ts);
        } finally {
            ts.refs.decref(r, ts);
        }
    }
}
