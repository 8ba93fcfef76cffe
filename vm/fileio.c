/* vm/fileio.c: file objects (see vm/fileio.h).
 *
 * A file keeps a write buffer flushed when full, at each newline when the
 * file is line-buffered (a terminal), after each write when it writes
 * through (stderr), on flush() and close(); a read buffer fills with
 * read(2).  Text mode decodes UTF-8 (invalid bytes become U+FFFD) and turns
 * "\r\n" and "\r" into "\n" when reading. */
#include "vm/fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"

#define WBUF_SIZE 8192
#define RBUF_SIZE 8192

static int
check_open(MiFile *f)
{
    if (f->closed) {
        mi_err_set(MI_EXC(ValueError), "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static int
raw_write(MiFile *f, const char *p, intptr_t n)
{
    while (n > 0) {
        ssize_t w = write(f->fd, p, (size_t)n);
        if (w < 0) {
            if (errno == EINTR) {
                if (mi_state->interrupted)
                    return 0;       /* the eval loop raises KeyboardInterrupt */
                continue;
            }
            mi_err_from_errno(NULL);
            return -1;
        }
        p += w;
        n -= w;
    }
    return 0;
}

static int
file_flush_buffer(MiFile *f)
{
    int rc = 0;
    if (f->wlen > 0) {
        rc = raw_write(f, f->wbuf, f->wlen);
        f->wlen = 0;
    }
    return rc;
}

static int
file_write_bytes(MiFile *f, const char *s, intptr_t n)
{
    if (check_open(f) < 0)
        return -1;
    if (!f->writable) {
        mi_err_set(MI_EXC(ValueError), "not writable");   /* io.UnsupportedOperation */
        return -1;
    }
    if (f->wcap == 0) {
        f->wbuf = mi_malloc(WBUF_SIZE);
        if (f->wbuf == NULL) {
            mi_err_nomemory();
            return -1;
        }
        f->wcap = WBUF_SIZE;
    }
    if (f->wlen + n > f->wcap) {
        if (file_flush_buffer(f) < 0)
            return -1;
        if (n >= f->wcap)
            return raw_write(f, s, n);
    }
    memcpy(f->wbuf + f->wlen, s, (size_t)n);
    f->wlen += n;
    if (f->write_through || (f->line_buffered && memchr(s, '\n', (size_t)n) != NULL))
        return file_flush_buffer(f);
    return 0;
}

MiObject *
mi_file_from_fd(int fd, const char *name, const char *mode, int closefd)
{
    MiFile *f = (MiFile *)mi_object_alloc(&mi_file_type);
    if (f == NULL)
        return NULL;
    f->fd = fd;
    f->readable = strchr(mode, 'r') != NULL || strchr(mode, '+') != NULL;
    f->writable = strchr(mode, 'w') != NULL || strchr(mode, 'a') != NULL ||
                  strchr(mode, 'x') != NULL || strchr(mode, '+') != NULL;
    f->binary = strchr(mode, 'b') != NULL;
    f->append = strchr(mode, 'a') != NULL;
    f->closefd = closefd;
    f->line_buffered = isatty(fd);
    f->name = mi_str_from_cstr(name);
    f->mode = mi_str_from_cstr(mode);
    if (f->name == NULL || f->mode == NULL) {
        MI_DECREF(f);
        return NULL;
    }
    MI_GC_TRACK(f);
    return (MiObject *)f;
}

int
mi_file_write_cstr(MiObject *file, const char *s, intptr_t n)
{
    MiObject *str, *res;
    if (file->type == &mi_file_type && !((MiFile *)file)->binary)
        return file_write_bytes((MiFile *)file, s, n);
    str = mi_str_new(s, n);
    if (str == NULL)
        return -1;
    res = mi_call_method(file, MI_NAME(write), &str, 1);
    MI_DECREF(str);
    if (res == NULL)
        return -1;
    MI_DECREF(res);
    return 0;
}

int
mi_file_write_str(MiObject *file, MiObject *str)
{
    MiObject *res;
    if (file->type == &mi_file_type && !((MiFile *)file)->binary)
        return file_write_bytes((MiFile *)file, MI_STR_DATA(str), MI_STR_SIZE(str));
    res = mi_call_method(file, MI_NAME(write), &str, 1);
    if (res == NULL)
        return -1;
    MI_DECREF(res);
    return 0;
}

int
mi_file_flush(MiObject *file)
{
    MiObject *res;
    if (file->type == &mi_file_type) {
        MiFile *f = (MiFile *)file;
        return f->closed ? 0 : file_flush_buffer(f);
    }
    res = mi_call_method(file, MI_NAME(flush), NULL, 0);
    if (res == NULL)
        return -1;
    MI_DECREF(res);
    return 0;
}

/* ---- reading ----------------------------------------------------------------------- */

/* Makes sure at least one unread byte is buffered: 1, 0 at EOF, -1. */
static int
fill(MiFile *f)
{
    ssize_t n;
    if (f->rpos < f->rlen)
        return 1;
    if (f->eof)
        return 0;
    if (f->rcap == 0) {
        f->rbuf = mi_malloc(RBUF_SIZE);
        if (f->rbuf == NULL) {
            mi_err_nomemory();
            return -1;
        }
        f->rcap = RBUF_SIZE;
    }
    if (f->writable && file_flush_buffer(f) < 0)
        return -1;
    /* reading stdin flushes stdout first, so prompts appear */
    if (f->fd == 0 && mi_state->stdout_obj != NULL)
        mi_file_flush(mi_state->stdout_obj);
    for (;;) {
        n = read(f->fd, f->rbuf, (size_t)f->rcap);
        if (n >= 0)
            break;
        if (errno == EINTR) {
            if (mi_state->interrupted) {
                mi_state->interrupted = 0;
                mi_err_set_none(MI_EXC(KeyboardInterrupt));
                return -1;
            }
            continue;
        }
        mi_err_from_errno(NULL);
        return -1;
    }
    f->rpos = 0;
    f->rlen = n;
    if (n == 0) {
        f->eof = 1;
        return 0;
    }
    return 1;
}

/* Reads up to `limit` bytes (all when < 0), or one line when `line`, into
 * a builder.  Text mode converts \r\n and \r to \n.  0 / -1. */
static int
read_into(MiFile *f, MiStrBuilder *sb, intptr_t limit, int line)
{
    for (;;) {
        int rc;
        if (limit >= 0 && sb->size >= limit)
            return 0;
        rc = fill(f);
        if (rc <= 0)
            return rc;
        while (f->rpos < f->rlen) {
            char c = f->rbuf[f->rpos++];
            if (!f->binary && c == '\r') {
                if (f->rpos >= f->rlen && fill(f) < 0)
                    return -1;
                if (f->rpos < f->rlen && f->rbuf[f->rpos] == '\n')
                    f->rpos++;
                c = '\n';
            }
            if (mi_sb_append_char(sb, c) < 0)
                return -1;
            if (line && c == '\n')
                return 0;
            if (limit >= 0 && sb->size >= limit)
                return 0;
        }
    }
}

static MiObject *
finish_read(MiFile *f, MiStrBuilder *sb)
{
    MiObject *res;
    if (sb->failed) {
        mi_sb_discard(sb);
        return mi_err_nomemory();
    }
    if (f->binary)
        res = mi_bytes_new(sb->data, sb->size);
    else
        res = mi_str_decode_utf8(sb->data, sb->size, "replace");
    mi_sb_discard(sb);
    return res;
}

MiObject *
mi_file_readline(MiObject *file)
{
    MiFile *f = (MiFile *)file;
    MiStrBuilder sb;
    if (file->type != &mi_file_type)
        return mi_call_method(file, MI_NAME(readline), NULL, 0);
    if (check_open(f) < 0)
        return NULL;
    mi_sb_init(&sb);
    if (read_into(f, &sb, -1, 1) < 0) {
        mi_sb_discard(&sb);
        return NULL;
    }
    return finish_read(f, &sb);
}

/* ---- methods -------------------------------------------------------------------------- */

static MiObject *
file_write(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiFile *f = (MiFile *)self;
    MiObject *s = args[0];
    (void)nargs;
    (void)kw;
    if (check_open(f) < 0)
        return NULL;
    if (f->binary) {
        if (!mi_bytes_check(s) && s->type != &mi_bytearray_type)
            return mi_err_format(MI_EXC(TypeError), "a bytes-like object is required, not '%s'",
                                 MI_TYPE_NAME(s));
        if (file_write_bytes(f, s->type == &mi_bytearray_type ? ((MiByteArray *)s)->data
                                                             : MI_BYTES_DATA(s),
                             ((MiVarObject *)s)->size) < 0)
            return NULL;
        return mi_int_from_i64(((MiVarObject *)s)->size);
    }
    if (!mi_str_check(s))
        return mi_err_format(MI_EXC(TypeError), "write() argument must be str, not %s",
                             MI_TYPE_NAME(s));
    if (file_write_bytes(f, MI_STR_DATA(s), MI_STR_SIZE(s)) < 0)
        return NULL;
    return mi_int_from_i64(MI_STR_LEN(s));
}

static MiObject *
file_writelines(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *it = mi_obj_iter(args[0]), *line;
    (void)nargs;
    (void)kw;
    if (it == NULL)
        return NULL;
    while ((line = mi_iter_next(it)) != NULL) {
        MiObject *res = file_write(self, &line, 1, NULL);
        MI_DECREF(line);
        if (res == NULL) {
            MI_DECREF(it);
            return NULL;
        }
        MI_DECREF(res);
    }
    MI_DECREF(it);
    if (mi_err_occurred())
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
file_read(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiFile *f = (MiFile *)self;
    intptr_t limit = -1;
    MiStrBuilder sb;
    if (mi_args_check("read", nargs, kw, 0, 1) < 0 || check_open(f) < 0)
        return NULL;
    if (!f->readable)
        return mi_err_format(MI_EXC(ValueError), "not readable");
    if (nargs == 1 && args[0] != MI_NONE && mi_arg_ssize(args[0], &limit) < 0)
        return NULL;
    mi_sb_init(&sb);
    if (read_into(f, &sb, limit, 0) < 0) {
        mi_sb_discard(&sb);
        return NULL;
    }
    return finish_read(f, &sb);
}

static MiObject *
file_readline_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiFile *f = (MiFile *)self;
    intptr_t limit = -1;
    MiStrBuilder sb;
    if (mi_args_check("readline", nargs, kw, 0, 1) < 0 || check_open(f) < 0)
        return NULL;
    if (!f->readable)
        return mi_err_format(MI_EXC(ValueError), "not readable");
    if (nargs == 1 && args[0] != MI_NONE && mi_arg_ssize(args[0], &limit) < 0)
        return NULL;
    mi_sb_init(&sb);
    if (read_into(f, &sb, limit, 1) < 0) {
        mi_sb_discard(&sb);
        return NULL;
    }
    return finish_read(f, &sb);
}

static MiObject *
file_readlines(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *list = mi_list_new(0), *line;
    (void)args;
    (void)nargs;
    (void)kw;
    if (list == NULL)
        return NULL;
    for (;;) {
        line = file_readline_m(self, NULL, 0, NULL);
        if (line == NULL) {
            MI_DECREF(list);
            return NULL;
        }
        if (((MiVarObject *)line)->size == 0) {
            MI_DECREF(line);
            return list;
        }
        if (mi_list_append(list, line) < 0) {
            MI_DECREF(line);
            MI_DECREF(list);
            return NULL;
        }
        MI_DECREF(line);
    }
}

static int
file_close_impl(MiFile *f)
{
    int rc = 0;
    if (f->closed)
        return 0;
    rc = file_flush_buffer(f);
    f->closed = 1;
    if (f->closefd && close(f->fd) < 0 && rc == 0) {
        mi_err_from_errno(NULL);
        rc = -1;
    }
    return rc;
}

static MiObject *
file_close(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    if (file_close_impl((MiFile *)self) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
file_flush_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    if (check_open((MiFile *)self) < 0 || file_flush_buffer((MiFile *)self) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
file_fileno(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    if (check_open((MiFile *)self) < 0)
        return NULL;
    return mi_int_from_i64(((MiFile *)self)->fd);
}

static MiObject *
file_isatty(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    if (check_open((MiFile *)self) < 0)
        return NULL;
    return mi_bool_from(isatty(((MiFile *)self)->fd));
}

static MiObject *
file_seek(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiFile *f = (MiFile *)self;
    intptr_t offset, whence = 0;
    off_t pos;
    if (mi_args_check("seek", nargs, kw, 1, 2) < 0 || check_open(f) < 0)
        return NULL;
    if (mi_arg_ssize(args[0], &offset) < 0 || (nargs > 1 && mi_arg_ssize(args[1], &whence) < 0))
        return NULL;
    if (file_flush_buffer(f) < 0)
        return NULL;
    if (whence == 1)
        offset -= f->rlen - f->rpos;
    pos = lseek(f->fd, (off_t)offset, (int)whence);
    if (pos < 0)
        return mi_err_from_errno(NULL);
    f->rpos = f->rlen = 0;
    f->eof = 0;
    return mi_int_from_i64((int64_t)pos);
}

static MiObject *
file_tell(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiFile *f = (MiFile *)self;
    off_t pos;
    (void)args;
    (void)nargs;
    (void)kw;
    if (check_open(f) < 0)
        return NULL;
    pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0)
        return mi_err_from_errno(NULL);
    return mi_int_from_i64((int64_t)pos - (f->rlen - f->rpos) + f->wlen);
}

static MiObject *
file_enter(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    if (check_open((MiFile *)self) < 0)
        return NULL;
    return mi_newref(self);
}

static MiObject *
file_exit(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    if (file_close_impl((MiFile *)self) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
file_simple_true(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    MI_RETURN_TRUE;
}

static MiObject *
file_readable(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_bool_from(((MiFile *)self)->readable);
}

static MiObject *
file_writable(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_bool_from(((MiFile *)self)->writable);
}

static MiMethodDef file_methods[] = {
    {"write", file_write, MI_METH_O, NULL},
    {"writelines", file_writelines, MI_METH_O, NULL},
    {"read", file_read, MI_METH_VARARGS, NULL},
    {"readline", file_readline_m, MI_METH_VARARGS, NULL},
    {"readlines", file_readlines, MI_METH_VARARGS, NULL},
    {"close", file_close, MI_METH_NOARGS, NULL},
    {"flush", file_flush_m, MI_METH_NOARGS, NULL},
    {"fileno", file_fileno, MI_METH_NOARGS, NULL},
    {"isatty", file_isatty, MI_METH_NOARGS, NULL},
    {"seek", file_seek, MI_METH_VARARGS, NULL},
    {"tell", file_tell, MI_METH_NOARGS, NULL},
    {"seekable", file_simple_true, MI_METH_NOARGS, NULL},
    {"readable", file_readable, MI_METH_NOARGS, NULL},
    {"writable", file_writable, MI_METH_NOARGS, NULL},
    {"__enter__", file_enter, MI_METH_NOARGS, NULL},
    {"__exit__", file_exit, MI_METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiObject *
file_get_closed(MiObject *self, void *c)
{
    (void)c;
    return mi_bool_from(((MiFile *)self)->closed);
}

static MiObject *
file_get_encoding(MiObject *self, void *c)
{
    (void)c;
    if (((MiFile *)self)->binary)
        return mi_err_format(MI_EXC(AttributeError), "'BufferedReader' object has no attribute "
                             "'encoding'");
    return mi_str_from_cstr("utf-8");
}

static MiObject *
file_get_line_buffering(MiObject *self, void *c)
{
    (void)c;
    return mi_bool_from(((MiFile *)self)->line_buffered);
}

static MiGetSetDef file_getsets[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL, NULL},
    {"line_buffering", file_get_line_buffering, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiMemberDef file_members[] = {
    {"name", MI_MEMBER_OBJECT, offsetof(MiFile, name), 1, NULL},
    {"mode", MI_MEMBER_OBJECT, offsetof(MiFile, mode), 1, NULL},
    {NULL, 0, 0, 0, NULL},
};

static MiObject *
file_iter(MiObject *self)
{
    if (check_open((MiFile *)self) < 0)
        return NULL;
    return mi_newref(self);
}

static MiObject *
file_iternext(MiObject *self)
{
    MiObject *line = file_readline_m(self, NULL, 0, NULL);
    if (line == NULL)
        return NULL;
    if (((MiVarObject *)line)->size == 0) {
        MI_DECREF(line);
        return NULL;
    }
    return line;
}

static MiObject *
file_repr(MiObject *self)
{
    MiFile *f = (MiFile *)self;
    if (f->binary)
        return mi_str_format("<_io.BufferedReader name=%R>", f->name);
    return mi_str_format("<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", f->name, f->mode);
}

static int
file_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiFile *)self)->dict);
    return 0;
}

static void
file_dealloc(MiObject *self)
{
    MiFile *f = (MiFile *)self;
    MiObject *saved;
    MI_GC_UNTRACK(self);
    saved = mi_err_fetch();
    if (file_close_impl(f) < 0)
        mi_err_clear();
    mi_err_restore(saved);
    mi_free(f->wbuf);
    mi_free(f->rbuf);
    MI_CLEAR(f->name);
    MI_CLEAR(f->mode);
    MI_CLEAR(f->dict);
    mi_object_free(self);
}

MiType mi_file_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(MiFile),
    .flags = MI_TYPE_GC,
    .dealloc = file_dealloc,
    .traverse = file_traverse,
    .repr = file_repr,
    .iter = file_iter,
    .iternext = file_iternext,
    .methods = file_methods,
    .getsets = file_getsets,
    .members = file_members,
    .dictoffset = offsetof(MiFile, dict),
};

/* ---- open() ------------------------------------------------------------------------------ */

MiObject *
mi_builtin_open(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    MiObject *a[8];
    const char *mode = "r", *path;
    int flags = 0, fd, reading = 0, writing = 0, appending = 0, creating = 0, plus = 0;
    MiObject *f, *pathobj;
    (void)self;
    if (mi_args_parse("open", args, nargs, kwnames, names, 0, 1, 8, a) < 0)
        return NULL;
    if (a[1] != NULL) {
        if (!mi_str_check(a[1]))
            return mi_err_format(MI_EXC(TypeError), "open() argument 'mode' must be str, not %s",
                                 MI_TYPE_NAME(a[1]));
        mode = mi_str_cstr(a[1]);
    }
    for (const char *m = mode; *m; m++) {
        switch (*m) {
        case 'r': reading = 1; break;
        case 'w': writing = 1; break;
        case 'a': appending = 1; break;
        case 'x': creating = 1; break;
        case '+': plus = 1; break;
        case 'b': case 't': break;
        default:
            return mi_err_format(MI_EXC(ValueError), "invalid mode: '%s'", mode);
        }
    }
    if (reading + writing + appending + creating != 1)
        return mi_err_format(MI_EXC(ValueError), "must have exactly one of create/read/write/"
                             "append mode");
    if (a[3] != NULL && a[3] != MI_NONE && strchr(mode, 'b'))
        return mi_err_format(MI_EXC(ValueError), "binary mode doesn't take an encoding argument");
    if (mi_int_check(a[0])) {
        intptr_t ifd;
        if (mi_arg_ssize(a[0], &ifd) < 0)
            return NULL;
        f = mi_file_from_fd((int)ifd, "", mode, a[6] == NULL || mi_obj_is_true(a[6]));
        if (f != NULL)
            MI_SETREF(((MiFile *)f)->name, mi_newref(a[0]));
        return f;
    }
    if (!mi_str_check(a[0]))
        return mi_err_format(MI_EXC(TypeError), "expected str, bytes or os.PathLike object, not %s",
                             MI_TYPE_NAME(a[0]));
    pathobj = a[0];
    path = mi_str_cstr(pathobj);
    if (reading)
        flags = plus ? O_RDWR : O_RDONLY;
    else if (writing)
        flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    else if (appending)
        flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    else
        flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    fd = open(path, flags | O_CLOEXEC, 0666);
    if (fd < 0)
        return mi_err_from_errno(pathobj);
    {
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            return mi_err_from_errno(pathobj);
        }
    }
    f = mi_file_from_fd(fd, path, mode, 1);
    if (f == NULL) {
        close(fd);
        return NULL;
    }
    ((MiFile *)f)->line_buffered = 0;
    return f;
}
