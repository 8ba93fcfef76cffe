/* vm/errors.h: raising and catching exceptions from C.
 *
 * The exception being raised lives in mi_state->exc as an exception
 * instance; a function reports failure by returning NULL or -1 with it set.
 * Raising while another exception is being handled (mi_state->handled)
 * chains the handled one as __context__, as Python does.
 *
 * The built-in exception types are static MiType objects declared below and
 * named after their Python names: MI_EXC(ValueError) is &mi_exc_ValueError. */
#ifndef MINI_VM_ERRORS_H
#define MINI_VM_ERRORS_H

#include <stdarg.h>

#include "vm/object.h"

#define MI_EXCEPTIONS(X)                                                       \
    X(BaseException, object)                                                   \
    X(SystemExit, BaseException)                                               \
    X(KeyboardInterrupt, BaseException)                                        \
    X(GeneratorExit, BaseException)                                            \
    X(Exception, BaseException)                                                \
    X(StopIteration, Exception)                                                \
    X(StopAsyncIteration, Exception)                                           \
    X(ArithmeticError, Exception)                                              \
    X(FloatingPointError, ArithmeticError)                                     \
    X(OverflowError, ArithmeticError)                                          \
    X(ZeroDivisionError, ArithmeticError)                                      \
    X(AssertionError, Exception)                                               \
    X(AttributeError, Exception)                                               \
    X(BufferError, Exception)                                                  \
    X(EOFError, Exception)                                                     \
    X(ImportError, Exception)                                                  \
    X(ModuleNotFoundError, ImportError)                                        \
    X(LookupError, Exception)                                                  \
    X(IndexError, LookupError)                                                 \
    X(KeyError, LookupError)                                                   \
    X(MemoryError, Exception)                                                  \
    X(NameError, Exception)                                                    \
    X(UnboundLocalError, NameError)                                            \
    X(OSError, Exception)                                                      \
    X(BlockingIOError, OSError)                                                \
    X(ChildProcessError, OSError)                                              \
    X(ConnectionError, OSError)                                                \
    X(BrokenPipeError, ConnectionError)                                        \
    X(ConnectionAbortedError, ConnectionError)                                 \
    X(ConnectionRefusedError, ConnectionError)                                 \
    X(ConnectionResetError, ConnectionError)                                   \
    X(FileExistsError, OSError)                                                \
    X(FileNotFoundError, OSError)                                              \
    X(InterruptedError, OSError)                                               \
    X(IsADirectoryError, OSError)                                              \
    X(NotADirectoryError, OSError)                                             \
    X(PermissionError, OSError)                                                \
    X(ProcessLookupError, OSError)                                             \
    X(TimeoutError, OSError)                                                   \
    X(ReferenceError, Exception)                                               \
    X(RuntimeError, Exception)                                                 \
    X(NotImplementedError, RuntimeError)                                       \
    X(RecursionError, RuntimeError)                                            \
    X(SyntaxError, Exception)                                                  \
    X(IndentationError, SyntaxError)                                           \
    X(TabError, IndentationError)                                              \
    X(SystemError, Exception)                                                  \
    X(TypeError, Exception)                                                    \
    X(ValueError, Exception)                                                   \
    X(UnicodeError, ValueError)                                                \
    X(UnicodeDecodeError, UnicodeError)                                        \
    X(UnicodeEncodeError, UnicodeError)                                        \
    X(UnicodeTranslateError, UnicodeError)                                     \
    X(Warning, Exception)                                                      \
    X(DeprecationWarning, Warning)                                             \
    X(PendingDeprecationWarning, Warning)                                      \
    X(RuntimeWarning, Warning)                                                 \
    X(SyntaxWarning, Warning)                                                  \
    X(UserWarning, Warning)                                                    \
    X(FutureWarning, Warning)                                                  \
    X(ImportWarning, Warning)                                                  \
    X(UnicodeWarning, Warning)                                                 \
    X(BytesWarning, Warning)                                                   \
    X(ResourceWarning, Warning)                                                \
    X(EncodingWarning, Warning)

#define MI_EXC_DECLARE(name, base) extern MiType mi_exc_##name;
MI_EXCEPTIONS(MI_EXC_DECLARE)
#undef MI_EXC_DECLARE

#define MI_EXC(name) (&mi_exc_##name)

/* The layout of BaseException instances; subclasses with more fields
 * (SystemExit, StopIteration, OSError, SyntaxError, ...) extend it in
 * vm/exceptions.c. */
typedef struct MiException {
    MI_HEAD
    MiObject *dict;              /* instance attributes, or NULL */
    MiObject *args;              /* tuple */
    MiObject *traceback;         /* MiTraceback or NULL */
    MiObject *context;           /* __context__ */
    MiObject *cause;             /* __cause__ */
    char      suppress_context;  /* __suppress_context__ */
} MiException;

typedef struct MiStopIteration {
    MiException exc;
    MiObject   *value;
} MiStopIteration;

typedef struct MiSystemExit {
    MiException exc;
    MiObject   *code;
} MiSystemExit;

typedef struct MiNameError {        /* NameError, AttributeError (name, obj) */
    MiException exc;
    MiObject   *name;
    MiObject   *obj;
} MiNameError;

typedef struct MiImportError {
    MiException exc;
    MiObject   *msg, *name, *path;
} MiImportError;

typedef struct MiOSError {
    MiException exc;
    MiObject   *myerrno, *strerror, *filename, *filename2;
} MiOSError;

typedef struct MiSyntaxErrorObject {
    MiException exc;
    MiObject   *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset;
    MiObject   *print_file_and_line;
} MiSyntaxErrorObject;

/* UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError. */
typedef struct MiUnicodeErrorObject {
    MiException exc;
    MiObject   *encoding, *object, *start, *end, *reason;
} MiUnicodeErrorObject;

/* Is `o` an exception instance / an exception class? */
int mi_exc_is_instance(MiObject *o);
int mi_exc_is_class(MiObject *o);

/* ---- raising -------------------------------------------------------------- */

/* Raises `type`(msg).  The message is copied. */
void mi_err_set(MiType *type, const char *msg);
/* Raises `type`(value) (value borrowed; a tuple value becomes the args). */
void mi_err_set_object(MiType *type, MiObject *value);
/* Raises UnicodeDecodeError(encoding, bytes data[0:size], start, end,
 * reason) / UnicodeEncodeError(encoding, str, start, end, reason), whose
 * str() is CPython's message. */
void mi_err_unicode_decode(const char *encoding, const char *data, intptr_t size,
                           intptr_t start, intptr_t end, const char *reason);
void mi_err_unicode_encode(const char *encoding, MiObject *str, intptr_t start, intptr_t end,
                           const char *reason);
/* Raises `type` with no arguments. */
void mi_err_set_none(MiType *type);
/* Raises `type`(message), the message formatted from `fmt`: %s (char *),
 * %d (int), %ld (long), %zd (intptr_t/ssize_t), %zu (size_t), %c (int
 * code point), %p, %% and, taking MiObject *: %R repr(obj), %S str(obj),
 * %T the name of obj's type, %N a type's name (MiType *), %U a str object
 * itself.  Always returns NULL, for `return mi_err_format(...)`. */
MiObject *mi_err_format(MiType *type, const char *fmt, ...);
MiObject *mi_err_vformat(MiType *type, const char *fmt, va_list ap);
/* Raises MemoryError without allocating.  Returns NULL. */
MiObject *mi_err_nomemory(void);
/* Raises an exception instance or class (like `raise exc`): classes are
 * instantiated; anything else is a TypeError.  `exc` is borrowed. */
void mi_err_raise(MiObject *exc);
/* Raises OSError (or the subclass errno maps to) from errno, with an
 * optional filename (borrowed, may be NULL). */
MiObject *mi_err_from_errno(MiObject *filename);
/* Raises SystemError("bad argument to internal function") at file:line. */
#define mi_err_bad_internal_call() mi_err_bad_internal_call_at(__FILE__, __LINE__)
void mi_err_bad_internal_call_at(const char *file, int line);

/* ---- inspecting and catching ------------------------------------------------ */

/* Is an exception being raised? */
static inline int mi_err_occurred(void);
/* Does the raised exception match `type` (an exception class, or a tuple of
 * them), as `except type:` would? */
int mi_err_matches(MiObject *type);
/* Does exception instance/class `exc` match `type`? */
int mi_exc_matches(MiObject *exc, MiObject *type);
/* Forgets the raised exception. */
void mi_err_clear(void);
/* Takes the raised exception out of the state: returns it (new reference)
 * and clears it; NULL when none is raised. */
MiObject *mi_err_fetch(void);
/* Makes `exc` (stolen, may be NULL) the raised exception, replacing any. */
void mi_err_restore(MiObject *exc);
/* Borrowed: the raised exception or NULL. */
MiObject *mi_err_peek(void);

/* Prints "Exception ignored in: <where>" and the traceback of the raised
 * exception to sys.stderr, then clears it (for errors in __del__, weakref
 * callbacks, ...). */
void mi_err_write_unraisable(MiObject *where);

/* ---- exception objects ------------------------------------------------------ */

/* Returns a new instance of `type` with `args` (borrowed tuple). */
MiObject *mi_exc_new(MiType *type, MiObject *args);
/* Borrowed: exception attributes. */
MiObject *mi_exc_get_traceback(MiObject *exc);
void mi_exc_set_traceback(MiObject *exc, MiObject *tb);      /* tb borrowed */
MiObject *mi_exc_get_context(MiObject *exc);
void mi_exc_set_context(MiObject *exc, MiObject *context);   /* steals context */
MiObject *mi_exc_get_cause(MiObject *exc);
void mi_exc_set_cause(MiObject *exc, MiObject *cause);       /* steals cause */
/* StopIteration(value): returns a new reference to the value (None if no
 * args). */
MiObject *mi_stop_iteration_value(MiObject *exc);

/* Sets up the exception types (called by mi_interp_init). */
int mi_exceptions_init(MiObject *builtins);

#include "vm/state.h"

static inline int
mi_err_occurred(void)
{
    return mi_state->exc != NULL;
}

#endif /* MINI_VM_ERRORS_H */
