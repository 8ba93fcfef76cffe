/* vm/names.h: identifiers the VM looks up by name, interned once at start
 * and reached as MI_NAME(__init__).  Add a name here to use it: X(name)
 * when the identifier can be a C field name, Y(field, "text") when it
 * cannot (C keywords and the compiler's own __func__). */
#ifndef MINI_VM_NAMES_H
#define MINI_VM_NAMES_H

#define MI_NAMES(X, Y)                                                            \
    X(__abs__) X(__add__) X(__and__) X(__annotations__) X(__bool__)            \
    X(__build_class__) X(__builtins__) X(__call__) X(__class__)                \
    X(__class_getitem__) X(__classcell__) Y(dunder_complex, "__complex__") X(__contains__)       \
    X(__del__) X(__delattr__) X(__delete__) X(__delitem__) X(__dict__)         \
    X(__dir__) X(__divmod__) X(__doc__) X(__enter__) X(__eq__) X(__exit__)     \
    X(__file__) X(__float__) X(__floordiv__) X(__format__) X(__ge__)           \
    X(__get__) X(__getattr__) X(__getattribute__) X(__getitem__) X(__gt__)     \
    X(__hash__) X(__iadd__) X(__iand__) X(__ifloordiv__) X(__ilshift__)        \
    X(__imatmul__) X(__imod__) X(__import__) X(__imul__) X(__index__)          \
    X(__init__) X(__init_subclass__) X(__instancecheck__) X(__int__)           \
    X(__invert__) X(__ior__) X(__ipow__) X(__irshift__) X(__isub__)            \
    X(__iter__) X(__itruediv__) X(__ixor__) X(__le__) X(__len__)               \
    X(__length_hint__) X(__loader__) X(__lshift__) X(__lt__) X(__main__)       \
    X(__matmul__) X(__missing__) X(__mod__) X(__module__) X(__mro_entries__)   \
    X(__mul__) X(__name__) X(__ne__) X(__neg__) X(__new__) X(__next__)         \
    X(__or__) X(__package__) X(__pos__) X(__pow__) X(__prepare__)              \
    X(__qualname__) X(__radd__) X(__rand__) X(__rdivmod__) X(__repr__)         \
    X(__reversed__) X(__rfloordiv__) X(__rlshift__) X(__rmatmul__) X(__rmod__) \
    X(__rmul__) X(__ror__) X(__round__) X(__rpow__) X(__rrshift__)             \
    X(__rshift__) X(__rsub__) X(__rtruediv__) X(__rxor__) X(__set__)           \
    X(__set_name__) X(__setattr__) X(__setitem__) X(__slots__) X(__spec__)     \
    X(__str__) X(__sub__) X(__subclasscheck__) X(__traceback__)                \
    X(__truediv__) X(__trunc__) X(__weakref__) X(__xor__) X(__ceil__)          \
    X(__floor__) X(__fspath__) X(__sizeof__) X(__reduce__) X(__cause__)        \
    X(__context__) X(__suppress_context__) X(__self__) Y(dunder_func, "__func__")             \
    X(__wrapped__) X(__abstractmethods__) X(__orig_bases__) X(__path__)        \
    X(__all__) X(__version__) X(__isabstractmethod__) X(__bases__)                                                  \
    X(append) X(args) X(builtins) X(close) X(code) X(decode) X(encode)         \
    X(end) X(endswith) Y(str_errno, "errno") X(extend) X(file) X(filename) X(fileno)        \
    X(flush) X(get) X(items) X(keys) X(lineno) X(metaclass) X(mro) X(msg)      \
    X(name) X(obj) X(offset) X(path) X(print_file_and_line) X(read)            \
    X(readline) X(send) X(sep) X(strerror) X(text) X(throw) X(update)          \
    X(value) X(values) X(write) X(end_lineno) X(end_offset) X(key)             \
    X(reverse) Y(kw_default, "default") X(strict) X(exit) X(stdout) X(stderr) X(stdin)       \
    X(modules) X(argv) X(displayhook) X(excepthook) X(ps1) X(ps2)              \
    X(last_type) X(last_value) X(last_traceback) X(copy) X(isatty) X(mode)     \
    X(encoding) X(errors) X(newline) X(closed) X(buffer) X(start) X(stop)      \
    X(step) X(real) X(imag) X(fget) X(fset) X(fdel) X(keywords)

#endif /* MINI_VM_NAMES_H */
