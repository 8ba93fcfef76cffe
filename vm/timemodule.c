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
 * Start reading at time_localtime(). */
#include "vm/module.h"

#include <errno.h>
#include <math.h>
#include <string.h>
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
    (void)nargs;
    (void)kw;
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
    {"sleep", time_sleep, MI_METH_O, "Delay execution for a given number of seconds."},
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

static int
time_init(MiObject *module)
{
    MiObject *match_args;
    tzset();
    if (mi_type_ready(&struct_time_type) < 0)
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
    return add_timezone(module);
}

const MiModuleDef mi_time_module_def = {
    .name = "time",
    .doc = "This module provides various functions to manipulate time values.",
    .methods = time_methods,
    .init = time_init,
};
