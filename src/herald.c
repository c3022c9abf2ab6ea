/* herald: the library's top: status text, versions, formats, and hd_render, which
 * drives a plan through synth into a sink and publishes the manifest. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "herald.h"
#include "level.h"
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

/* ------------------------------------------------------------ rendering */

enum { CALIBRATION_MAX = 32 };

/* A sentence of ordinary length and sounds, to measure a voice's loudness by. */
static const char calibration_text[] =
    "The harbour council met on Tuesday to discuss the budget for next year, and agreed "
    "on new plans for the ferry terminal and the old sea wall.";

typedef struct render {
    const hd_plan *plan;
    const hd_render_options *opt;
    hd_diag *diag;
    int rate;
    /* where synthesised samples go */
    snd_raw *raw;
    lv_meter *meter;
    float *buf;        /* one utterance, for the stream and the encoding pass */
    size_t len, cap;
    unsigned long long total; /* samples synthesised so far */
    hd_status st;      /* first failure inside the audio callback */
} render;

static int cancelled(const render *r)
{
    return r->opt->cancelled && r->opt->cancelled(r->opt->user);
}

/* Collects an utterance's samples: into the raw temporary and the meter (directory),
 * or into the buffer (stream). */
static int on_pcm(void *user, const short *pcm, size_t n)
{
    render *r = user;
    if (cancelled(r)) {
        r->st = HD_ERR_CANCELLED;
        return 1;
    }
    if (r->raw && (r->st = snd_raw_append(r->raw, pcm, n, r->diag)) != HD_OK)
        return 1;
    if (grow((void **)&r->buf, &r->cap, r->len + n, sizeof *r->buf) != 0) {
        r->st = HD_ERR_NOMEM;
        return 1;
    }
    for (size_t i = 0; i < n; i++)
        r->buf[r->len + i] = pcm[i] / 32768.0f;
    if (r->meter && (r->st = lv_meter_add(r->meter, r->buf + r->len, n)) != HD_OK)
        return 1;
    r->len += n;
    r->total += n;
    return 0;
}

/* Speaks utterance i into r->buf (and the raw temporary). */
static hd_status speak(render *r, size_t i)
{
    const pro_utterance *u = &r->plan->u[i];
    r->len = 0;
    if (!u->speech[0])
        return HD_OK;
    hd_status st = syn_speak(&r->plan->voices[u->voice], pro_rate(r->plan, u), u->speech, on_pcm,
                             r, r->diag);
    if (st == HD_ERR_CANCELLED && r->st != HD_OK)
        st = r->st;
    return st;
}

static size_t pause_samples(const render *r, size_t i)
{
    return (size_t)r->plan->u[i].pause_ms * (size_t)r->rate / 1000;
}

static hd_status add_silence(render *r, size_t n)
{
    static const short zeros[4096];
    static const float fzeros[4096];
    while (n > 0) {
        size_t k = n < 4096 ? n : 4096;
        hd_status st;
        if (r->raw && (st = snd_raw_append(r->raw, zeros, k, r->diag)) != HD_OK)
            return st;
        if (r->meter && (st = lv_meter_add(r->meter, fzeros, k)) != HD_OK)
            return st;
        r->total += k;
        n -= k;
    }
    return HD_OK;
}

static void progress(const render *r, size_t chapter, size_t chapters, size_t done)
{
    if (r->opt->progress) {
        hd_progress pr = {chapter, chapters, done, r->plan->n};
        r->opt->progress(r->opt->user, &pr);
    }
}

static double target_lufs(const hd_render_options *o, int channels)
{
    return o->loudness != 0 ? o->loudness : channels == 2 ? -16.0 : -19.0;
}

/* Loudness is measured on the mono signal; two equal channels add 3 dB. */
static double mono_target(const hd_render_options *o, int channels)
{
    return target_lufs(o, channels) - (channels == 2 ? 10 * log10(2.0) : 0);
}

static int lossy(hd_format f) { return f == HD_FORMAT_OGG || f == HD_FORMAT_OPUS || f == HD_FORMAT_MP3; }

static hd_status render_stream(render *r)
{
    const hd_plan *p = r->plan;
    const hd_render_options *o = r->opt;
    snd_sink *sink = NULL;
    double gain[CALIBRATION_MAX] = {0};
    int level = o->loudness != HD_LOUDNESS_OFF;
    int channels = o->channels == 2 ? 2 : 1;
    hd_status st = HD_OK;

    /* No look-ahead in a stream: each voice gets the gain that brings its test
     * sentence to the target. */
    for (size_t v = 0; level && v < p->nvoices && v < CALIBRATION_MAX; v++) {
        r->len = 0;
        st = syn_speak(&p->voices[v], p->rate_wpm ? p->rate_wpm : p->voices[v].rate,
                       calibration_text, on_pcm, r, r->diag);
        if (st != HD_OK)
            goto out;
        double l = lv_loudness_of(r->buf, r->len, r->rate);
        gain[v] = isfinite(l) ? mono_target(o, channels) - l : 0;
    }
    r->total = 0;
    if ((st = snd_stream_open(o->stream_fd, r->rate, snd_output_rate(HD_FORMAT_WAV, r->rate, o->sample_rate),
                              channels, &sink, r->diag)) != HD_OK)
        goto out;
    for (size_t i = 0; i < p->n; i++) {
        if (cancelled(r)) {
            st = HD_ERR_CANCELLED;
            goto out;
        }
        if ((st = speak(r, i)) != HD_OK)
            goto out;
        size_t v = (size_t)p->u[i].voice;
        if (level)
            lv_limit(r->buf, r->len, v < CALIBRATION_MAX ? gain[v] : 0, -1.5, r->rate);
        if ((st = snd_write(sink, r->buf, r->len, r->diag)) != HD_OK ||
            (st = snd_silence(sink, pause_samples(r, i), r->diag)) != HD_OK)
            goto out;
        progress(r, (size_t)p->u[i].chapter, p->nchapters, i + 1);
    }
    unsigned long long frames;
    int rate;
    st = snd_chapter_end(sink, &frames, &rate, r->diag);
out:
    snd_free(sink);
    return st;
}

/* Names of the files an earlier render listed in dir/index.json (herald's own, which
 * it may replace), as one string with a NUL after each; NULL when there is none. */
static char *earlier_files(const char *dir)
{
    sb names = {0};
    char *text = NULL;
    size_t len = 0;
    char *pth = path_join(dir, "index.json");
    if (pth && hd_input_read(pth, &text, &len, NULL) == HD_OK) {
        static const char key[] = "\"file\": \"";
        for (const char *q = strstr(text, key); q; q = strstr(q, key)) {
            q += sizeof key - 1;
            const char *e = strchr(q, '"');
            if (!e)
                break;
            sb_putn(&names, q, (size_t)(e - q));
            sb_putc(&names, '\0');
            q = e;
        }
    }
    free(pth);
    free(text);
    if (names.oom || !names.len) {
        sb_free(&names);
        return NULL;
    }
    sb_putc(&names, '\0');
    return names.oom ? (sb_free(&names), NULL) : sb_take(&names);
}

static int listed(const char *names, const char *name)
{
    for (const char *n = names; n && *n; n += strlen(n) + 1)
        if (strcmp(n, name) == 0)
            return 1;
    return 0;
}

static hd_status write_sidecar(const pub_render *pr, const char *dir, const char *name,
                               hd_status (*make)(const pub_render *, char **), hd_diag *diag)
{
    char *text = NULL;
    hd_status st = make(pr, &text);
    if (st == HD_OK)
        st = pub_write_file(dir, name, text, diag);
    free(text);
    return st;
}

/* Writes the chapter files from the raw temporary with gain and limiter (when
 * `written`, which then measures them), and places every utterance's speech on the
 * whole timeline. Never replaces a file an earlier render did not list (`again`: the
 * files are this render's own, written in an earlier attempt). */
static hd_status write_files(render *r, snd_sink *sink, pub_chapter *ch, size_t nch,
                             const unsigned long long *start,
                             const unsigned long long *speech_end, pub_timing *t,
                             const char *before, int again, const snd_tags *base,
                             double gain, double ceiling, lv_meter *written)
{
    const hd_render_options *o = r->opt;
    unsigned long long done = 0;
    double at = 0;
    hd_status st = HD_OK;

    for (size_t c = 0; c < nch; c++) {
        char *full = path_join(o->out_dir, ch[c].file);
        int exists = full && access(full, F_OK) == 0;
        free(full);
        if (exists && !again && !listed(before, ch[c].file)) {
            diag_set_path(r->diag, o->out_dir);
            diag_set(r->diag, 0, 0, "%s is there already and herald did not write it; "
                                    "choose another output directory", ch[c].file);
            return HD_ERR_CREATE;
        }
        snd_tags tags = *base;
        tags.title = ch[c].title;
        tags.track = (int)c + 1;
        if ((st = snd_chapter_begin(sink, ch[c].file, &tags, r->diag)) != HD_OK)
            return st;
        for (size_t i = ch[c].first; i < ch[c].last; i++) {
            if (cancelled(r))
                return HD_ERR_CANCELLED;
            size_t n = (size_t)(start[i + 1] - start[i]);
            if (grow((void **)&r->buf, &r->cap, n, sizeof *r->buf) != 0)
                return HD_ERR_NOMEM;
            if ((st = snd_raw_read(r->raw, start[i], n, r->buf, r->diag)) != HD_OK)
                return st;
            if (written) {
                lv_limit(r->buf, n, gain, ceiling, r->rate);
                if ((st = lv_meter_add(written, r->buf, n)) != HD_OK)
                    return st;
            }
            if ((st = snd_write(sink, r->buf, n, r->diag)) != HD_OK)
                return st;
            /* the speech's place on the whole timeline, exact to the input sample */
            t[i].start_s = at + (double)(start[i] - start[ch[c].first]) / r->rate;
            t[i].end_s = t[i].start_s + (double)(speech_end[i] - start[i]) / r->rate;
            /* the counter runs again while the files are written */
            progress(r, c + 1, nch, i + 1);
        }
        if ((st = snd_chapter_end(sink, &ch[c].frames, &ch[c].rate, r->diag)) != HD_OK)
            return st;
        ch[c].start_s = at;
        done += ch[c].frames;
        at = (double)done / ch[c].rate; /* from whole frames: no sum of roundings */
    }
    return HD_OK;
}

/* One pass over the render with gain and limiter, measuring the loudness. */
static hd_status trial(render *r, const unsigned long long *start, double gain, double ceiling,
                       double *lufs)
{
    const hd_plan *p = r->plan;
    hd_status st = HD_OK;
    lv_meter *m = lv_meter_new(r->rate, 0);
    if (!m)
        return HD_ERR_NOMEM;
    for (size_t i = 0; i < p->n && st == HD_OK; i++) {
        size_t n = (size_t)(start[i + 1] - start[i]);
        if (cancelled(r))
            st = HD_ERR_CANCELLED;
        else if (grow((void **)&r->buf, &r->cap, n, sizeof *r->buf) != 0)
            st = HD_ERR_NOMEM;
        else if ((st = snd_raw_read(r->raw, start[i], n, r->buf, r->diag)) == HD_OK) {
            lv_limit(r->buf, n, gain, ceiling, r->rate);
            st = lv_meter_add(m, r->buf, n);
        }
    }
    *lufs = lv_meter_loudness(m);
    lv_meter_free(m);
    return st;
}

static hd_status render_dir(render *r)
{
    const hd_plan *p = r->plan;
    const hd_doc *d = p->doc;
    const hd_render_options *o = r->opt;
    snd_sink *sink = NULL;
    lv_meter *written = NULL; /* what the chapter files hold */
    pub_chapter *ch = NULL;
    pub_timing *t = NULL;
    unsigned long long *start = NULL;      /* per utterance: first sample, raw timeline */
    unsigned long long *speech_end = NULL; /* per utterance: end of its speech */
    char *before = NULL, *artist = NULL, *comment = NULL;
    size_t nch = 0, chcap = 0;
    int channels = o->channels == 2 ? 2 : 1, level = o->loudness != HD_LOUDNESS_OFF;
    int out_rate = snd_output_rate(o->format, r->rate, o->sample_rate);
    /* Lossy encoders overshoot peaks by a few tenths of a dB: more headroom for them. */
    double gain = 0, ceiling = lossy(o->format) ? -2.5 : -1.5, lufs = 0, peak = 0;
    double peak_goal = lossy(o->format) ? -2.0 : -1.2;
    hd_status st = HD_OK;

    if ((st = snd_dir_open(o->out_dir, o->format, r->rate, out_rate, channels, &sink, r->diag)) != HD_OK)
        goto out;
    before = earlier_files(o->out_dir);
    if ((st = snd_raw_open(o->out_dir, &r->raw, r->diag)) != HD_OK)
        goto out;
    if (level && !(r->meter = lv_meter_new(r->rate, 0))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    if (!(start = calloc(p->n + 1, sizeof *start)) || !(t = calloc(p->n + 1, sizeof *t)) ||
        !(speech_end = calloc(p->n + 1, sizeof *speech_end))) {
        st = HD_ERR_NOMEM;
        goto out;
    }

    /* 1. Synthesis into the raw temporary, cutting chapters: where the plan says, and
     *    at a sentence end past --max-chapter. */
    unsigned long long max = o->max_chapter_s > 0
                                 ? (unsigned long long)(o->max_chapter_s * r->rate)
                                 : 0;
    int part = 1;
    for (size_t i = 0; i < p->n; i++) {
        if (cancelled(r)) {
            st = HD_ERR_CANCELLED;
            goto out;
        }
        const pro_utterance *u = &p->u[i];
        int planned = nch == 0 || u->chapter != p->u[i - 1].chapter;
        int split = !planned && max && start[i] - start[ch[nch - 1].first] >= max &&
                    u->sentence != PRO_NO_SENTENCE && p->u[i - 1].announces < 0;
        if (planned || split) {
            if (nch)
                ch[nch - 1].last = i;
            if (grow((void **)&ch, &chcap, nch + 1, sizeof *ch) != 0) {
                st = HD_ERR_NOMEM;
                goto out;
            }
            memset(&ch[nch], 0, sizeof ch[nch]);
            part = planned ? 1 : part + 1;
            sb title = {0};
            sb_puts(&title, p->titles[u->chapter - 1]);
            if (part > 1)
                sb_printf(&title, " (part %d)", part);
            ch[nch].title = sb_take(&title);
            ch[nch].first = i;
            if (!ch[nch].title) {
                st = HD_ERR_NOMEM;
                goto out;
            }
            nch++;
        }
        start[i] = r->total;
        if ((st = speak(r, i)) != HD_OK)
            goto out;
        speech_end[i] = r->total;
        if ((st = add_silence(r, pause_samples(r, i))) != HD_OK)
            goto out;
        start[i + 1] = r->total;
        progress(r, nch, p->nchapters, i + 1);
    }
    if (nch)
        ch[nch - 1].last = p->n;

    /* 2. The gain to the target, then one trial pass with the limiter, which lowers
     *    the loudness a little: the gain makes that up. (A second trial moved results
     *    by less than 0.05 LU and cost a quarter of the render.) */
    double want = mono_target(o, channels);
    if (level) {
        double l0 = lv_meter_loudness(r->meter), l = 0;
        gain = isfinite(l0) ? want - l0 : 0;
        if (isfinite(l0)) {
            if ((st = trial(r, start, gain, ceiling, &l)) != HD_OK)
                goto out;
            if (isfinite(l))
                gain += want - l;
        }
    }

    /* 3. The chapter files, tagged, each under its final name when complete. The true
     *    peak is measured on what is written; past the goal (the limiter bounds sample
     *    peaks, and resampling moves peaks) the ceiling goes down and they are written
     *    again. */
    artist = pub_artist(d);
    sb cm = {0};
    sb_printf(&cm, "%s; from %s; read by herald %s", d->kind ? d->kind : "Statement",
              o->source ? o->source : "-", HD_VERSION);
    comment = sb_take(&cm);
    for (size_t c = 0; c < nch; c++)
        if (!(ch[c].file = pub_chapter_file(c + 1, nch, ch[c].title, hd_format_ext(o->format)))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
    for (int attempt = 0;; attempt++) {
        lv_meter_free(written);
        written = level ? lv_meter_new(r->rate, 1) : NULL;
        if (level && !written) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        snd_tags base = {NULL, d->title, artist, d->date, comment, 0};
        if ((st = write_files(r, sink, ch, nch, start, speech_end, t, before, attempt > 0, &base,
                              gain, ceiling, written)) != HD_OK)
            goto out;
        if (!level)
            break;
        lufs = lv_meter_loudness(written) + target_lufs(o, channels) - want;
        peak = lv_meter_true_peak(written);
        if (peak <= peak_goal + 0.15 || attempt == 2)
            break;
        ceiling -= peak - peak_goal + 0.1;
    }

    /* 4. Sidecars. Files an earlier render left that this one did not write go. */
    pub_render pr = {p, ch, nch, t, o->source, o->format, channels, level,
                     target_lufs(o, channels), lufs, peak};
    if ((st = write_sidecar(&pr, o->out_dir, "index.json", pub_manifest, r->diag)) != HD_OK ||
        (st = write_sidecar(&pr, o->out_dir, "playlist.m3u8", pub_playlist, r->diag)) != HD_OK ||
        (st = write_sidecar(&pr, o->out_dir, "captions.vtt", pub_captions, r->diag)) != HD_OK ||
        (st = write_sidecar(&pr, o->out_dir, "transcript.json", pub_transcript, r->diag)) != HD_OK ||
        (st = write_sidecar(&pr, o->out_dir, "chapters.json", pub_chapters, r->diag)) != HD_OK)
        goto out;
    for (const char *n = before; n && *n; n += strlen(n) + 1) {
        int mine = 0;
        for (size_t c = 0; c < nch && !mine; c++)
            mine = strcmp(ch[c].file, n) == 0;
        if (!mine && !strchr(n, '/')) {
            char *full = path_join(o->out_dir, n);
            if (full)
                unlink(full);
            free(full);
        }
    }
out:
    snd_free(sink);
    lv_meter_free(written);
    snd_raw_free(r->raw);
    r->raw = NULL;
    lv_meter_free(r->meter);
    r->meter = NULL;
    for (size_t c = 0; c < nch; c++) {
        free(ch[c].file);
        free(ch[c].title);
    }
    free(ch);
    free(t);
    free(start);
    free(speech_end);
    free(before);
    free(artist);
    free(comment);
    return st;
}

hd_status hd_render(const hd_plan *plan, const hd_render_options *opt, hd_diag *diag)
{
    render r;
    hd_status st = HD_OK;

    if (!plan || !opt || (opt->stream_fd < 0 && !opt->out_dir))
        return HD_ERR_ARG;
    if (opt->channels < 0 || opt->channels > 2 || opt->sample_rate < 0 ||
        (opt->sample_rate && (opt->sample_rate < 8000 || opt->sample_rate > 192000)) ||
        (opt->loudness != 0 && opt->loudness != HD_LOUDNESS_OFF &&
         (opt->loudness < -70 || opt->loudness > -5))) {
        diag_set(diag, 0, 0, "channels must be 1 or 2, the rate 8000 to 192000 Hz, and the "
                             "loudness -70 to -5 LUFS");
        return HD_ERR_ARG;
    }
    memset(&r, 0, sizeof r);
    r.plan = plan;
    r.opt = opt;
    r.diag = diag;
    if ((st = syn_open(&r.rate, diag)) != HD_OK)
        goto out;
    for (size_t i = 0; i < plan->nvoices; i++)
        if ((st = syn_check(&plan->voices[i], diag)) != HD_OK)
            goto out;
    st = opt->stream_fd >= 0 ? render_stream(&r) : render_dir(&r);
out:
    if (st == HD_ERR_NOMEM)
        diag_set(diag, 0, 0, "out of memory");
    if (st == HD_ERR_CANCELLED)
        diag_set(diag, 0, 0, "interrupted");
    free(r.buf);
    return st;
}
