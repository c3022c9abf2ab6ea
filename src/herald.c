/* herald: the library's top: status text, versions, formats and the render options'
 * defaults. hd_render itself is in render.c. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "herald.h"
#include "synth.h"
#include "ucache.h"
#include "util.h"

const char *hd_strerror(hd_status st)
{
    switch (st) {
    case HD_OK: return "success";
    case HD_ERR_NOMEM: return "out of memory";
    case HD_ERR_ARG: return "invalid argument";
    case HD_ERR_INPUT: return "input missing or unreadable";
    case HD_ERR_UTF8: return "input is not valid UTF-8";
    case HD_ERR_EMPTY: return "nothing to speak";
    case HD_ERR_VOICE: return "espeak-ng voice not installed";
    case HD_ERR_SYNTH: return "synthesis failed";
    case HD_ERR_CREATE: return "cannot create output";
    case HD_ERR_WRITE: return "cannot write output";
    case HD_ERR_CANCELLED: return "cancelled";
    case HD_ERR_SETTINGS: return "malformed settings file";
    case HD_ERR_TOO_LARGE: return "file too large";
    }
    return "unknown status";
}

const char *hd_version(void) { return HD_VERSION; }

static const char *const format_names[] = {"wav", "ogg", "opus", "flac", "mp3"};

hd_status hd_format_parse(const char *name, hd_format *out)
{
    for (size_t i = 0; name && i < sizeof format_names / sizeof *format_names; i++)
        if (strcmp(name, format_names[i]) == 0) {
            *out = (hd_format)i;
            return HD_OK;
        }
    return HD_ERR_ARG;
}

const char *hd_format_ext(hd_format f)
{
    return (size_t)f < sizeof format_names / sizeof *format_names ? format_names[f] : "bin";
}

hd_render_options hd_render_options_default(void)
{
    hd_render_options o;
    memset(&o, 0, sizeof o);
    o.format = HD_FORMAT_OGG;
    o.out_dir = "statement";
    o.stream_fd = -1;
    o.source = "-";
    o.player = 1;
    return o;
}

void hd_shutdown(void) { syn_close(); }

hd_status hd_cache_usage(const char *dir, unsigned long long *units, unsigned long long *bytes,
                         hd_diag *diag)
{
    if (!dir || !*dir || !units || !bytes)
        return HD_ERR_ARG;
    if (uc_usage(dir, units, bytes) != 0) {
        if (diag) {
            diag_set_path(diag, dir);
            diag_set(diag, 0, 0, "cannot read the cache: %s", strerror(errno));
        }
        return errno == ENOMEM ? HD_ERR_NOMEM : HD_ERR_INPUT;
    }
    return HD_OK;
}

hd_status hd_cache_trim(const char *dir, unsigned long long max_bytes, hd_diag *diag)
{
    if (!dir || !*dir)
        return HD_ERR_ARG;
    if (uc_trim(dir, max_bytes) != 0) {
        if (diag) {
            diag_set_path(diag, dir);
            diag_set(diag, 0, 0, "cannot trim the cache: %s", strerror(errno));
        }
        return errno == ENOMEM ? HD_ERR_NOMEM : HD_ERR_WRITE;
    }
    return HD_OK;
}
