/* data: lookup and line iteration over the data files compiled into the library. */
#include "data.h"

#include <string.h>
#include <strings.h>

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

const char *data_word_line(const char *name, const char *w, size_t n, int any_case,
                           int skip_first)
{
    const data_file *f = data_get(name);
    size_t pos = 0, len;
    const char *line;
    while (f && n > 0 && data_next_line(f, &pos, &line, &len)) {
        size_t i = 0;
        for (int k = 0; i < len; k++) {
            size_t a = i;
            while (i < len && line[i] != ' ')
                i++;
            if ((k > 0 || !skip_first) && i - a == n &&
                (any_case ? strncasecmp(line + a, w, n) : strncmp(line + a, w, n)) == 0)
                return line;
            while (i < len && line[i] == ' ')
                i++;
        }
    }
    return NULL;
}
