/* tests/unit/repl/term.c: the pseudo-terminal driver and screen model of
 * term.h.  mini runs under forkpty() as the leader of a new session whose
 * controlling terminal is the pty, so Ctrl-C typed into the master makes
 * the line discipline send SIGINT to mini, as a real keyboard does.  Every
 * byte mini writes is fed to a small model of a dumb 80-column terminal;
 * term_expect() renders it as text and compares, reading more while the
 * deadline allows. */
#include "term.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define COLS     80
#define ROWS     400                /* lines a test may fill */
#define MAX_ARGS 16

struct Term {
    pid_t pid;
    int   fd;                       /* the pty master */
    int   eof;                      /* mini closed the terminal */
    char *home;
    int   own_home;                 /* home is ours to remove */
    char  cells[ROWS][COLS][5];     /* one UTF-8 character each */
    int   len[ROWS];                /* cells written on each line */
    int   row, col, last_row;
    char  pending[4];               /* an unfinished UTF-8 sequence */
    int   npending, need;
    int   esc;                      /* 0, 1 after ESC, 2 inside ESC [ */
    int   param;                    /* the CSI's number, -1 for none */
    char *text;                     /* the rendered screen */
};

static const char *
mini_path(void)
{
    const char *mini = getenv("MINI");
    cr_assert(mini != NULL && *mini != '\0', "MINI is not set (run through ctest)");
    return mini;
}

static long
now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- the screen model -------------------------------------------------------------- */

static void
clear_cells(Term *t, int row, int from)
{
    for (int c = from; c < COLS; c++)
        strcpy(t->cells[row][c], " ");
}

static void
move_to_row(Term *t, int row)
{
    cr_assert(row < ROWS, "the session filled more than %d lines", ROWS);
    t->row = row < 0 ? 0 : row;
    if (t->row > t->last_row)
        t->last_row = t->row;
}

static void
put_cell(Term *t, const char *ch, int n)
{
    if (t->col >= COLS) {                       /* automatic margin */
        move_to_row(t, t->row + 1);
        t->col = 0;
    }
    memcpy(t->cells[t->row][t->col], ch, (size_t)n);
    t->cells[t->row][t->col][n] = '\0';
    t->col++;
    if (t->col > t->len[t->row])
        t->len[t->row] = t->col;
}

static void
csi(Term *t, char final)
{
    int n = t->param < 1 ? 1 : t->param;
    switch (final) {
    case 'A': move_to_row(t, t->row - n); break;
    case 'B': move_to_row(t, t->row + n); break;
    case 'C': t->col = t->col + n < COLS ? t->col + n : COLS - 1; break;
    case 'D': t->col = t->col - n > 0 ? t->col - n : 0; break;
    case 'K': clear_cells(t, t->row, t->col); break;
    default: break;                             /* colours, modes: no effect on text */
    }
}

static void
feed_byte(Term *t, unsigned char b)
{
    if (t->esc == 1) {
        t->esc = b == '[' ? 2 : 0;
        t->param = -1;
        return;
    }
    if (t->esc == 2) {
        if (b >= '0' && b <= '9')
            t->param = (t->param < 0 ? 0 : t->param * 10) + (b - '0');
        else if (b >= 0x40 && b <= 0x7e) {
            csi(t, (char)b);
            t->esc = 0;
        }
        return;
    }
    if (t->need > 0) {                          /* inside a UTF-8 sequence */
        t->pending[t->npending++] = (char)b;
        if (--t->need == 0)
            put_cell(t, t->pending, t->npending);
        return;
    }
    if (b >= 0xc0) {
        t->pending[0] = (char)b;
        t->npending = 1;
        t->need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
        return;
    }
    switch (b) {
    case '\r': t->col = 0; break;
    case '\n': move_to_row(t, t->row + 1); break;
    case '\b': if (t->col > 0) t->col--; break;
    case '\t': t->col = (t->col / 8 + 1) * 8 < COLS ? (t->col / 8 + 1) * 8 : COLS - 1; break;
    case 033: t->esc = 1; break;
    default:
        if (b >= 0x20 && b < 0x80) {
            char c = (char)b;
            put_cell(t, &c, 1);
        }
        break;                                  /* bell and other controls */
    }
}

const char *
term_screen(Term *t)
{
    size_t cap = (size_t)(t->last_row + 1) * (COLS * 4 + 1) + 1, n = 0;
    char *s = realloc(t->text, cap);
    cr_assert_not_null(s);
    t->text = s;
    for (int r = 0; r <= t->last_row; r++) {
        int end = t->len[r];
        while (end > 0 && strcmp(t->cells[r][end - 1], " ") == 0)
            end--;
        if (r == t->row && end < t->col)
            end = t->col;
        for (int c = 0; c < end; c++) {
            size_t k = strlen(t->cells[r][c]);
            memcpy(s + n, t->cells[r][c], k);
            n += k;
        }
        if (r < t->last_row)
            s[n++] = '\n';
    }
    s[n] = '\0';
    return s;
}

/* ---- the terminal ------------------------------------------------------------------- */

/* Reads what mini wrote within `ms` milliseconds (returns after the first
 * read).  0 when something came or the terminal closed, -1 on timeout. */
static int
pump(Term *t, long ms)
{
    struct pollfd p = {.fd = t->fd, .events = POLLIN};
    unsigned char buf[4096];
    ssize_t n;
    if (t->eof)
        return 0;
    if (poll(&p, 1, (int)(ms < 0 ? 0 : ms)) <= 0)
        return -1;
    n = read(t->fd, buf, sizeof buf);
    if (n <= 0) {                               /* EIO: no process has the terminal open */
        t->eof = 1;
        return 0;
    }
    for (ssize_t i = 0; i < n; i++)
        feed_byte(t, buf[i]);
    return 0;
}

Term *
term_start(const char *home, ...)
{
    const char *argv[MAX_ARGS + 2];
    struct winsize ws = {.ws_row = 24, .ws_col = COLS};
    int argc = 0;
    va_list ap;
    Term *t = calloc(1, sizeof *t);
    cr_assert_not_null(t);
    argv[argc++] = mini_path();
    va_start(ap, home);
    for (const char *a; (a = va_arg(ap, const char *)) != NULL;) {
        cr_assert(argc <= MAX_ARGS);
        argv[argc++] = a;
    }
    va_end(ap);
    argv[argc] = NULL;
    if (home == NULL) {
        char tmpl[] = "/tmp/mini-repl-home-XXXXXX";
        cr_assert_not_null(mkdtemp(tmpl), "mkdtemp: %s", strerror(errno));
        t->home = strdup(tmpl);
        t->own_home = 1;
    } else {
        t->home = strdup(home);
    }
    for (int r = 0; r < ROWS; r++)
        clear_cells(t, r, 0);
    t->pid = forkpty(&t->fd, NULL, NULL, &ws);
    cr_assert(t->pid >= 0, "forkpty: %s", strerror(errno));
    if (t->pid == 0) {
        setenv("TERM", "dumb", 1);
        setenv("HOME", t->home, 1);
        unsetenv("EDITRC");
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
    return t;
}

void
term_type(Term *t, const char *keys)
{
    size_t n = strlen(keys);
    while (n > 0) {
        ssize_t w = write(t->fd, keys, n);
        if (w < 0 && errno == EINTR)
            continue;
        cr_assert(w > 0, "writing to the terminal: %s", strerror(errno));
        keys += w;
        n -= (size_t)w;
    }
}

static int
ends_with(const char *s, const char *tail)
{
    size_t a = strlen(s), b = strlen(tail);
    return a >= b && strcmp(s + a - b, tail) == 0;
}

/* A copy of s without the "^C" the terminal echoes for Ctrl-C. */
static char *
without_ctrl_c(const char *s)
{
    char *out = malloc(strlen(s) + 1), *q = out;
    cr_assert_not_null(out);
    while (*s) {
        if (s[0] == '^' && s[1] == 'C')
            s += 2;
        else
            *q++ = *s++;
    }
    *q = '\0';
    return out;
}

/* Does the screen show `want` (all of it, or at its end)?  The kernel
 * echoes "^C" when it sends SIGINT, and the program's own output may be
 * written before that echo lands: so a second comparison ignores it. */
static int
screen_matches(const char *got, const char *want, int whole)
{
    char *g, *w;
    int ok;
    if (whole ? strcmp(got, want) == 0 : ends_with(got, want))
        return 1;
    if (strstr(want, "^C") == NULL)
        return 0;
    g = without_ctrl_c(got);
    w = without_ctrl_c(want);
    ok = whole ? strcmp(g, w) == 0 : ends_with(g, w);
    free(g);
    free(w);
    return ok;
}

static void
expect(Term *t, const char *want, int whole)
{
    long deadline = now_ms() + TERM_TIMEOUT * 1000L;
    for (;;) {
        const char *got = term_screen(t);
        if (screen_matches(got, want, whole))
            return;
        if (t->eof || pump(t, deadline - now_ms()) < 0)
            break;
    }
    cr_assert_fail("the screen %s\n----- wanted -----\n%s\n----- shown -----\n%s\n-----",
                   whole ? "differs" : "does not end as wanted", want, term_screen(t));
}

void
term_expect(Term *t, const char *screen)
{
    expect(t, screen, 1);
}

void
term_expect_tail(Term *t, const char *tail)
{
    expect(t, tail, 0);
}

/* The state letter of /proc/PID/stat: R running, S sleeping, ... */
static char
process_state(pid_t pid)
{
    char path[64], buf[512], *paren;
    FILE *f;
    size_t n;
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    f = fopen(path, "r");
    if (f == NULL)
        return '?';
    n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    paren = strrchr(buf, ')');              /* the command name may hold anything */
    return paren != NULL && paren[1] == ' ' ? paren[2] : '?';
}

void
term_wait_blocked(Term *t)
{
    long deadline = now_ms() + TERM_TIMEOUT * 1000L;
    while (process_state(t->pid) != 'S') {
        cr_assert(now_ms() < deadline, "mini never waited; the screen:\n%s", term_screen(t));
        pump(t, 1);
    }
}

const char *
term_home(Term *t)
{
    return t->home;
}

int
term_wait(Term *t)
{
    long deadline = now_ms() + TERM_TIMEOUT * 1000L;
    int status = 0;
    pid_t got;
    while ((got = waitpid(t->pid, &status, WNOHANG)) == 0) {
        if (now_ms() > deadline) {
            kill(t->pid, SIGKILL);
            waitpid(t->pid, &status, 0);
            cr_assert_fail("mini did not exit; the screen:\n%s", term_screen(t));
        }
        if (t->eof) {
            struct timespec pause = {0, 2000000};
            nanosleep(&pause, NULL);            /* closed the terminal, exiting */
        } else {
            pump(t, 20);
        }
    }
    while (!t->eof && pump(t, 0) == 0)
        ;                                        /* what is left in the terminal */
    close(t->fd);
    if (t->own_home)
        remove_tree(t->home);
    free(t->home);
    free(t->text);
    free(t);
    return WIFEXITED(status) ? WEXITSTATUS(status)
                             : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
}

void
term_finish(Term *t, int status)
{
    term_type(t, "\004");
    cr_assert_eq(term_wait(t), status);
}

/* ---- without a terminal ------------------------------------------------------------- */

int
run_piped(const char *input, char **out, char **err, ...)
{
    const char *argv[MAX_ARGS + 2];
    int in_pipe[2], out_pipe[2], err_pipe[2], status, argc = 0;
    char *buf[2] = {NULL, NULL};
    size_t len[2] = {0, 0}, done = 0, total = strlen(input);
    struct pollfd p[3];
    va_list ap;
    pid_t pid;
    argv[argc++] = mini_path();
    va_start(ap, err);
    for (const char *a; (a = va_arg(ap, const char *)) != NULL;) {
        cr_assert(argc <= MAX_ARGS);
        argv[argc++] = a;
    }
    va_end(ap);
    argv[argc] = NULL;
    cr_assert(pipe(in_pipe) == 0 && pipe(out_pipe) == 0 && pipe(err_pipe) == 0);
    pid = fork();
    cr_assert(pid >= 0);
    if (pid == 0) {
        setsid();                               /* no controlling terminal */
        dup2(in_pipe[0], 0);
        dup2(out_pipe[1], 1);
        dup2(err_pipe[1], 2);
        close(in_pipe[1]);
        close(out_pipe[0]);
        close(err_pipe[0]);
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
    close(in_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);
    signal(SIGPIPE, SIG_IGN);
    p[0] = (struct pollfd){.fd = out_pipe[0], .events = POLLIN};
    p[1] = (struct pollfd){.fd = err_pipe[0], .events = POLLIN};
    p[2] = (struct pollfd){.fd = in_pipe[1], .events = POLLOUT};
    if (total == 0) {
        close(in_pipe[1]);
        p[2].fd = -1;
    }
    while (p[0].fd >= 0 || p[1].fd >= 0) {
        cr_assert(poll(p, 3, TERM_TIMEOUT * 1000) > 0, "mini did not finish");
        for (int i = 0; i < 2; i++) {
            char chunk[4096];
            ssize_t n;
            if (p[i].fd < 0 || !(p[i].revents & (POLLIN | POLLHUP)))
                continue;
            n = read(p[i].fd, chunk, sizeof chunk);
            if (n <= 0) {
                close(p[i].fd);
                p[i].fd = -1;
                continue;
            }
            buf[i] = realloc(buf[i], len[i] + (size_t)n + 1);
            cr_assert_not_null(buf[i]);
            memcpy(buf[i] + len[i], chunk, (size_t)n);
            len[i] += (size_t)n;
        }
        if (p[2].fd >= 0 && (p[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t n = write(p[2].fd, input + done, total - done);
            if (n > 0)
                done += (size_t)n;
            if (n <= 0 || done == total) {
                close(p[2].fd);
                p[2].fd = -1;
            }
        }
    }
    if (p[2].fd >= 0)
        close(p[2].fd);
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    for (int i = 0; i < 2; i++) {
        char **dst = i == 0 ? out : err;
        if (buf[i] == NULL)
            buf[i] = calloc(1, 1);
        else
            buf[i][len[i]] = '\0';
        if (dst != NULL)
            *dst = buf[i];
        else
            free(buf[i]);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status)
                             : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
}

/* ---- temporary files ---------------------------------------------------------------- */

char *
temp_file(const char *name, const char *text)
{
    char tmpl[] = "/tmp/mini-repl-XXXXXX";
    char *path;
    FILE *f;
    cr_assert_not_null(mkdtemp(tmpl), "mkdtemp: %s", strerror(errno));
    path = malloc(strlen(tmpl) + strlen(name) + 2);
    cr_assert_not_null(path);
    sprintf(path, "%s/%s", tmpl, name);
    f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

void
remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    if (d == NULL)
        return;
    while ((e = readdir(d)) != NULL) {
        char path[4096];
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    closedir(d);
    rmdir(dir);
}
