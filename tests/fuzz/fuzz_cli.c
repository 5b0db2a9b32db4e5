/*
 * fuzz_cli.c -- the mdshm command line parser (tools/args.c with the real
 * command table of tools/mdshm.c, whose main() is renamed away).  The
 * input is split at NULs into argv[1..].  Parsing only: no command runs.
 * Usage text goes to stdout/stderr (make fuzz-smoke closes both).
 */
#include "fuzz.h"

#include <string.h>

#define main mdshm_tool_main
#include "../../tools/mdshm.c"
#undef main

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s, *argv[66];
    int argc = 0, rv;
    size_t off = 0;
    cli_t cli;

    fuzz_begin(size);
    if (!(s = fuzz_cstr(data, size)))
        return 0;
    argv[argc++] = "mdshm";
    while (off < size && argc < 65) {
        argv[argc++] = s + off;
        off += strlen(s + off) + 1;
    }
    argv[argc] = NULL;
    rv = cli_parse(&cli, argc, argv);
    fuzz_require(rv == -1 || rv == CLI_EXIT_OK || rv == CLI_EXIT_USAGE ||
                     rv == CLI_EXIT_ERROR,
                 "exit code %d", rv);
    if (rv == -1) {
        fuzz_require(cli.cmd != NULL, "go on without a command");
        fuzz_require((int)cli.n_pos >= cli.cmd->min_pos &&
                         (cli.cmd->max_pos < 0 ||
                          (int)cli.n_pos <= cli.cmd->max_pos),
                     "%zu positionals for %s", cli.n_pos, cli.cmd->name);
        /* NULL: found later (tools/discover.c), never empty */
        fuzz_require(!cli.store_dir || *cli.store_dir, "empty store dir");
        fuzz_require(!cli.conf_path || *cli.conf_path, "empty conf path");
    }
    cli_free(&cli);
    free(s);
    return 0;
}
