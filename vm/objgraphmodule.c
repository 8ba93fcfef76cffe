/* vm/objgraphmodule.c: `_objgraph`, the few operating-system calls that
 * vm/lib/objgraph.py needs and mini has no `os` module for:
 *   which(name)            the path of an executable on $PATH, or None;
 *   mkstemp(suffix)        creates an empty file $TMPDIR/objgraph-XXXXXX<suffix>
 *                          (default /tmp) and returns its path;
 *   render(fmt, src, dst)  runs `dot -T<fmt> -o <dst> <src>` and returns its
 *                          exit status (127 when dot cannot be started);
 *   remove(path)           deletes a file.
 * Everything else objgraph does is Python on top of the gc module. */
#include "vm/module.h"

#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/str.h"

extern char **environ;

/* Borrowed: the UTF-8 text of the str `o`, or NULL with TypeError. */
static const char *
str_arg(const char *fname, MiObject *o)
{
    if (!mi_str_check(o)) {
        mi_err_format(MI_EXC(TypeError), "%s() argument must be str, not %s", fname,
                      o->type->name);
        return NULL;
    }
    return mi_str_cstr(o);
}

/* Writes "dir/name" into a new buffer (mi_free it); NULL when out of memory. */
static char *
join_path(const char *dir, size_t dirlen, const char *name)
{
    size_t namelen = strlen(name);
    char *path = mi_malloc(dirlen + namelen + 2);
    if (path == NULL)
        return NULL;
    memcpy(path, dir, dirlen);
    path[dirlen] = '/';
    memcpy(path + dirlen + 1, name, namelen + 1);
    return path;
}

static MiObject *
og_which(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *arg = args[0];
    const char *name = str_arg("which", arg), *dirs = getenv("PATH");
    (void)self;
    (void)nargs;
    (void)kw;
    if (name == NULL)
        return NULL;
    if (strchr(name, '/') != NULL)
        return access(name, X_OK) == 0 ? mi_newref(arg) : mi_newref(MI_NONE);
    while (dirs != NULL && *dirs != '\0') {
        const char *end = strchr(dirs, ':');
        size_t len = end ? (size_t)(end - dirs) : strlen(dirs);
        char *path = join_path(len ? dirs : ".", len ? len : 1, name);
        if (path == NULL)
            return mi_err_nomemory();
        if (access(path, X_OK) == 0) {
            MiObject *res = mi_str_from_cstr(path);
            mi_free(path);
            return res;
        }
        mi_free(path);
        dirs = end ? end + 1 : NULL;
    }
    MI_RETURN_NONE;
}

static MiObject *
og_mkstemp(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *arg = args[0];
    const char *suffix = str_arg("mkstemp", arg), *dir = getenv("TMPDIR");
    char *path;
    MiObject *res;
    int fd;
    (void)self;
    (void)nargs;
    (void)kw;
    if (suffix == NULL)
        return NULL;
    if (dir == NULL || *dir == '\0')
        dir = "/tmp";
    path = mi_malloc(strlen(dir) + strlen(suffix) + sizeof "/objgraph-XXXXXX");
    if (path == NULL)
        return mi_err_nomemory();
    sprintf(path, "%s/objgraph-XXXXXX%s", dir, suffix);
    fd = mkstemps(path, (int)strlen(suffix));
    if (fd < 0) {
        mi_free(path);
        return mi_err_from_errno(NULL);
    }
    close(fd);
    res = mi_str_from_cstr(path);
    mi_free(path);
    return res;
}

static MiObject *
og_render(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    const char *fmt, *src, *dst;
    char *argv[5], *tflag, *oflag;
    pid_t pid;
    int status = 0, rc;
    (void)self;
    if (mi_args_check("render", nargs, kw, 3, 3) < 0)
        return NULL;
    if ((fmt = str_arg("render", args[0])) == NULL || (src = str_arg("render", args[1])) == NULL ||
        (dst = str_arg("render", args[2])) == NULL)
        return NULL;
    tflag = mi_malloc(strlen(fmt) + 3);
    oflag = mi_malloc(strlen(dst) + 3);
    if (tflag == NULL || oflag == NULL) {
        mi_free(tflag);
        mi_free(oflag);
        return mi_err_nomemory();
    }
    sprintf(tflag, "-T%s", fmt);
    sprintf(oflag, "-o%s", dst);
    argv[0] = "dot";
    argv[1] = tflag;
    argv[2] = oflag;
    argv[3] = (char *)src;
    argv[4] = NULL;
    fflush(stdout);
    rc = posix_spawnp(&pid, "dot", NULL, NULL, argv, environ);
    mi_free(tflag);
    mi_free(oflag);
    if (rc != 0)
        return mi_int_from_i64(127);
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return mi_err_from_errno(NULL);
    }
    return mi_int_from_i64(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
}

static MiObject *
og_remove(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *arg = args[0];
    const char *path = str_arg("remove", arg);
    (void)self;
    (void)nargs;
    (void)kw;
    if (path == NULL)
        return NULL;
    if (remove(path) < 0)
        return mi_err_from_errno(arg);
    MI_RETURN_NONE;
}

static const MiMethodDef objgraph_functions[] = {
    {"which", og_which, MI_METH_O, NULL},
    {"mkstemp", og_mkstemp, MI_METH_O, NULL},
    {"render", og_render, MI_METH_VARARGS, NULL},
    {"remove", og_remove, MI_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

const MiModuleDef mi__objgraph_module_def = {
    "_objgraph", "Operating-system helpers for the objgraph module.",
    objgraph_functions, NULL,
};
