/* dynlib: libraries loaded when first needed, not at start.
 *
 * libzip brings libcrypto, libbz2 and more with it; loading them costs every herald
 * process several milliseconds of page faults, more than planning a statement, yet
 * only an EPUB needs them. Such a library is opened by its soname (set by the
 * Makefile from the one linked against at build time) the first time it is used. */
#ifndef HERALD_DYNLIB_H
#define HERALD_DYNLIB_H

#include <stddef.h>

/* One symbol to bind: its name and where its address goes (the address of a function
 * pointer, as void **). */
typedef struct dl_symbol {
    const char *name;
    void **slot;
} dl_symbol;

/* Opens library `soname` and binds every symbol; returns 1, or 0 with why in
 * err[0, errn) (nothing bound). Opening the same library again is cheap. */
int dl_bind(const char *soname, const dl_symbol *syms, size_t n, char *err, size_t errn);

#endif
