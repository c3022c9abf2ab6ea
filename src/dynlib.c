/* dynlib: libraries loaded when first needed (see dynlib.h). */
#include "dynlib.h"

#include <dlfcn.h>
#include <stdio.h>

int dl_bind(const char *soname, const dl_symbol *syms, size_t n, char *err, size_t errn)
{
    void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *why = dlerror();
        snprintf(err, errn, "cannot load %s: %s", soname, why ? why : "not found");
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        void *f = dlsym(h, syms[i].name);
        if (!f) {
            snprintf(err, errn, "%s has no %s", soname, syms[i].name);
            for (size_t k = 0; k < i; k++)
                *syms[k].slot = NULL;
            dlclose(h);
            return 0;
        }
        *syms[i].slot = f;
    }
    return 1;
}
