/* vm/main.c: the `mini` command line.  Parses the options CPython users
 * know (script, -c, -m, -i, -q, -X, --version) plus mini's inspection
 * flags (--tokens, --ast, --dis), then hands over to the interpreter:
 *
 *   mini [options] [-c cmd | -m mod | file | -] [arg ...]
 *
 * Without a program, standard input is the interactive prompt (vm/repl.c)
 * when it is a terminal or -i is given, else a script read to its end.
 * -i after a program keeps its names for the prompt.
 * The exit status is CPython's: 0, 1 after an uncaught exception, the code
 * of SystemExit, 2 for a bad command line or a script that cannot be
 * opened.  Debug builds report objects or references leaked at exit. */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "grammar/frontend.h"
#include "vm/compile.h"
#include "vm/dis.h"
#include "vm/errors.h"
#include "vm/fileio.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/traceback.h"

static const char usage_text[] =
    "usage: mini [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-V     : print the version number and exit (also --version)\n"
    "-X opt : set implementation-specific option:\n"
    "         showrefcount  print the total reference count and objects at exit\n"
    "         showalloccount  print the allocator's totals at exit\n"
    "         gcstress      collect at every container allocation (MINI_GC_STRESS=1)\n"
    "--tokens file : print the tokens of file\n"
    "--ast file    : print the abstract syntax tree of file\n"
    "--dis file    : print the bytecode of file\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

typedef struct Options {
    const char *command;      /* -c */
    const char *module;       /* -m */
    const char *script;       /* a file, or "-" */
    const char *tool;         /* --tokens / --ast / --dis */
    const char *tool_file;
    int         quiet, inspect, show_refcount, show_alloc, gc_stress;
    long        int_max_str_digits;  /* as MiConfig's */
    int         argstart;     /* index of sys.argv[0] in argv */
} Options;

static int
parse_options(int argc, char **argv, Options *o)
{
    int i;
    memset(o, 0, sizeof *o);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("mini %s (Python 3.10)\n", MI_VERSION);
            exit(0);
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0) {
            fputs(usage_text, stdout);
            exit(0);
        }
        if (strcmp(a, "--tokens") == 0 || strcmp(a, "--ast") == 0 || strcmp(a, "--dis") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the %s option\n", a);
                return -1;
            }
            o->tool = a;
            o->tool_file = argv[i + 1];
            return 0;
        }
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            o->script = a;
            o->argstart = i;
            return 0;
        }
        if (strcmp(a, "--") == 0) {
            if (i + 1 < argc) {
                o->script = argv[i + 1];
                o->argstart = i + 1;
            }
            return 0;
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
            case 'm': {
                const char *value = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (value == NULL) {
                    fprintf(stderr, "Argument expected for the -%c option\n", *p);
                    return -1;
                }
                if (*p == 'c')
                    o->command = value;
                else
                    o->module = value;
                o->argstart = i;
                return 0;
            }
            case 'X': {
                const char *value = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (value == NULL) {
                    fprintf(stderr, "Argument expected for the -X option\n");
                    return -1;
                }
                if (strcmp(value, "showrefcount") == 0)
                    o->show_refcount = 1;
                else if (strcmp(value, "showalloccount") == 0)
                    o->show_alloc = 1;
                else if (strcmp(value, "gcstress") == 0)
                    o->gc_stress = 1;
                else if (strncmp(value, "int_max_str_digits=", 19) == 0) {
                    char *end;
                    long n = strtol(value + 19, &end, 10);
                    if (*end != '\0' || value[19] == '\0' || (n != 0 && n < 640)) {
                        fprintf(stderr, "-X int_max_str_digits: invalid limit; must be >= 640 "
                                        "or 0 for unlimited.\n");
                        return -1;
                    }
                    o->int_max_str_digits = n == 0 ? -1 : n;
                }
                goto next_arg;
            }
            case 'q': o->quiet = 1; break;
            case 'i': o->inspect = 1; break;
            case 'u': case 'B': case 'E': case 's': case 'S': case 'O': case 'I': case 'b':
            case 'd': case 'v': case 'R':
                break;
            case 'W': {
                if (!p[1])
                    i++;
                goto next_arg;
            }
            default:
                fprintf(stderr, "Unknown option: -%c\n%s", *p, usage_text);
                return -1;
            }
        }
    next_arg:;
    }
    return 0;
}

/* The directory of a script, for sys.path[0] (malloc'ed). */
static char *
script_dir(const char *script)
{
    const char *slash = strrchr(script, '/');
    char *dir;
    if (slash == NULL)
        return strdup("");
    dir = strndup(script, (size_t)(slash - script));
    if (dir != NULL && dir[0] == '\0') {
        free(dir);
        return strdup("/");
    }
    return dir;
}

static int
run_tool(const Options *o)
{
    MiConfig config;
    char *src;
    size_t len;
    MiCode *code;
    int status = 0;
    if (strcmp(o->tool, "--dis") != 0)
        return mi_frontend_tool(o->tool, o->tool_file);
    src = mi_read_file(o->tool_file, &len);
    if (src == NULL) {
        fprintf(stderr, "mini: can't open file '%s': [Errno %d] %s\n", o->tool_file, errno,
                strerror(errno));
        return 2;
    }
    memset(&config, 0, sizeof config);
    if (mi_interp_init(&config) < 0) {
        free(src);
        return 1;
    }
    code = mi_compile_source(src, len, o->tool_file, MI_COMPILE_EXEC, NULL);
    free(src);
    if (code == NULL) {
        mi_handle_uncaught();
        status = 1;
    } else {
        mi_dis_code(code, stdout);
        MI_DECREF(code);
    }
    mi_interp_finalize();
    return status;
}

/* Reads standard input to the end (malloc'ed). */
static char *
read_stdin(size_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (buf == NULL)
        return NULL;
    for (;;) {
        ssize_t got;
        if (n + 1 >= cap) {
            char *p = realloc(buf, cap * 2);
            if (p == NULL) {
                free(buf);
                return NULL;
            }
            buf = p;
            cap *= 2;
        }
        got = read(0, buf + n, cap - n - 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        n += (size_t)got;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Runs the -m module as __main__. */
static int
run_module(const char *name)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s.py", name);
    for (char *p = path; *p; p++) {
        if (*p == '.' && strcmp(p, ".py") != 0)
            *p = '/';
    }
    if (access(path, R_OK) != 0) {
        fprintf(stderr, "%s: No module named %s\n", "mini", name);
        mi_state->exit_code = 1;
        return 1;
    }
    return mi_run_file(path) < 0 ? -1 : 0;
}

int
main(int argc, char **argv)
{
    Options o;
    MiConfig config;
    char *dir = NULL;
    int rc = 0, status;
    int has_program;          /* -c, -m or a script file, not standard input */
    int interrupted = 0;      /* the program ended in KeyboardInterrupt */
    intptr_t leaked;

    if (parse_options(argc, argv, &o) < 0)
        return 2;
    if (o.tool != NULL)
        return run_tool(&o);
    memset(&config, 0, sizeof config);
    config.show_refcount = o.show_refcount;
    config.show_alloc = o.show_alloc;
    config.gc_stress = o.gc_stress;
    config.int_max_str_digits = o.int_max_str_digits;
    config.inspect = o.inspect;
    if (o.command != NULL || o.module != NULL) {
        config.argc = argc - o.argstart;
        config.argv = argv + o.argstart;
        config.argv[0] = o.command != NULL ? "-c" : (char *)o.module;
        config.program_dir = "";
    } else if (o.script != NULL && strcmp(o.script, "-") != 0) {
        config.argc = argc - o.argstart;
        config.argv = argv + o.argstart;
        dir = script_dir(o.script);
        config.program_dir = dir;
    } else {
        config.argc = o.script ? argc - o.argstart : 0;
        config.argv = o.script ? argv + o.argstart : NULL;
        config.program_dir = "";
    }
    if (mi_interp_init(&config) < 0) {
        free(dir);
        return 1;
    }
    has_program = o.command != NULL || o.module != NULL ||
                  (o.script != NULL && strcmp(o.script, "-") != 0);
    if (o.command != NULL) {
        rc = mi_run_source(o.command, strlen(o.command), "<string>");
    } else if (o.module != NULL) {
        rc = run_module(o.module);
    } else if (o.script != NULL && strcmp(o.script, "-") != 0) {
        rc = mi_run_file(o.script);
        if (rc == -2) {
            char abs[PATH_MAX];
            int err = errno;
            if (o.script[0] != '/' && getcwd(abs, sizeof abs) != NULL) {
                size_t n = strlen(abs);
                snprintf(abs + n, sizeof abs - n, "/%s", o.script);
            } else {
                snprintf(abs, sizeof abs, "%s", o.script);
            }
            fprintf(stderr, "mini: can't open file '%s': [Errno %d] %s\n", abs, err,
                    strerror(err));
            mi_state->exit_code = 2;
            rc = 0;
        }
    } else if (isatty(0) || o.inspect) {
        /* standard input is the terminal, or -i asks for the prompts anyway */
        mi_state->exit_code = mi_repl_run(o.quiet);
    } else {
        size_t len;
        char *src = read_stdin(&len);
        if (src == NULL) {
            fprintf(stderr, "mini: cannot read standard input\n");
            mi_state->exit_code = 1;
        } else {
            rc = mi_run_source(src, len, "<stdin>");
            free(src);
        }
    }
    if (rc < 0) {
        interrupted = mi_err_matches((MiObject *)MI_EXC(KeyboardInterrupt));
        mi_handle_uncaught();           /* with -i, SystemExit is printed and stays */
    }
    if (o.inspect && has_program) {
        /* -i: the program's names stay for the prompt, which alone decides
         * the exit status, as CPython */
        mi_state->exit_code = mi_repl_run(1);
        interrupted = 0;
    }
    status = mi_state->exit_code;
    {
        int show = mi_state->verbose_refs;
        leaked = mi_interp_finalize();
        if (show) {
#ifdef MI_DEBUG_REFS
            fprintf(stderr, "[%ld refs, %ld blocks]\n", (long)mi_ref_total, (long)leaked);
#else
            fprintf(stderr, "[%ld blocks]\n", (long)leaked);
#endif
        }
    }
#ifdef MI_DEBUG_REFS
    if (leaked != 0 || mi_ref_total != 0) {
        fprintf(stderr, "mini: leak check failed: %ld objects and %ld references left at exit\n",
                (long)leaked, (long)mi_ref_total);
        if (status == 0)
            status = 70;
    }
#endif
    free(dir);
    if (interrupted && status == 1) {
        /* die by SIGINT so the shell sees the interrupt, as CPython */
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    return status;
}
