/* vm/interp.h: starting and stopping the interpreter, running programs. */
#ifndef MINI_VM_INTERP_H
#define MINI_VM_INTERP_H

#include "vm/object.h"

typedef struct MiConfig {
    int          argc;          /* sys.argv */
    char       **argv;
    const char  *program_dir;   /* prepended to sys.path ("" for -c / REPL) */
    int          show_refcount; /* -X showrefcount */
    int          show_alloc;    /* -X showalloccount */
    int          gc_stress;     /* -X gcstress or MINI_GC_STRESS=1 */
    long         int_max_str_digits; /* -X int_max_str_digits=N; -1 for no
                                      * limit; 0: PYTHONINTMAXSTRDIGITS or
                                      * else 4300 */
    int          interactive;
    int          inspect;
} MiConfig;

/* Creates mi_state and everything in it.  0, or -1 after printing why. */
int  mi_interp_init(const MiConfig *config);
/* Tears everything down: runs finalizers, frees every object, frees the
 * state.  Returns the number of objects still alive (0 unless leaked). */
intptr_t mi_interp_finalize(void);

/* Runs source as __main__; returns 0, or -1 with the exception raised. */
int  mi_run_source(const char *src, size_t len, const char *filename);
/* Runs a file as __main__ (reading it first). */
int  mi_run_file(const char *path);
/* Prints the raised exception's traceback to sys.stderr and clears it;
 * SystemExit instead sets the exit code (mi_state->exit_code) and returns 1,
 * unless -i is in force (mi_state->inspect), which prints it too. */
int  mi_handle_uncaught(void);
/* The interactive loop (vm/repl.c) in __main__; `quiet` skips the banner.
 * Returns the exit status: 0 at end of input, else SystemExit's.  Errors
 * typed at the prompt do not change it. */
int  mi_repl_run(int quiet);

#endif /* MINI_VM_INTERP_H */
