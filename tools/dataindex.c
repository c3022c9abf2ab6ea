/* dataindex: writes the index over the data files (src/data.c) as a C header, so the
 * library starts with it made instead of making it in every process (about 3 ms,
 * more than planning a short statement). Linked with the same data files the library
 * compiles in, and with data.c built without HD_DATA_INDEX.
 * usage: dataindex OUT.h */
#include <stdio.h>

int data_index_write(FILE *out);

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: dataindex OUT.h\n");
        return 64;
    }
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 73;
    }
    if (data_index_write(out) != 0) {
        fprintf(stderr, "dataindex: out of memory\n");
        fclose(out);
        remove(argv[1]);
        return 70;
    }
    if (fclose(out) != 0) {
        perror(argv[1]);
        remove(argv[1]);
        return 74;
    }
    return 0;
}
