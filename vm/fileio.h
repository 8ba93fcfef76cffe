/* vm/fileio.h: file objects: sys.stdout/stderr/stdin and what open()
 * returns.  One type serves text mode (str in and out, UTF-8, universal
 * newlines on reading) and binary mode (bytes).  Writes are buffered;
 * a file on a terminal is line-buffered, stderr is flushed after every
 * write, as CPython does. */
#ifndef MINI_VM_FILEIO_H
#define MINI_VM_FILEIO_H

#include "vm/object.h"

typedef struct MiFile {
    MI_HEAD
    int       fd;
    int       readable, writable, binary, append;
    int       closefd;          /* close fd when closed (not for stdio) */
    int       closed;
    int       line_buffered;    /* flush at each newline */
    int       write_through;    /* flush after each write (stderr) */
    MiObject *name;             /* str or int */
    MiObject *mode;             /* str */
    char     *wbuf;             /* pending output */
    intptr_t  wlen, wcap;
    char     *rbuf;             /* read-ahead */
    intptr_t  rpos, rlen, rcap;
    int       eof;
    MiObject *dict;
} MiFile;

extern MiType mi_file_type;

/* A file object for an open descriptor (stdio), `mode` "r"/"w". */
MiObject *mi_file_from_fd(int fd, const char *name, const char *mode, int closefd);
/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True) */
MiObject *mi_builtin_open(MiObject *self, MiObject *const *args, intptr_t nargs,
                          MiObject *kwnames);
/* Writes UTF-8 text to a file object fast when it is one of ours; any
 * other object gets .write(str).  0 / -1. */
int       mi_file_write_cstr(MiObject *file, const char *s, intptr_t n);
int       mi_file_write_str(MiObject *file, MiObject *str);
/* Flushes a file object (calls .flush() when it is not ours).  0 / -1. */
int       mi_file_flush(MiObject *file);
/* Reads one line (without limit) from a file object: str, "" at EOF. */
MiObject *mi_file_readline(MiObject *file);

#endif /* MINI_VM_FILEIO_H */
