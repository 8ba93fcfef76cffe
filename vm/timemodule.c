/* vm/timemodule.c: the `time` module: clocks, sleep, and conversions
 * between timestamps, struct_time and text, as CPython 3.10 on Linux.
 *
 *   - Clocks read clock_gettime() in nanoseconds; the float variants divide
 *     as CPython's _PyTime_AsSecondsDouble does (exactly when whole).
 *   - sleep() waits on CLOCK_MONOTONIC until an absolute deadline, so a
 *     signal only interrupts it to check for Ctrl-C (KeyboardInterrupt).
 *   - struct_time is a tuple subclass of 9 visible items plus two hidden
 *     ones (tm_zone, tm_gmtoff) stored after them: the tuple's size is 9,
 *     the allocation holds 11, and this file's dealloc/traverse see all.
 *   - Tuples given to mktime/asctime/strftime are read and range-checked
 *     like CPython's gettmarg() and checktm(), with the same messages.
 *   - strptime() is Lib/_strptime.py's, in C and for the C locale: the
 *     format's regular expression becomes items matched by backtracking
 *     (see the strptime section).
 *   - get_clock_info() returns a minimal types.SimpleNamespace.
 * Start reading at time_localtime(). */
#include "vm/module.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/str_unicode.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

#define NS_PER_SEC 1000000000LL
#define STRUCT_TIME_VISIBLE 9         /* items seen as a tuple */
#define STRUCT_TIME_FIELDS 11         /* plus tm_zone and tm_gmtoff */

/* ---- struct_time ---------------------------------------------------------------------- */

static const char *const field_names[STRUCT_TIME_FIELDS] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff",
};

static MiType struct_time_type;

/* A struct_time of `items` (STRUCT_TIME_FIELDS references, stolen, none
 * NULL).  New reference. */
static MiObject *
struct_time_new_items(MiObject **items)
{
    MiTuple *t = (MiTuple *)mi_object_alloc_var(&struct_time_type, STRUCT_TIME_FIELDS);
    if (t == NULL) {
        for (int i = 0; i < STRUCT_TIME_FIELDS; i++)
            MI_DECREF(items[i]);
        return NULL;
    }
    for (int i = 0; i < STRUCT_TIME_FIELDS; i++)
        t->items[i] = items[i];
    t->size = STRUCT_TIME_VISIBLE;
    MI_GC_TRACK(t);
    return (MiObject *)t;
}

/* struct_time from a C struct tm (as localtime()/gmtime() fill it). */
static MiObject *
struct_time_from_tm(const struct tm *p)
{
    MiObject *items[STRUCT_TIME_FIELDS];
    int64_t v[STRUCT_TIME_VISIBLE] = {
        (int64_t)p->tm_year + 1900, p->tm_mon + 1, p->tm_mday, p->tm_hour, p->tm_min,
        p->tm_sec, (p->tm_wday + 6) % 7, p->tm_yday + 1, p->tm_isdst,
    };
    int n = 0;
    for (; n < STRUCT_TIME_VISIBLE; n++) {
        if ((items[n] = mi_int_from_i64(v[n])) == NULL)
            goto fail;
    }
    items[n] = p->tm_zone ? mi_str_decode_utf8(p->tm_zone, (intptr_t)strlen(p->tm_zone),
                                               "surrogateescape") : mi_newref(MI_NONE);
    if (items[n] == NULL)
        goto fail;
    n++;
    if ((items[n] = mi_int_from_i64(p->tm_gmtoff)) == NULL)
        goto fail;
    return struct_time_new_items(items);
fail:
    while (--n >= 0)
        MI_DECREF(items[n]);
    return NULL;
}

/* time.struct_time(sequence, dict=None): 9 to 11 items; missing hidden
 * fields come from `dict`, else None. */
static MiObject *
struct_time_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"sequence", "dict"};
    MiObject *a[2] = {NULL, NULL}, *seq, *items[STRUCT_TIME_FIELDS];
    intptr_t len, nkw = mi_args_nkw(kwnames);
    (void)type;
    /* the missing sequence is reported before unknown keywords, as CPython */
    if (nargs > 0)
        a[0] = args[0];
    for (intptr_t k = 0; a[0] == NULL && k < nkw; k++) {
        if (mi_str_eq_cstr(MI_TUPLE_GET(kwnames, k), "sequence"))
            a[0] = args[nargs + k];
    }
    if (a[0] == NULL)
        return mi_err_format(MI_EXC(TypeError), "structseq() missing required argument "
                             "'sequence' (pos 1)");
    if (nargs > 2) {
        return mi_err_format(MI_EXC(TypeError), "structseq() takes at most 2 arguments "
                             "(%zd given)", nargs + nkw);
    }
    if (nargs > 1)
        a[1] = args[1];
    for (intptr_t k = 0; k < nkw; k++) {
        MiObject *key = MI_TUPLE_GET(kwnames, k);
        int i = mi_str_eq_cstr(key, names[0]) ? 0 : mi_str_eq_cstr(key, names[1]) ? 1 : -1;
        if (i < 0) {
            return mi_err_format(MI_EXC(TypeError), "'%U' is an invalid keyword argument for "
                                 "structseq()", key);
        }
        if (i < nargs) {
            return mi_err_format(MI_EXC(TypeError), "argument for structseq() given by name "
                                 "('%s') and position (%d)", names[i], i + 1);
        }
        a[i] = args[nargs + k];
    }
    seq = mi_seq_to_tuple(a[0]);
    if (seq == NULL)
        return NULL;
    len = MI_TUPLE_SIZE(seq);
    if (len < STRUCT_TIME_VISIBLE || len > STRUCT_TIME_FIELDS) {
        mi_err_format(MI_EXC(TypeError), "time.struct_time() takes an %s %d-sequence "
                      "(%zd-sequence given)", len < STRUCT_TIME_VISIBLE ? "at least" : "at most",
                      len < STRUCT_TIME_VISIBLE ? STRUCT_TIME_VISIBLE : STRUCT_TIME_FIELDS, len);
        MI_DECREF(seq);
        return NULL;
    }
    if (a[1] != NULL && a[1] != MI_NONE && !mi_dict_check(a[1])) {
        mi_err_format(MI_EXC(TypeError), "time.struct_time() takes a dict as second "
                      "argument, if any");
        MI_DECREF(seq);
        return NULL;
    }
    for (intptr_t i = 0; i < STRUCT_TIME_FIELDS; i++) {
        MiObject *v = NULL;
        if (i < len) {
            v = MI_TUPLE_GET(seq, i);
        } else if (a[1] != NULL && a[1] != MI_NONE) {
            v = mi_dict_get_cstr(a[1], field_names[i]);
            if (v == NULL && mi_err_occurred()) {
                while (--i >= 0)
                    MI_DECREF(items[i]);
                MI_DECREF(seq);
                return NULL;
            }
        }
        items[i] = mi_newref(v ? v : MI_NONE);
    }
    MI_DECREF(seq);
    return struct_time_new_items(items);
}

static int
struct_time_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    for (int i = 0; i < STRUCT_TIME_FIELDS; i++)
        MI_VISIT(((MiTuple *)self)->items[i]);
    return 0;
}

static void
struct_time_dealloc(MiObject *self)
{
    MiTuple *t = (MiTuple *)self;
    MI_GC_UNTRACK(self);
    for (int i = 0; i < STRUCT_TIME_FIELDS; i++)
        MI_CLEAR(t->items[i]);
    mi_object_free(self);
}

static MiObject *
struct_time_repr(MiObject *self)
{
    MiStrBuilder sb;
    mi_sb_init(&sb);
    mi_sb_append_cstr(&sb, "time.struct_time(");
    for (int i = 0; i < STRUCT_TIME_VISIBLE; i++) {
        MiObject *r = mi_obj_repr(((MiTuple *)self)->items[i]);
        if (r == NULL) {
            mi_sb_discard(&sb);
            return NULL;
        }
        mi_sb_printf(&sb, "%s%s=", i ? ", " : "", field_names[i]);
        mi_sb_append_str(&sb, r);
        MI_DECREF(r);
    }
    mi_sb_append_char(&sb, ')');
    return mi_sb_finish(&sb);
}

static MiObject *
struct_time_getattr(MiObject *self, MiObject *name)
{
    MiObject *res = mi_obj_generic_getattr(self, name);
    if (res == NULL && mi_err_matches((MiObject *)MI_EXC(AttributeError))) {
        mi_err_clear();
        mi_err_format(MI_EXC(AttributeError), "'time.struct_time' object has no attribute '%U'",
                      name);
    }
    return res;
}

static MiObject *
struct_time_field(MiObject *self, void *closure)
{
    return mi_newref(((MiTuple *)self)->items[(intptr_t)closure]);
}

static MiObject *
struct_time_reduce(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiTuple *t = (MiTuple *)self;
    MiObject *visible, *hidden = NULL, *inner = NULL, *res = NULL;
    (void)args;
    (void)nargs;
    (void)kw;
    visible = mi_tuple_from_array(t->items, STRUCT_TIME_VISIBLE);
    if (visible == NULL)
        return NULL;
    hidden = mi_dict_new();
    if (hidden == NULL)
        goto done;
    for (int i = STRUCT_TIME_VISIBLE; i < STRUCT_TIME_FIELDS; i++) {
        if (mi_dict_set_cstr(hidden, field_names[i], t->items[i]) < 0)
            goto done;
    }
    inner = mi_tuple_pack(2, visible, hidden);
    if (inner != NULL)
        res = mi_tuple_pack(2, (MiObject *)self->type, inner);
done:
    MI_DECREF(visible);
    MI_XDECREF(hidden);
    MI_XDECREF(inner);
    return res;
}

static MiMethodDef struct_time_methods[] = {
    {"__reduce__", struct_time_reduce, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiGetSetDef struct_time_getsets[] = {
    {"tm_year", struct_time_field, NULL, "year, for example, 1993", (void *)0},
    {"tm_mon", struct_time_field, NULL, "month of year, range [1, 12]", (void *)1},
    {"tm_mday", struct_time_field, NULL, "day of month, range [1, 31]", (void *)2},
    {"tm_hour", struct_time_field, NULL, "hours, range [0, 23]", (void *)3},
    {"tm_min", struct_time_field, NULL, "minutes, range [0, 59]", (void *)4},
    {"tm_sec", struct_time_field, NULL, "seconds, range [0, 61])", (void *)5},
    {"tm_wday", struct_time_field, NULL, "day of week, range [0, 6], Monday is 0", (void *)6},
    {"tm_yday", struct_time_field, NULL, "day of year, range [1, 366]", (void *)7},
    {"tm_isdst", struct_time_field, NULL, "1 if summer time is in effect, 0 if not, and -1 if "
     "unknown", (void *)8},
    {"tm_zone", struct_time_field, NULL, "abbreviation of timezone name", (void *)9},
    {"tm_gmtoff", struct_time_field, NULL, "offset from UTC in seconds", (void *)10},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiType struct_time_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "time.struct_time",
    .basicsize = sizeof(MiTuple),
    .itemsize = sizeof(MiObject *),
    .flags = MI_TYPE_GC | MI_TYPE_TUPLE_SUBCLASS | MI_TYPE_SEQUENCE,
    .base_type = &mi_tuple_type,
    .dealloc = struct_time_dealloc,
    .traverse = struct_time_traverse,
    .new_ = struct_time_new,
    .repr = struct_time_repr,
    .getattr = struct_time_getattr,
    .methods = struct_time_methods,
    .getsets = struct_time_getsets,
    .doc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
           " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
           " sequence of 9 integers.",
};

/* ---- reading arguments --------------------------------------------------------------- */

/* A timestamp argument as time_t, rounded toward -inf (None: now).
 * 0 / -1. */
static int
to_time_t(MiObject *o, time_t *out)
{
    if (o == NULL || o == MI_NONE) {
        *out = time(NULL);
        return 0;
    }
    if (mi_float_check(o)) {
        double d = floor(MI_FLOAT_VALUE(o));
        if (isnan(d)) {
            mi_err_set(MI_EXC(ValueError), "Invalid value NaN (not a number)");
            return -1;
        }
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            mi_err_set(MI_EXC(OverflowError), "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    {
        MiObject *i = mi_num_index(o);
        int overflow;
        int64_t v;
        if (i == NULL)
            return -1;
        v = mi_int_as_i64(i, &overflow);
        MI_DECREF(i);
        if (overflow) {
            mi_err_set(MI_EXC(OverflowError), "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)v;
        return 0;
    }
}

/* A C int from an int argument (as PyArg_ParseTuple's "i"). */
static int
to_c_int(MiObject *o, int *out)
{
    MiObject *i;
    int overflow;
    int64_t v;
    i = mi_num_index(o);
    if (i == NULL)
        return -1;
    v = mi_int_as_i64(i, &overflow);
    MI_DECREF(i);
    if (overflow || v > INT32_MAX) {
        mi_err_set(MI_EXC(OverflowError), "signed integer is greater than maximum");
        return -1;
    }
    if (v < INT32_MIN) {
        mi_err_set(MI_EXC(OverflowError), "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* Fills *p from a 9-tuple or struct_time as CPython's gettmarg(): fields
 * shifted to C's conventions; `fname` names the caller in the error for a
 * wrong shape.  0 / -1. */
static int
tuple_to_tm(MiObject *t, struct tm *p, const char *fname)
{
    int v[STRUCT_TIME_VISIBLE];
    memset(p, 0, sizeof *p);
    if (!mi_tuple_check(t)) {
        mi_err_set(MI_EXC(TypeError), "Tuple or struct_time argument required");
        return -1;
    }
    if (MI_TUPLE_SIZE(t) != STRUCT_TIME_VISIBLE) {
        mi_err_format(MI_EXC(TypeError), "%s(): illegal time tuple argument", fname);
        return -1;
    }
    for (int i = 0; i < STRUCT_TIME_VISIBLE; i++) {
        if (to_c_int(MI_TUPLE_GET(t, i), &v[i]) < 0)
            return -1;
    }
    if (v[0] < INT32_MIN + 1900) {
        mi_err_set(MI_EXC(OverflowError), "year out of range");
        return -1;
    }
    p->tm_year = v[0] - 1900;
    p->tm_mon = v[1] - 1;
    p->tm_mday = v[2];
    p->tm_hour = v[3];
    p->tm_min = v[4];
    p->tm_sec = v[5];
    p->tm_wday = (v[6] + 1) % 7;
    p->tm_yday = v[7] - 1;
    p->tm_isdst = v[8];
    if (t->type == &struct_time_type) {
        MiObject *zone = MI_TUPLE_ITEMS(t)[9], *off = MI_TUPLE_ITEMS(t)[10];
        if (zone != MI_NONE && mi_str_check(zone))
            p->tm_zone = mi_str_cstr(zone);      /* borrowed while t lives */
        if (off != MI_NONE && mi_int_check(off)) {
            int overflow;
            p->tm_gmtoff = (long)mi_int_as_i64(off, &overflow);
        }
    }
    return 0;
}

/* Range checks of asctime() and strftime(), mapping Python's 0 for month,
 * day and yday to the first valid value.  0 / -1. */
static int
check_tm(struct tm *p)
{
    const char *msg = NULL;
    if (p->tm_mon == -1)
        p->tm_mon = 0;
    else if (p->tm_mon < 0 || p->tm_mon > 11)
        msg = "month out of range";
    if (msg == NULL) {
        if (p->tm_mday == 0)
            p->tm_mday = 1;
        else if (p->tm_mday < 0 || p->tm_mday > 31)
            msg = "day of month out of range";
    }
    if (msg == NULL && (p->tm_hour < 0 || p->tm_hour > 23))
        msg = "hour out of range";
    if (msg == NULL && (p->tm_min < 0 || p->tm_min > 59))
        msg = "minute out of range";
    if (msg == NULL && (p->tm_sec < 0 || p->tm_sec > 61))
        msg = "seconds out of range";
    if (msg == NULL && p->tm_wday < 0)
        msg = "day of week out of range";
    if (msg == NULL) {
        if (p->tm_yday == -1)
            p->tm_yday = 0;
        else if (p->tm_yday < 0 || p->tm_yday > 365)
            msg = "day of year out of range";
    }
    if (msg != NULL) {
        mi_err_set(MI_EXC(ValueError), msg);
        return -1;
    }
    return 0;
}

/* localtime_r / gmtime_r with CPython's OSError on failure.  0 / -1. */
static int
convert_time(time_t t, struct tm *p, int local)
{
    errno = 0;
    if ((local ? localtime_r(&t, p) : gmtime_r(&t, p)) == NULL) {
        if (errno == 0)
            errno = EINVAL;
        mi_err_from_errno(NULL);
        return -1;
    }
    return 0;
}

/* Checks the optional argument count of f([x]). */
static int
at_most_one(const char *fname, intptr_t nargs)
{
    if (nargs > 1) {
        mi_err_format(MI_EXC(TypeError), "%s() takes at most 1 argument (%zd given)", fname,
                      nargs);
        return -1;
    }
    return 0;
}

/* ---- clocks ------------------------------------------------------------------------ */

static int64_t
clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

/* Nanoseconds as float seconds, exactly when they are whole seconds. */
static MiObject *
ns_to_seconds(int64_t ns)
{
    volatile double d;
    if (ns % NS_PER_SEC == 0) {
        d = (double)(ns / NS_PER_SEC);
    } else {
        d = (double)ns;
        d /= 1e9;
    }
    return mi_float_new(d);
}

#define CLOCK_FUNCS(name, id)                                                               \
    static MiObject *                                                                       \
    time_##name(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)        \
    {                                                                                       \
        (void)self;                                                                         \
        (void)args;                                                                         \
        (void)nargs;                                                                        \
        (void)kw;                                                                           \
        return ns_to_seconds(clock_ns(id));                                                 \
    }                                                                                       \
    static MiObject *                                                                       \
    time_##name##_ns(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)   \
    {                                                                                       \
        (void)self;                                                                         \
        (void)args;                                                                         \
        (void)nargs;                                                                        \
        (void)kw;                                                                           \
        return mi_int_from_i64(clock_ns(id));                                               \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

/* ---- sleep ---------------------------------------------------------------------------- */

/* Raises KeyboardInterrupt when SIGINT arrived during a wait.  0 / -1. */
static int
check_interrupt(void)
{
    if (mi_state->interrupted) {
        mi_state->interrupted = 0;
        mi_err_set_none(MI_EXC(KeyboardInterrupt));
        return -1;
    }
    return 0;
}

/* A duration argument in nanoseconds, rounded away from zero (as CPython's
 * _PyTime_ROUND_TIMEOUT).  0 / -1. */
static int
to_duration_ns(MiObject *o, int64_t *out)
{
    const char *too_large = "timestamp too large to convert to C _PyTime_t";
    if (mi_float_check(o)) {
        volatile double d = MI_FLOAT_VALUE(o);
        if (isnan(d)) {
            mi_err_set(MI_EXC(ValueError), "Invalid value NaN (not a number)");
            return -1;
        }
        d *= 1e9;
        d = d >= 0.0 ? ceil(d) : floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            mi_err_set(MI_EXC(OverflowError), too_large);
            return -1;
        }
        *out = (int64_t)d;
        return 0;
    }
    {
        MiObject *i = mi_num_index(o);
        int overflow;
        int64_t v;
        if (i == NULL)
            return -1;
        v = mi_int_as_i64(i, &overflow);
        MI_DECREF(i);
        if (overflow || __builtin_mul_overflow(v, NS_PER_SEC, out)) {
            mi_err_set(MI_EXC(OverflowError), too_large);
            return -1;
        }
        return 0;
    }
}

static MiObject *
time_sleep(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    int64_t ns, deadline_ns;
    struct timespec deadline;
    (void)self;
    /* checked here for CPython's qualified name in the messages */
    if (mi_args_nkw(kw) > 0)
        return mi_err_format(MI_EXC(TypeError), "time.sleep() takes no keyword arguments");
    if (nargs != 1)
        return mi_err_format(MI_EXC(TypeError), "time.sleep() takes exactly one argument "
                             "(%zd given)", nargs);
    if (to_duration_ns(args[0], &ns) < 0)
        return NULL;
    if (ns < 0)
        return mi_err_format(MI_EXC(ValueError), "sleep length must be non-negative");
    if (__builtin_add_overflow(clock_ns(CLOCK_MONOTONIC), ns, &deadline_ns))
        deadline_ns = INT64_MAX;
    deadline.tv_sec = (time_t)(deadline_ns / NS_PER_SEC);
    deadline.tv_nsec = (long)(deadline_ns % NS_PER_SEC);
    for (;;) {
        int rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        if (rc == 0)
            break;
        if (rc != EINTR) {
            errno = rc;
            return mi_err_from_errno(NULL);
        }
        if (check_interrupt() < 0)
            return NULL;
    }
    MI_RETURN_NONE;
}

/* ---- conversions ------------------------------------------------------------------ */

static MiObject *
time_gmtime(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    time_t t;
    struct tm buf;
    (void)self;
    (void)kw;
    if (at_most_one("gmtime", nargs) < 0 || to_time_t(nargs ? args[0] : NULL, &t) < 0 ||
        convert_time(t, &buf, 0) < 0)
        return NULL;
    return struct_time_from_tm(&buf);
}

static MiObject *
time_localtime(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    time_t t;
    struct tm buf;
    (void)self;
    (void)kw;
    if (at_most_one("localtime", nargs) < 0 || to_time_t(nargs ? args[0] : NULL, &t) < 0 ||
        convert_time(t, &buf, 1) < 0)
        return NULL;
    return struct_time_from_tm(&buf);
}

static MiObject *
time_mktime(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    struct tm buf;
    time_t t;
    (void)self;
    (void)nargs;
    (void)kw;
    if (tuple_to_tm(args[0], &buf, "mktime") < 0)
        return NULL;
    buf.tm_wday = -1;                 /* sentinel: mktime() sets it on success */
    t = mktime(&buf);
    if (t == (time_t)-1 && buf.tm_wday == -1)
        return mi_err_format(MI_EXC(OverflowError), "mktime argument out of range");
    return mi_float_new((double)t);
}

/* The text of asctime() and ctime(): "Thu Jan  1 00:00:00 1970". */
static MiObject *
format_asctime(const struct tm *p)
{
    static const char wday_name[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon_name[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[80];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %ld", wday_name[p->tm_wday],
             mon_name[p->tm_mon], p->tm_mday, p->tm_hour, p->tm_min, p->tm_sec,
             1900L + p->tm_year);
    return mi_str_from_cstr(buf);
}

/* The struct tm of an optional time-tuple argument (None or absent: the
 * local time now), range-checked.  0 / -1. */
static int
tm_arg(MiObject *o, struct tm *p, const char *fname)
{
    if (o == NULL || o == MI_NONE)
        return convert_time(time(NULL), p, 1);
    if (tuple_to_tm(o, p, fname) < 0)
        return -1;
    return check_tm(p);
}

static MiObject *
time_asctime(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    struct tm buf;
    (void)self;
    (void)kw;
    if (at_most_one("asctime", nargs) < 0 || tm_arg(nargs ? args[0] : NULL, &buf,
                                                    "asctime") < 0)
        return NULL;
    return format_asctime(&buf);
}

static MiObject *
time_ctime(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    time_t t;
    struct tm buf;
    (void)self;
    (void)kw;
    if (at_most_one("ctime", nargs) < 0 || to_time_t(nargs ? args[0] : NULL, &t) < 0 ||
        convert_time(t, &buf, 1) < 0)
        return NULL;
    return format_asctime(&buf);
}

static MiObject *
time_strftime(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    struct tm buf;
    MiObject *fmt, *res = NULL;
    size_t fmtlen, cap;
    (void)self;
    (void)kw;
    if (nargs < 1 || nargs > 2) {
        return mi_err_format(MI_EXC(TypeError), nargs < 1 ? "strftime() takes at least 1 "
                             "argument (%zd given)" : "strftime() takes at most 2 arguments "
                             "(%zd given)", nargs);
    }
    fmt = args[0];
    if (!mi_str_check(fmt)) {
        return mi_err_format(MI_EXC(TypeError), "strftime() argument 1 must be str, not %s",
                             MI_TYPE_NAME(fmt));
    }
    if (tm_arg(nargs > 1 ? args[1] : NULL, &buf, "strftime") < 0)
        return NULL;
    if (buf.tm_isdst < -1)
        buf.tm_isdst = -1;
    else if (buf.tm_isdst > 1)
        buf.tm_isdst = 1;
    fmtlen = (size_t)MI_STR_SIZE(fmt);
    if (strlen(mi_str_cstr(fmt)) != fmtlen)
        return mi_err_format(MI_EXC(ValueError), "embedded null character");
    /* strftime() returns 0 both for "too small" and for an empty result:
     * grow the buffer until it clearly is not too small */
    for (cap = 1024;; cap += cap) {
        char *out = mi_malloc(cap);
        size_t n;
        if (out == NULL)
            return mi_err_nomemory();
        n = strftime(out, cap, mi_str_cstr(fmt), &buf);
        if (n > 0 || cap >= 256 * fmtlen) {
            res = mi_str_decode_utf8(out, (intptr_t)n, "surrogateescape");
            mi_free(out);
            break;
        }
        mi_free(out);
    }
    return res;
}

/* ---- clock_gettime() and friends -------------------------------------------------------- */

/* A clock id argument (a C int, as CPython's "i" format).  0 / -1. */
static int
clock_id_arg(MiObject *o, clockid_t *out)
{
    int v;
    if (to_c_int(o, &v) < 0)
        return -1;
    *out = (clockid_t)v;
    return 0;
}

/* "f() takes exactly N argument(s) (M given)", as PyArg_ParseTuple says. */
static int
exactly(const char *fname, intptr_t nargs, intptr_t n)
{
    if (nargs == n)
        return 0;
    mi_err_format(MI_EXC(TypeError), "%s() takes exactly %zd argument%s (%zd given)", fname, n,
                  n == 1 ? "" : "s", nargs);
    return -1;
}

/* clock_gettime(id) in nanoseconds: 0 / -1 with OSError. */
static int
read_clock(MiObject *arg, int64_t *ns)
{
    clockid_t id;
    struct timespec ts;
    if (clock_id_arg(arg, &id) < 0)
        return -1;
    if (clock_gettime(id, &ts) != 0) {
        mi_err_from_errno(NULL);
        return -1;
    }
    *ns = (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
    return 0;
}

static MiObject *
time_clock_gettime(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    int64_t ns;
    (void)self;
    (void)kw;
    if (exactly("clock_gettime", nargs, 1) < 0 || read_clock(args[0], &ns) < 0)
        return NULL;
    return ns_to_seconds(ns);
}

static MiObject *
time_clock_gettime_ns(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    int64_t ns;
    (void)self;
    (void)kw;
    if (exactly("clock_gettime_ns", nargs, 1) < 0 || read_clock(args[0], &ns) < 0)
        return NULL;
    return mi_int_from_i64(ns);
}

static MiObject *
time_clock_getres(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    clockid_t id;
    struct timespec ts;
    (void)self;
    (void)kw;
    if (exactly("clock_getres", nargs, 1) < 0 || clock_id_arg(args[0], &id) < 0)
        return NULL;
    if (clock_getres(id, &ts) != 0)
        return mi_err_from_errno(NULL);
    return mi_float_new((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

/* clock_settime(id, t) and clock_settime_ns(id, ns). */
static MiObject *
settime(MiObject *const *args, intptr_t nargs, const char *fname, int ns_arg)
{
    clockid_t id;
    struct timespec ts;
    int64_t ns;
    if (exactly(fname, nargs, 2) < 0 || clock_id_arg(args[0], &id) < 0)
        return NULL;
    if (ns_arg) {
        int overflow;
        if (!mi_int_check(args[1]))
            return mi_err_format(MI_EXC(TypeError), "expect int, got %s", MI_TYPE_NAME(args[1]));
        ns = mi_int_as_i64(args[1], &overflow);
        if (overflow)
            return mi_err_format(MI_EXC(OverflowError), "timestamp too large to convert to C "
                                 "_PyTime_t");
    } else if (to_duration_ns(args[1], &ns) < 0) {
        return NULL;
    }
    ts.tv_sec = (time_t)(ns / NS_PER_SEC);
    ts.tv_nsec = (long)(ns % NS_PER_SEC);
    if (ts.tv_nsec < 0) {
        ts.tv_nsec += NS_PER_SEC;
        ts.tv_sec--;
    }
    if (clock_settime(id, &ts) != 0)
        return mi_err_from_errno(NULL);
    MI_RETURN_NONE;
}

static MiObject *
time_clock_settime(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)kw;
    return settime(args, nargs, "clock_settime", 0);
}

static MiObject *
time_clock_settime_ns(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)kw;
    return settime(args, nargs, "clock_settime_ns", 1);
}

/* The result of get_clock_info(): a types.SimpleNamespace, an object with
 * a __dict__ whose repr lists the attributes in order. */
typedef struct Namespace {
    MI_HEAD
    MiObject *dict;
} Namespace;

static int
namespace_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((Namespace *)self)->dict);
    return 0;
}

static int
namespace_clear(MiObject *self)
{
    MI_CLEAR(((Namespace *)self)->dict);
    return 0;
}

static void
namespace_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    namespace_clear(self);
    mi_object_free(self);
}

static MiObject *
namespace_repr(MiObject *self)
{
    MiObject *dict = ((Namespace *)self)->dict, *key, *value;
    MiStrBuilder sb;
    intptr_t pos = 0;
    int rc, first = 1;
    if (dict == NULL)
        return mi_str_from_cstr("namespace()");
    rc = mi_repr_enter(self);
    if (rc != 0)
        return rc < 0 ? NULL : mi_str_from_cstr("namespace(...)");
    mi_sb_init(&sb);
    mi_sb_append_cstr(&sb, "namespace(");
    while (mi_dict_next(dict, &pos, &key, &value)) {
        MiObject *r;
        if (!mi_str_check(key))
            continue;
        MI_INCREF(key);
        MI_INCREF(value);
        r = mi_obj_repr(value);
        if (r != NULL) {
            if (!first)
                mi_sb_append_cstr(&sb, ", ");
            first = 0;
            mi_sb_append_str(&sb, key);
            mi_sb_append_char(&sb, '=');
            mi_sb_append_str(&sb, r);
            MI_DECREF(r);
        }
        MI_DECREF(key);
        MI_DECREF(value);
        if (r == NULL) {
            mi_sb_discard(&sb);
            mi_repr_leave(self);
            return NULL;
        }
    }
    mi_sb_append_char(&sb, ')');
    mi_repr_leave(self);
    return mi_sb_finish(&sb);
}

static MiObject *
namespace_get_dict(MiObject *self, void *closure)
{
    (void)closure;
    return mi_obj_get_dict(self);
}

static MiGetSetDef namespace_getsets[] = {
    {"__dict__", namespace_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiType namespace_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(Namespace),
    .flags = MI_TYPE_GC,
    .dealloc = namespace_dealloc,
    .traverse = namespace_traverse,
    .clear = namespace_clear,
    .repr = namespace_repr,
    .getsets = namespace_getsets,
    .dictoffset = offsetof(Namespace, dict),
    .doc = "A simple attribute-based namespace.",
};

static MiObject *
time_get_clock_info(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    static const struct {
        const char *name, *implementation;
        clockid_t id;
        int monotonic, adjustable;
    } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, 0, 1},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1, 0},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1, 0},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID,
         1, 0},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID,
         1, 0},
    };
    Namespace *ns;
    MiObject *impl, *res;
    struct timespec ts;
    size_t i;
    int rc;
    (void)self;
    (void)kw;
    if (exactly("get_clock_info", nargs, 1) < 0)
        return NULL;
    if (!mi_str_check(args[0]))
        return mi_err_format(MI_EXC(TypeError), "get_clock_info() argument 1 must be str, not "
                             "%s", MI_TYPE_NAME(args[0]));
    for (i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        if (mi_str_eq_cstr(args[0], clocks[i].name))
            break;
    }
    if (i == sizeof clocks / sizeof clocks[0])
        return mi_err_format(MI_EXC(ValueError), "unknown clock");
    if (clock_getres(clocks[i].id, &ts) != 0)
        return mi_err_from_errno(NULL);
    ns = (Namespace *)mi_object_alloc(&namespace_type);
    if (ns == NULL)
        return NULL;
    ns->dict = mi_dict_new();
    impl = mi_str_from_cstr(clocks[i].implementation);
    res = mi_float_new((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
    MI_GC_TRACK(ns);
    rc = ns->dict && impl && res &&
         mi_dict_set_cstr(ns->dict, "implementation", impl) == 0 &&
         mi_dict_set_cstr(ns->dict, "monotonic", clocks[i].monotonic ? MI_TRUE : MI_FALSE) == 0 &&
         mi_dict_set_cstr(ns->dict, "adjustable", clocks[i].adjustable ? MI_TRUE : MI_FALSE) == 0 &&
         mi_dict_set_cstr(ns->dict, "resolution", res) == 0;
    MI_XDECREF(impl);
    MI_XDECREF(res);
    if (!rc) {
        MI_DECREF(ns);
        return NULL;
    }
    return (MiObject *)ns;
}

static int add_timezone(MiObject *module);

static MiObject *
time_tzset(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *module;
    (void)args;
    (void)nargs;
    (void)kw;
    tzset();
    module = self;
    if (module == NULL || add_timezone(module) < 0)
        return NULL;
    MI_RETURN_NONE;
}

/* ---- strptime ----------------------------------------------------------------------- */

/* time.strptime() as CPython 3.10's Lib/_strptime.py in the C locale.  That
 * module turns the format into a regular expression (a run of blanks
 * matches one or more blanks, each directive an alternation such as
 * "3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]" for %d, names longest first) and
 * matches it case-insensitively at the start of the text; here the format
 * becomes a list of items matched by backtracking over the same
 * alternatives in the same order, which finds the same match.  The fields
 * are then combined as _strptime() does (12-hour clock, week numbers, ISO
 * weeks, day of the year), with its messages. */

enum { SP_LITERAL, SP_BLANKS, SP_DIRECTIVE };

typedef struct SpItem {
    int      kind;
    uint32_t cp;               /* SP_LITERAL: the character; SP_DIRECTIVE: its letter */
} SpItem;

typedef struct SpFormat {
    SpItem  *items;
    intptr_t len, cap;
} SpFormat;

/* Where each directive matched in the text (byte offsets), -1 if absent. */
typedef struct SpGroups {
    intptr_t start[128], end[128];
} SpGroups;

/* The alternatives of the numeric directives, in the regular expressions'
 * order: 'D' is \d (any decimal digit), "[a-b]" an ASCII range, other
 * characters stand for themselves. */
static const char *const sp_numeric[128][9] = {
    ['d'] = {"3[0-1]", "[1-2]D", "0[1-9]", "[1-9]", " [1-9]"},
    ['H'] = {"2[0-3]", "[0-1]D", "D"},
    ['I'] = {"1[0-2]", "0[1-9]", "[1-9]"},
    ['G'] = {"DDDD"},
    ['j'] = {"36[0-6]", "3[0-5]D", "[1-2]DD", "0[1-9]D", "00[1-9]", "[1-9]D", "0[1-9]",
             "[1-9]"},
    ['m'] = {"1[0-2]", "0[1-9]", "[1-9]"},
    ['M'] = {"[0-5]D", "D"},
    ['S'] = {"6[0-1]", "[0-5]D", "D"},
    ['U'] = {"5[0-3]", "[0-4]D", "D"},
    ['W'] = {"5[0-3]", "[0-4]D", "D"},
    ['w'] = {"[0-6]"},
    ['u'] = {"[1-7]"},
    ['V'] = {"5[0-3]", "0[1-9]", "[1-4]D", "D"},
    ['y'] = {"DD"},
    ['Y'] = {"DDDD"},
};

/* The names of the C locale, longest first as _strptime sorts them. */
static const char *const sp_full_weekdays[] = {
    "wednesday", "thursday", "saturday", "tuesday", "monday", "friday", "sunday", NULL,
};
static const char *const sp_weekday_order[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};
static const char *const sp_abbr_weekdays[] = {
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL,
};
static const char *const sp_full_months[] = {
    "september", "february", "november", "december", "january", "october", "august",
    "march", "april", "june", "july", "may", NULL,
};
static const char *const sp_month_order[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
};
static const char *const sp_abbr_months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", NULL,
};
static const char *const sp_am_pm[] = {"am", "pm", NULL};

static int
sp_push(SpFormat *f, int kind, uint32_t cp)
{
    if (f->len == f->cap) {
        intptr_t cap = f->cap ? 2 * f->cap : 32;
        SpItem *items = mi_realloc(f->items, (size_t)cap * sizeof(SpItem));
        if (items == NULL) {
            mi_err_nomemory();
            return -1;
        }
        f->items = items;
        f->cap = cap;
    }
    f->items[f->len].kind = kind;
    f->items[f->len].cp = cp;
    f->len++;
    return 0;
}

/* Is `cp` a character the regular expression escapes (so that "%" before it
 * reads as the bad directive '\')? */
static int
sp_is_regex_special(uint32_t cp)
{
    return cp < 0x80 && strchr("\\.^$*+?(){}[]|", (int)cp) != NULL;
}

/* Appends the items of `fmt` (UTF-8) to f; %c, %x and %X expand to the C
 * locale's "%a %b %d %H:%M:%S %Y", "%m/%d/%y" and "%H:%M:%S".  `whole`
 * is the format as given, for messages.  0 / -1 with ValueError. */
static int
sp_compile(SpFormat *f, const char *fmt, const char *end, MiObject *whole)
{
    const unsigned char *p = (const unsigned char *)fmt, *e = (const unsigned char *)end;
    while (p < e) {
        int n;
        uint32_t cp = mi_utf8_decode(p, &n);
        if (mi_unicode_isspace(cp)) {
            while (p < e && mi_unicode_isspace(mi_utf8_decode(p, &n)))
                p += n;
            if (sp_push(f, SP_BLANKS, 0) < 0)
                return -1;
            continue;
        }
        p += n;
        if (cp != '%') {
            if (sp_push(f, SP_LITERAL, cp) < 0)
                return -1;
            continue;
        }
        if (p == e) {
            mi_err_format(MI_EXC(ValueError), "stray %% in format '%U'", whole);
            return -1;
        }
        cp = mi_utf8_decode(p, &n);
        p += n;
        if (cp == 'c' || cp == 'x' || cp == 'X') {
            const char *sub = cp == 'c' ? "%a %b %d %H:%M:%S %Y" : cp == 'x' ? "%m/%d/%y"
                                                                           : "%H:%M:%S";
            if (sp_compile(f, sub, sub + strlen(sub), whole) < 0)
                return -1;
        } else if (cp == '%') {
            if (sp_push(f, SP_LITERAL, '%') < 0)
                return -1;
        } else if (cp < 128 && (strchr("fzaAbBpZ", (int)cp) != NULL ||
                                sp_numeric[cp][0] != NULL)) {
            if (sp_push(f, SP_DIRECTIVE, cp) < 0)
                return -1;
        } else if (mi_unicode_isspace(cp) || sp_is_regex_special(cp)) {
            mi_err_format(MI_EXC(ValueError), "'%%' is a bad directive in format '%U'", whole);
            return -1;
        } else {
            mi_err_format(MI_EXC(ValueError), "'%c' is a bad directive in format '%U'",
                          (int)cp, whole);
            return -1;
        }
    }
    return 0;
}

/* Does the ASCII text `s` match at p, ignoring case?  Its length in bytes,
 * or -1. */
static intptr_t
sp_match_name(const char *s, const unsigned char *p, const unsigned char *end)
{
    intptr_t n = (intptr_t)strlen(s);
    if (end - p < n)
        return -1;
    for (intptr_t i = 0; i < n; i++) {
        if ((p[i] | 0x20) != (unsigned char)s[i])
            return -1;
    }
    return n;
}

/* Matches one alternative of sp_numeric at p: its length in bytes or -1. */
static intptr_t
sp_match_pattern(const char *pat, const unsigned char *p, const unsigned char *end)
{
    const unsigned char *q = p;
    while (*pat) {
        int n;
        uint32_t cp;
        if (q == end)
            return -1;
        cp = mi_utf8_decode(q, &n);
        if (*pat == 'D') {
            if (mi_unicode_decimal(cp) < 0)
                return -1;
            pat++;
        } else if (*pat == '[') {
            if (cp < (unsigned char)pat[1] || cp > (unsigned char)pat[3])
                return -1;
            pat += 5;
        } else {
            if (cp != (unsigned char)*pat)
                return -1;
            pat++;
        }
        q += n;
    }
    return q - p;
}

/* Counts the characters at p that satisfy `digit`-ness (\d or [0-9]), at
 * most `max`; *bytes receives the lengths of each prefix. */
static int
sp_digits(const unsigned char *p, const unsigned char *end, int unicode, int max,
          intptr_t *bytes)
{
    int k = 0;
    const unsigned char *q = p;
    while (k < max && q < end) {
        int n;
        uint32_t cp = mi_utf8_decode(q, &n);
        if (unicode ? mi_unicode_decimal(cp) < 0 : !(cp >= '0' && cp <= '9'))
            break;
        q += n;
        bytes[k++] = q - p;
    }
    return k;
}

/* The lengths (bytes) directive `d` can match at p, in the order the
 * regular expression tries them.  Returns how many (at most 32). */
static int
sp_candidates(uint32_t d, const unsigned char *p, const unsigned char *end, intptr_t *out)
{
    int count = 0;
    const char *const *names = NULL;
    if (d < 128 && sp_numeric[d][0] != NULL) {
        for (int i = 0; i < 9 && sp_numeric[d][i] != NULL; i++) {
            intptr_t n = sp_match_pattern(sp_numeric[d][i], p, end);
            if (n >= 0)
                out[count++] = n;
        }
        return count;
    }
    switch (d) {
    case 'f': {
        intptr_t bytes[6];
        int k = sp_digits(p, end, 0, 6, bytes);
        while (k > 0)
            out[count++] = bytes[--k];
        return count;
    }
    case 'z': {
        /* [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z) */
        if (p < end && (*p == '+' || *p == '-')) {
            intptr_t hh[2];
            if (sp_digits(p + 1, end, 1, 2, hh) == 2) {
                const unsigned char *q0 = p + 1 + hh[1];
                for (int colon1 = q0 < end && *q0 == ':'; colon1 >= 0; colon1--) {
                    const unsigned char *q1 = q0 + colon1;
                    intptr_t mm = sp_match_pattern("[0-5]D", q1, end);
                    if (mm < 0)
                        continue;
                    q1 += mm;
                    for (int colon2 = q1 < end && *q1 == ':'; colon2 >= 0; colon2--) {
                        const unsigned char *q2 = q1 + colon2;
                        intptr_t ss = sp_match_pattern("[0-5]D", q2, end);
                        if (ss < 0)
                            continue;
                        q2 += ss;
                        if (q2 < end && *q2 == '.') {
                            intptr_t bytes[6];
                            int k = sp_digits(q2 + 1, end, 1, 6, bytes);
                            while (k > 0)
                                out[count++] = q2 + 1 + bytes[--k] - p;
                        }
                        out[count++] = q2 - p;
                    }
                    out[count++] = q1 - p;
                }
            }
        }
        if (p < end && *p == 'Z')
            out[count++] = 1;
        return count;
    }
    case 'a': names = sp_abbr_weekdays; break;
    case 'A': names = sp_full_weekdays; break;
    case 'b': names = sp_abbr_months; break;
    case 'B': names = sp_full_months; break;
    case 'p': names = sp_am_pm; break;
    default: break;
    }
    if (names != NULL) {
        for (int i = 0; names[i] != NULL; i++) {
            intptr_t n = sp_match_name(names[i], p, end);
            if (n >= 0)
                out[count++] = n;
        }
    }
    return count;
}

/* The time zone names %Z accepts: utc, gmt and the local names, longest
 * first.  Fills names (lowercase, ASCII) and returns how many. */
static int
sp_zone_names(char names[4][16])
{
    int n = 0;
    const char *add[4] = {"utc", "gmt", tzname[0], daylight ? tzname[1] : NULL};
    for (int i = 0; i < 4; i++) {
        char low[16];
        size_t k = 0;
        int dup = 0;
        if (add[i] == NULL)
            continue;
        for (; add[i][k] && k < sizeof low - 1; k++)
            low[k] = (char)((unsigned char)add[i][k] < 0x80 ? add[i][k] | 0x20 : add[i][k]);
        low[k] = '\0';
        for (int j = 0; j < n; j++)
            dup |= strcmp(names[j], low) == 0;
        if (!dup && k > 0)
            memcpy(names[n++], low, k + 1);
    }
    for (int i = 1; i < n; i++) {          /* stable sort by length, longest first */
        for (int j = i; j > 0 && strlen(names[j]) > strlen(names[j - 1]); j--) {
            char t[16];
            memcpy(t, names[j], 16);
            memcpy(names[j], names[j - 1], 16);
            memcpy(names[j - 1], t, 16);
        }
    }
    return n;
}

/* Matches items[i..] at p.  1 with *stop at the end of the match, 0 when
 * there is none, -1 on error (RecursionError). */
static int
sp_match(const SpFormat *f, intptr_t i, const unsigned char *p, const unsigned char *text,
         const unsigned char *end, SpGroups *g, const unsigned char **stop)
{
    int rc = 0;
    if (i == f->len) {
        *stop = p;
        return 1;
    }
    if (mi_enter_recursive(" in strptime") < 0)
        return -1;
    switch (f->items[i].kind) {
    case SP_LITERAL: {
        int n;
        uint32_t a, b = f->items[i].cp, la[3], lb[3];
        if (p == end)
            break;
        a = mi_utf8_decode(p, &n);
        if (a == b || (mi_unicode_to_lower(a, la) == 1 && mi_unicode_to_lower(b, lb) == 1 &&
                       la[0] == lb[0]))
            rc = sp_match(f, i + 1, p + n, text, end, g, stop);
        break;
    }
    case SP_BLANKS: {
        const unsigned char *ends[64], *q = p;
        int k = 0, n;
        while (q < end && mi_unicode_isspace(mi_utf8_decode(q, &n))) {
            q += n;
            if (k < 64)
                ends[k++] = q;
            else
                ends[63] = q;
        }
        while (k > 0 && rc == 0)
            rc = sp_match(f, i + 1, ends[--k], text, end, g, stop);
        break;
    }
    default: {
        uint32_t d = f->items[i].cp;
        intptr_t lens[32];
        int count;
        if (d == 'Z') {
            char names[4][16];
            int nn = sp_zone_names(names);
            count = 0;
            for (int k = 0; k < nn; k++) {
                intptr_t len = sp_match_name(names[k], p, end);
                if (len >= 0)
                    lens[count++] = len;
            }
        } else {
            count = sp_candidates(d, p, end, lens);
        }
        for (int k = 0; k < count && rc == 0; k++) {
            intptr_t old_start = g->start[d], old_end = g->end[d];
            g->start[d] = p - text;
            g->end[d] = p - text + lens[k];
            rc = sp_match(f, i + 1, p + lens[k], text, end, g, stop);
            if (rc == 0) {
                g->start[d] = old_start;
                g->end[d] = old_end;
            }
        }
        break;
    }
    }
    mi_leave_recursive();
    return rc;
}

/* The value of the digits of group `d` (Unicode digits count). */
static long
sp_number(const SpGroups *g, const char *text, uint32_t d)
{
    const unsigned char *p = (const unsigned char *)text + g->start[d];
    const unsigned char *end = (const unsigned char *)text + g->end[d];
    long v = 0;
    while (p < end) {
        int n, digit = mi_unicode_decimal(mi_utf8_decode(p, &n));
        if (digit >= 0)
            v = v * 10 + digit;
        p += n;
    }
    return v;
}

/* Index of the matched name of group `d` in `names` (ignoring case). */
static int
sp_name_index(const SpGroups *g, const char *text, uint32_t d, const char *const *names,
              int count)
{
    const unsigned char *p = (const unsigned char *)text + g->start[d];
    const unsigned char *end = (const unsigned char *)text + g->end[d];
    for (int i = 0; i < count; i++) {
        if (sp_match_name(names[i], p, end) == end - p)
            return i;
    }
    return 0;
}

static int
sp_is_leap(long y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

static const int sp_days_before_month[13] = {
    0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334,
};

static int
sp_days_in_month(long y, int m)
{
    static const int dim[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && sp_is_leap(y) ? 29 : dim[m];
}

/* datetime.date(y, m, d).toordinal(), with date()'s checks: -1 with
 * ValueError. */
static long
sp_ordinal(long y, long m, long d)
{
    long py = y - 1;
    if (y < 1 || y > 9999) {
        mi_err_format(MI_EXC(ValueError), "year %ld is out of range", y);
        return -1;
    }
    if (m < 1 || m > 12) {
        mi_err_format(MI_EXC(ValueError), "month must be in 1..12");
        return -1;
    }
    if (d < 1 || d > sp_days_in_month(y, (int)m)) {
        mi_err_format(MI_EXC(ValueError), "day is out of range for month");
        return -1;
    }
    return py * 365 + py / 4 - py / 100 + py / 400 + sp_days_before_month[m] +
           (m > 2 && sp_is_leap(y)) + d;
}

/* datetime.date.fromordinal(n): 0 / -1 with ValueError. */
static int
sp_from_ordinal(long ordinal, long *y, long *m, long *d)
{
    long n, n400, n100, n4, n1, preceding;
    int leap, month;
    if (ordinal < 1) {
        mi_err_format(MI_EXC(ValueError), "ordinal must be >= 1");
        return -1;
    }
    n = ordinal - 1;
    n400 = n / 146097;
    n %= 146097;
    n100 = n / 36524;
    n %= 36524;
    n4 = n / 1461;
    n %= 1461;
    n1 = n / 365;
    n %= 365;
    *y = n400 * 400 + 1 + n100 * 100 + n4 * 4 + n1;
    if (n1 == 4 || n100 == 4) {
        *y -= 1;
        *m = 12;
        *d = 31;
    } else {
        leap = n1 == 3 && (n4 != 24 || n100 == 3);
        month = (int)((n + 50) >> 5);
        preceding = sp_days_before_month[month] + (month > 2 && leap);
        if (preceding > n) {
            month--;
            preceding -= sp_days_in_month(leap ? 4 : 1, month);
        }
        *m = month;
        *d = n - preceding + 1;
    }
    if (*y > 9999) {
        mi_err_format(MI_EXC(ValueError), "year %ld is out of range", *y);
        return -1;
    }
    return 0;
}

/* The UTC offset of a %z match ("+0130", "-01:30:15.5", "Z") in seconds:
 * 0 / -1 with ValueError as _strptime. */
static int
sp_utc_offset(const char *z, intptr_t len, long *out)
{
    char buf[32], orig[32];
    long hours, minutes, seconds = 0;
    intptr_t n = 0;
    if (len == 1) {                    /* "Z" */
        *out = 0;
        return 0;
    }
    for (intptr_t i = 0; i < len && n < (intptr_t)sizeof buf - 1; i++)
        buf[n++] = z[i];
    buf[n] = '\0';
    memcpy(orig, buf, (size_t)n + 1);
    if (n > 3 && buf[3] == ':') {
        memmove(buf + 3, buf + 4, (size_t)(n - 3));
        n--;
        if (n > 5) {
            if (buf[5] != ':') {
                mi_err_format(MI_EXC(ValueError), "Inconsistent use of : in %s", orig);
                return -1;
            }
            memmove(buf + 5, buf + 6, (size_t)(n - 5));
            n--;
        }
    }
    hours = (buf[1] - '0') * 10 + (buf[2] - '0');
    minutes = (buf[3] - '0') * 10 + (buf[4] - '0');
    if (n > 5) {
        int k = n > 6 ? 2 : 1;
        for (int i = 0; i < k; i++) {
            if (buf[5 + i] < '0' || buf[5 + i] > '9') {
                buf[5 + k] = '\0';
                mi_err_format(MI_EXC(ValueError), "invalid literal for int() with base 10: "
                              "'%s'", buf + 5);
                return -1;
            }
        }
        seconds = k == 2 ? (buf[5] - '0') * 10 + (buf[6] - '0') : buf[5] - '0';
    }
    *out = hours * 3600 + minutes * 60 + seconds;
    if (buf[0] == '-')
        *out = -*out;
    return 0;
}

/* Julian day of the year from a %U/%W week number and a weekday (0 =
 * Monday), as _calc_julian_from_U_or_W. */
static long
sp_julian_from_week(long year, long week, long weekday, int starts_monday)
{
    long first = (sp_ordinal(year, 1, 1) + 6) % 7, week0;
    if (!starts_monday) {
        first = (first + 1) % 7;
        weekday = (weekday + 1) % 7;
    }
    week0 = (7 - first) % 7;
    if (week == 0)
        return 1 + weekday - first;
    return 1 + week0 + 7 * (week - 1) + weekday;
}

/* Combines the matched groups into the 11 items of a struct_time. */
static MiObject *
sp_result(const SpGroups *g, const char *text)
{
    long year = -1, month = 1, day = 1, hour = 0, minute = 0, second = 0, tz = -1;
    long iso_year = -1, iso_week = -1, week = -1, weekday = -1, julian = 0, gmtoff = 0;
    int week_starts = -1, has_gmtoff = 0, leap_fix = 0, has_julian = 0;
    long v[9];
    MiObject *items[STRUCT_TIME_FIELDS];
    int n = 0;
#define HAS(d) (g->start[d] >= 0)
    if (HAS('y')) {
        year = sp_number(g, text, 'y');
        year += year <= 68 ? 2000 : 1900;
    }
    if (HAS('Y'))
        year = sp_number(g, text, 'Y');
    if (HAS('G'))
        iso_year = sp_number(g, text, 'G');
    if (HAS('m'))
        month = sp_number(g, text, 'm');
    if (HAS('B'))
        month = sp_name_index(g, text, 'B', sp_month_order, 12) + 1;
    if (HAS('b'))
        month = sp_name_index(g, text, 'b', sp_abbr_months, 12) + 1;
    if (HAS('d'))
        day = sp_number(g, text, 'd');
    if (HAS('H'))
        hour = sp_number(g, text, 'H');
    if (HAS('I')) {
        int pm = HAS('p') && sp_name_index(g, text, 'p', sp_am_pm, 2) == 1;
        hour = sp_number(g, text, 'I');
        if (!pm && hour == 12)
            hour = 0;
        else if (pm && hour != 12)
            hour += 12;
    }
    if (HAS('M'))
        minute = sp_number(g, text, 'M');
    if (HAS('S'))
        second = sp_number(g, text, 'S');
    if (HAS('A'))
        weekday = sp_name_index(g, text, 'A', sp_weekday_order, 7);
    if (HAS('a'))
        weekday = sp_name_index(g, text, 'a', sp_abbr_weekdays, 7);
    if (HAS('w')) {
        weekday = sp_number(g, text, 'w');
        weekday = weekday == 0 ? 6 : weekday - 1;
    }
    if (HAS('u'))
        weekday = sp_number(g, text, 'u') - 1;
    if (HAS('j')) {
        julian = sp_number(g, text, 'j');
        has_julian = 1;
    }
    if (HAS('U')) {
        week = sp_number(g, text, 'U');
        week_starts = 6;
    }
    if (HAS('W')) {
        week = sp_number(g, text, 'W');
        week_starts = 0;
    }
    if (HAS('V'))
        iso_week = sp_number(g, text, 'V');
    if (HAS('z')) {
        if (sp_utc_offset(text + g->start['z'], g->end['z'] - g->start['z'], &gmtoff) < 0)
            return NULL;
        has_gmtoff = 1;
    }
    if (HAS('Z')) {
        char names[4][16];
        int nn = sp_zone_names(names);
        const unsigned char *p = (const unsigned char *)text + g->start['Z'];
        const unsigned char *end = (const unsigned char *)text + g->end['Z'];
        for (int k = 0; k < nn; k++) {
            if (sp_match_name(names[k], p, end) != end - p)
                continue;
            if (strcmp(names[k], "utc") == 0 || strcmp(names[k], "gmt") == 0 ||
                (tzname[0] && strcasecmp(names[k], tzname[0]) == 0)) {
                if (!(strcmp(tzname[0], tzname[1]) == 0 && daylight &&
                      strcmp(names[k], "utc") != 0 && strcmp(names[k], "gmt") != 0))
                    tz = 0;
            } else if (!(strcmp(tzname[0], tzname[1]) == 0 && daylight)) {
                tz = 1;
            }
            break;
        }
    }
    if (year < 0 && iso_year >= 0) {
        if (iso_week < 0 || weekday < 0) {
            mi_err_format(MI_EXC(ValueError), "ISO year directive '%%G' must be used with the "
                          "ISO week directive '%%V' and a weekday directive ('%%A', '%%a', "
                          "'%%w', or '%%u').");
            return NULL;
        }
        if (has_julian) {
            mi_err_format(MI_EXC(ValueError), "Day of the year directive '%%j' is not "
                          "compatible with ISO year directive '%%G'. Use '%%Y' instead.");
            return NULL;
        }
    } else if (iso_week >= 0) {
        if (year < 0 || weekday < 0)
            mi_err_format(MI_EXC(ValueError), "ISO week directive '%%V' must be used with the "
                          "ISO year directive '%%G' and a weekday directive ('%%A', '%%a', "
                          "'%%w', or '%%u').");
        else
            mi_err_format(MI_EXC(ValueError), "ISO week directive '%%V' is incompatible with "
                          "the year directive '%%Y'. Use the ISO year '%%G' instead.");
        return NULL;
    }
    if (year < 0 && month == 2 && day == 29) {
        year = 1904;
        leap_fix = 1;
    } else if (year < 0) {
        year = 1900;
    }
    if (!has_julian && weekday >= 0) {
        if (week >= 0) {
            if (sp_ordinal(year, 1, 1) < 0)
                return NULL;
            julian = sp_julian_from_week(year, week, weekday, week_starts == 0);
            has_julian = 1;
        } else if (iso_year >= 0 && iso_week >= 0) {
            long jan4 = sp_ordinal(iso_year, 1, 4), ordinal;
            if (jan4 < 0)
                return NULL;
            ordinal = iso_week * 7 + weekday + 1 - ((jan4 + 6) % 7 + 1 + 3);
            if (ordinal < 1) {
                long this_jan1 = sp_ordinal(iso_year, 1, 1), prev_jan1;
                if (this_jan1 < 0 || (prev_jan1 = sp_ordinal(iso_year - 1, 1, 1)) < 0)
                    return NULL;
                ordinal += this_jan1 - prev_jan1;
                iso_year--;
            }
            year = iso_year;
            julian = ordinal;
            has_julian = 1;
        }
        if (has_julian && julian <= 0) {
            year--;
            julian += sp_is_leap(year) ? 366 : 365;
        }
    }
    if (!has_julian) {
        long a = sp_ordinal(year, month, day), b;
        if (a < 0 || (b = sp_ordinal(year, 1, 1)) < 0)
            return NULL;
        julian = a - b + 1;
    } else {
        long jan1 = sp_ordinal(year, 1, 1);
        if (jan1 < 0 || sp_from_ordinal(julian - 1 + jan1, &year, &month, &day) < 0)
            return NULL;
    }
    if (weekday < 0) {
        long o = sp_ordinal(year, month, day);
        if (o < 0)
            return NULL;
        weekday = (o + 6) % 7;
    }
    if (leap_fix)
        year = 1900;
#undef HAS
    v[0] = year; v[1] = month; v[2] = day; v[3] = hour; v[4] = minute; v[5] = second;
    v[6] = weekday; v[7] = julian; v[8] = tz;
    for (; n < 9; n++) {
        if ((items[n] = mi_int_from_i64(v[n])) == NULL)
            goto fail;
    }
    items[n] = g->start['Z'] >= 0 ? mi_str_new(text + g->start['Z'],
                                               g->end['Z'] - g->start['Z'])
                                  : mi_newref(MI_NONE);
    if (items[n] == NULL)
        goto fail;
    n++;
    items[n] = has_gmtoff ? mi_int_from_i64(gmtoff) : mi_newref(MI_NONE);
    if (items[n] == NULL)
        goto fail;
    return struct_time_new_items(items);
fail:
    while (--n >= 0)
        MI_DECREF(items[n]);
    return NULL;
}

static MiObject *
time_strptime(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *data, *fmt, *res = NULL;
    SpFormat f = {NULL, 0, 0};
    SpGroups *g = NULL;
    const unsigned char *text, *end, *stop;
    int rc;
    (void)self;
    (void)kw;
    if (nargs < 1)
        return mi_err_format(MI_EXC(TypeError), "_strptime_time() missing 1 required "
                             "positional argument: 'data_string'");
    if (nargs > 2)
        return mi_err_format(MI_EXC(TypeError), "_strptime_time() takes from 1 to 2 "
                             "positional arguments but %zd were given", nargs);
    data = args[0];
    fmt = nargs > 1 ? args[1] : NULL;
    if (!mi_str_check(data))
        return mi_err_format(MI_EXC(TypeError), "strptime() argument 0 must be str, not "
                             "<class '%s'>", MI_TYPE_NAME(data));
    if (fmt != NULL && !mi_str_check(fmt))
        return mi_err_format(MI_EXC(TypeError), "strptime() argument 1 must be str, not "
                             "<class '%s'>", MI_TYPE_NAME(fmt));
    if (fmt == NULL) {
        fmt = mi_str_from_cstr("%a %b %d %H:%M:%S %Y");
        if (fmt == NULL)
            return NULL;
    } else {
        MI_INCREF(fmt);
    }
    if (sp_compile(&f, MI_STR_DATA(fmt), MI_STR_DATA(fmt) + MI_STR_SIZE(fmt), fmt) < 0)
        goto done;
    g = mi_malloc(sizeof *g);
    if (g == NULL) {
        mi_err_nomemory();
        goto done;
    }
    for (int i = 0; i < 128; i++)
        g->start[i] = g->end[i] = -1;
    text = (const unsigned char *)MI_STR_DATA(data);
    end = text + MI_STR_SIZE(data);
    rc = sp_match(&f, 0, text, text, end, g, &stop);
    if (rc < 0)
        goto done;
    if (rc == 0) {
        mi_err_format(MI_EXC(ValueError), "time data %R does not match format %R", data, fmt);
        goto done;
    }
    if (stop != end) {
        MiObject *rest = mi_str_new((const char *)stop, end - stop);
        if (rest != NULL) {
            mi_err_format(MI_EXC(ValueError), "unconverted data remains: %U", rest);
            MI_DECREF(rest);
        }
        goto done;
    }
    res = sp_result(g, MI_STR_DATA(data));
done:
    mi_free(g);
    mi_free(f.items);
    MI_DECREF(fmt);
    return res;
}

/* ---- the module ------------------------------------------------------------------------ */

static const MiMethodDef time_methods[] = {
    {"time", time_time, MI_METH_NOARGS,
     "Return the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, MI_METH_NOARGS,
     "Return the current time in nanoseconds since the Epoch."},
    {"monotonic", time_monotonic, MI_METH_NOARGS, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, MI_METH_NOARGS,
     "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", time_perf_counter, MI_METH_NOARGS, "Performance counter for benchmarking."},
    {"perf_counter_ns", time_perf_counter_ns, MI_METH_NOARGS,
     "Performance counter for benchmarking as nanoseconds."},
    {"process_time", time_process_time, MI_METH_NOARGS,
     "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", time_process_time_ns, MI_METH_NOARGS,
     "Process time for profiling as nanoseconds."},
    {"thread_time", time_thread_time, MI_METH_NOARGS,
     "Thread time for profiling: sum of the kernel and user-space CPU time."},
    {"thread_time_ns", time_thread_time_ns, MI_METH_NOARGS,
     "Thread time for profiling as nanoseconds."},
    {"sleep", time_sleep, MI_METH_KEYWORDS, "Delay execution for a given number of seconds."},
    {"gmtime", time_gmtime, MI_METH_VARARGS,
     "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", time_localtime, MI_METH_VARARGS,
     "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", time_mktime, MI_METH_O, "Convert a time tuple in local time to seconds since the "
     "Epoch."},
    {"asctime", time_asctime, MI_METH_VARARGS, "Convert a time tuple to a string."},
    {"ctime", time_ctime, MI_METH_VARARGS,
     "Convert a time in seconds since the Epoch to a string in local time."},
    {"strftime", time_strftime, MI_METH_VARARGS,
     "Convert a time tuple to a string according to a format specification."},
    {"strptime", time_strptime, MI_METH_VARARGS,
     "Parse a string to a time tuple according to a format specification."},
    {"clock_gettime", time_clock_gettime, MI_METH_VARARGS,
     "Return the time of the specified clock clk_id."},
    {"clock_gettime_ns", time_clock_gettime_ns, MI_METH_VARARGS,
     "Return the time of the specified clock clk_id as nanoseconds."},
    {"clock_getres", time_clock_getres, MI_METH_VARARGS,
     "Return the resolution (precision) of the specified clock clk_id."},
    {"clock_settime", time_clock_settime, MI_METH_VARARGS,
     "Set the time of the specified clock clk_id."},
    {"clock_settime_ns", time_clock_settime_ns, MI_METH_VARARGS,
     "Set the time of the specified clock clk_id with nanoseconds."},
    {"get_clock_info", time_get_clock_info, MI_METH_VARARGS,
     "Get information of the specified clock."},
    {"tzset", time_tzset, MI_METH_NOARGS,
     "Initialize, or reinitialize, the local timezone to the value of the environment "
     "variable TZ."},
    {NULL, NULL, 0, NULL},
};

/* timezone, altzone, daylight and tzname from the local time of January
 * and July of this year, as CPython does on glibc. */
static int
add_timezone(MiObject *module)
{
    const time_t year = (time_t)((365 * 24 + 6) * 3600);
    time_t t = (time(NULL) / year) * year;
    struct tm jan, jul;
    long janzone, julyzone;
    MiObject *tzname;
    if (convert_time(t, &jan, 1) < 0 || convert_time(t + year / 2, &jul, 1) < 0)
        return -1;
    janzone = -jan.tm_gmtoff;
    julyzone = -jul.tm_gmtoff;
    if (janzone < julyzone) {         /* southern hemisphere: DST in January */
        long swap = janzone;
        struct tm tmp = jan;
        janzone = julyzone;
        julyzone = swap;
        jan = jul;
        jul = tmp;
    }
    tzname = mi_tuple_new(2);
    if (tzname == NULL)
        return -1;
    MI_TUPLE_ITEMS(tzname)[0] = mi_str_from_cstr(jan.tm_zone ? jan.tm_zone : "");
    MI_TUPLE_ITEMS(tzname)[1] = mi_str_from_cstr(jul.tm_zone ? jul.tm_zone : "");
    if (MI_TUPLE_GET(tzname, 0) == NULL || MI_TUPLE_GET(tzname, 1) == NULL) {
        MI_DECREF(tzname);
        return -1;
    }
    if (mi_module_add_int(module, "timezone", janzone) < 0 ||
        mi_module_add_int(module, "altzone", julyzone) < 0 ||
        mi_module_add_int(module, "daylight", janzone != julyzone) < 0 ||
        mi_module_add_new(module, "tzname", tzname) < 0)
        return -1;
    return 0;
}

/* The clock ids of clock_gettime(), as constants of the module. */
static const struct {
    const char *name;
    int         id;
} clock_ids[] = {
    {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
    {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
    {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
    {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
    {"CLOCK_REALTIME", CLOCK_REALTIME},
    {"CLOCK_TAI", CLOCK_TAI},
    {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
};

static int
time_init(MiObject *module)
{
    MiObject *match_args;
    tzset();
    if (mi_type_ready(&struct_time_type) < 0 || mi_type_ready(&namespace_type) < 0)
        return -1;
    match_args = mi_tuple_new(STRUCT_TIME_VISIBLE);
    if (match_args == NULL)
        return -1;
    for (int i = 0; i < STRUCT_TIME_VISIBLE; i++) {
        if ((MI_TUPLE_ITEMS(match_args)[i] = mi_str_from_cstr(field_names[i])) == NULL) {
            MI_DECREF(match_args);
            return -1;
        }
    }
    if (mi_dict_get_cstr(struct_time_type.dict, "n_fields") == NULL) {
        MiObject *d = struct_time_type.dict;
        MiObject *nf = mi_int_from_i64(STRUCT_TIME_FIELDS);
        MiObject *ns = mi_int_from_i64(STRUCT_TIME_VISIBLE);
        MiObject *nu = mi_int_from_i64(0);
        int rc = nf && ns && nu && mi_dict_set_cstr(d, "n_fields", nf) == 0 &&
                 mi_dict_set_cstr(d, "n_sequence_fields", ns) == 0 &&
                 mi_dict_set_cstr(d, "n_unnamed_fields", nu) == 0 &&
                 mi_dict_set_cstr(d, "__match_args__", match_args) == 0;
        MI_XDECREF(nf);
        MI_XDECREF(ns);
        MI_XDECREF(nu);
        if (!rc) {
            MI_DECREF(match_args);
            return -1;
        }
        mi_type_modified(&struct_time_type);
    }
    MI_DECREF(match_args);
    if (mi_module_add(module, "struct_time", (MiObject *)&struct_time_type) < 0)
        return -1;
    for (size_t i = 0; i < sizeof clock_ids / sizeof clock_ids[0]; i++) {
        if (mi_module_add_int(module, clock_ids[i].name, clock_ids[i].id) < 0)
            return -1;
    }
    return add_timezone(module);
}

const MiModuleDef mi_time_module_def = {
    .name = "time",
    .doc = "This module provides various functions to manipulate time values.",
    .methods = time_methods,
    .init = time_init,
};
