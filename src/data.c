/* data: lookup and line iteration over the data files compiled into the library. */
#include "data.h"

#include <string.h>

const data_file *data_get(const char *name)
{
    for (const data_file *f = data_files; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

int data_next_line(const data_file *f, size_t *pos, const char **line, size_t *len)
{
    while (*pos < f->len) {
        size_t a = *pos, b = a;
        while (b < f->len && f->bytes[b] != '\n')
            b++;
        *pos = b + 1;
        while (a < b && (f->bytes[a] == ' ' || f->bytes[a] == '\t'))
            a++;
        size_t e = b;
        while (e > a && (f->bytes[e - 1] == ' ' || f->bytes[e - 1] == '\t' ||
                         f->bytes[e - 1] == '\r'))
            e--;
        if (e == a || f->bytes[a] == '#')
            continue;
        *line = f->bytes + a;
        *len = e - a;
        return 1;
    }
    return 0;
}
