/* herald: the library's top: status text, versions, formats, and hd_render, which
 * drives a plan through synth into a sink and publishes the manifest. */
#include <stdlib.h>
#include <string.h>

#include "herald.h"
#include "prosody.h"
#include "publish.h"
#include "sink.h"
#include "statement.h"
#include "synth.h"
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
    case HD_ERR_VOICE: return "voice profile or espeak-ng voice problem";
    case HD_ERR_SYNTH: return "synthesis failed";
    case HD_ERR_CREATE: return "cannot create output";
    case HD_ERR_WRITE: return "cannot write output";
    case HD_ERR_CANCELLED: return "cancelled";
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
    return o;
}

void hd_shutdown(void) { syn_close(); }

typedef struct render {
    const hd_render_options *opt;
    snd_sink *sink;
    hd_diag *diag;
    hd_status st; /* first failure inside the audio callback */
} render;

static int cancelled(const render *r)
{
    return r->opt->cancelled && r->opt->cancelled(r->opt->user);
}

static int on_pcm(void *user, const short *pcm, size_t n)
{
    render *r = user;
    if (cancelled(r)) {
        r->st = HD_ERR_CANCELLED;
        return 1;
    }
    if ((r->st = snd_write(r->sink, pcm, n, r->diag)) != HD_OK)
        return 1;
    return 0;
}

hd_status hd_render(const hd_plan *plan, const hd_render_options *opt, hd_diag *diag)
{
    render r = {opt, NULL, diag, HD_OK};
    pub_chapter *ch = NULL;
    char *text = NULL;
    hd_status st = HD_OK;
    size_t nch = plan ? plan->doc->nchapters : 0;
    int rate = 0;

    if (!plan || !opt || (opt->stream_fd < 0 && !opt->out_dir))
        return HD_ERR_ARG;
    if ((st = syn_open(&rate, diag)) != HD_OK)
        goto out;
    for (size_t i = 0; i < plan->nvoices; i++)
        if ((st = syn_check(&plan->voices[i], diag)) != HD_OK)
            goto out;
    if (!(ch = calloc(nch ? nch : 1, sizeof *ch))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    for (size_t c = 0; c < nch; c++) {
        ch[c].title = plan->doc->chapters[c].title;
        if (!(ch[c].file = pub_chapter_file(c + 1, nch, ch[c].title, hd_format_ext(opt->format)))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
    }
    st = opt->stream_fd >= 0 ? snd_stream_open(opt->stream_fd, rate, &r.sink, diag)
                             : snd_dir_open(opt->out_dir, opt->format, rate, &r.sink, diag);
    if (st != HD_OK)
        goto out;

    size_t i = 0;
    for (size_t c = 0; c < nch; c++) {
        if ((st = snd_chapter_begin(r.sink, ch[c].file, diag)) != HD_OK)
            goto out;
        for (; i < plan->n && plan->u[i].chapter == (int)c + 1; i++) {
            const pro_utterance *u = &plan->u[i];
            if (cancelled(&r)) {
                st = HD_ERR_CANCELLED;
                goto out;
            }
            if (u->speech[0]) {
                st = syn_speak(&plan->voices[u->voice], pro_rate(plan, u), u->speech, on_pcm, &r,
                               diag);
                if (st == HD_ERR_CANCELLED && r.st != HD_OK)
                    st = r.st;
                if (st != HD_OK)
                    goto out;
            }
            size_t pause = (size_t)u->pause_ms * (size_t)rate / 1000;
            if ((st = snd_silence(r.sink, pause, diag)) != HD_OK)
                goto out;
            if (opt->progress) {
                hd_progress pr = {c + 1, nch, i + 1, plan->n};
                opt->progress(opt->user, &pr);
            }
        }
        if ((st = snd_chapter_end(r.sink, &ch[c].frames, &ch[c].rate, diag)) != HD_OK)
            goto out;
    }
    if (opt->stream_fd < 0) {
        if ((st = pub_manifest(plan, ch, nch, opt->source, opt->format, &text)) != HD_OK ||
            (st = pub_write_file(opt->out_dir, "index.json", text, diag)) != HD_OK)
            goto out;
        free(text);
        text = NULL;
        if ((st = pub_playlist(plan, ch, nch, &text)) != HD_OK ||
            (st = pub_write_file(opt->out_dir, "playlist.m3u8", text, diag)) != HD_OK)
            goto out;
    }
out:
    if (st == HD_ERR_NOMEM)
        diag_set(diag, 0, 0, "out of memory");
    if (st == HD_ERR_CANCELLED)
        diag_set(diag, 0, 0, "interrupted");
    snd_free(r.sink);
    for (size_t c = 0; ch && c < nch; c++)
        free(ch[c].file);
    free(ch);
    free(text);
    return st;
}
