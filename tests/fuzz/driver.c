/* Runs a fuzz target's entry point over stored inputs, in the ordinary builds (plain and
 * ASan+UBSan): the regressions found by fuzzing and the golden statements. A target
 * that aborts or trips a sanitizer ends the run: the harness counts it as a crash. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "harness.h"

static size_t run_dir(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    size_t n = 0;
    char path[4096];
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t len = 0;
        char *data = h_read_file(path, &len);
        if (!data) {
            /* a golden directory: its input */
            snprintf(path, sizeof path, "%s/%s/input.txt", dir, e->d_name);
            data = h_read_file(path, &len);
        }
        if (!data)
            continue;
        /* what is checked: the target's own aborts and the sanitizers; an input that
         * trips one never comes back to be counted */
        LLVMFuzzerTestOneInput((const uint8_t *)data, len);
        h_check(1, __FILE__, __LINE__, "%s", path);
        free(data);
        n++;
    }
    if (d)
        closedir(d);
    return n;
}

int main(int argc, char **argv)
{
    size_t n = 0;
    if (argc > 1) {
        for (int i = 1; i < argc; i++)
            n += run_dir(argv[i]);
    } else {
        n += run_dir("tests/fuzz/regressions/" FUZZ_NAME);
        n += run_dir("tests/golden");
    }
    CHECKF(n > 0, "no stored inputs in the directories given");
    printf("%zu inputs\n", n);
    return h_report(FUZZ_NAME);
}
