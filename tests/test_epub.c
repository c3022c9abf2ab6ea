/* Tests of the EPUB read-along book (--epub): the zip as reading systems need it
 * (mimetype first, stored, no extra fields), the package's Media Overlay and
 * accessibility metadata, every sentence shown with an id and paired with its clip,
 * and those clips the same times transcript.json gives, sentence by sentence. epubcheck
 * itself runs in tests/clients.sh. */
#define _GNU_SOURCE
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "epub.h"
#include "harness.h"
#include "outdir.h"
#include "prosody.h"

static const char statement[] =
    "Press conference\n"
    "Joint press point by Minister Ana Ruiz and Commissioner Tom Hale\n"
    "\n"
    "3 March 2025\n"
    "\n"
    "MINISTER RUIZ: Good morning. The harbour council met today & agreed the plan.\n"
    "\n"
    "We will do three things:\n"
    "- repair the sea wall;\n"
    "- open the ferry terminal;\n"
    "- publish the budget.\n"
    "\n"
    "COMMISSIONER HALE: Thank you, Minister. The Commission will pay 40% of the cost.\n"
    "\n"
    "(Laughter)\n"
    "\n"
    "Questions\n"
    "\n"
    "Q: When does the work start?\n"
    "\n"
    "MINISTER RUIZ: In May. Thank you all.\n";

/* The text of zip entry `name`, or NULL. */
static char *entry(zip_t *z, const char *name)
{
    zip_stat_t st;
    if (zip_stat(z, name, 0, &st) != 0)
        return NULL;
    zip_file_t *f = zip_fopen(z, name, 0);
    char *t = f ? calloc(st.size + 1, 1) : NULL;
    if (t && zip_fread(f, t, st.size) != (zip_int64_t)st.size) {
        free(t);
        t = NULL;
    }
    if (f)
        zip_fclose(f);
    return t;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; hay && (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* clipBegin of par `id` ("p12") in a SMIL text, or -1. */
static double clip_begin(const char *smil, const char *id, double *end)
{
    char key[64];
    snprintf(key, sizeof key, "<par id=\"%s\">", id);
    const char *p = smil ? strstr(smil, key) : NULL;
    const char *b = p ? strstr(p, "clipBegin=\"") : NULL, *e = p ? strstr(p, "clipEnd=\"") : NULL;
    if (!b || !e)
        return -1;
    *end = atof(e + 9);
    return atof(b + 11);
}

/* Chapter c's own captions (NN-slug.vtt in dir), or NULL. */
static char *chapter_vtt(const char *dir, int c)
{
    DIR *d = opendir(dir);
    char *text = NULL, want[8], path[4400];
    snprintf(want, sizeof want, "%02d-", c);
    for (struct dirent *e; d && !text && (e = readdir(d));) {
        size_t n = strlen(e->d_name);
        if (strncmp(e->d_name, want, 3) == 0 && n > 4 && strcmp(e->d_name + n - 4, ".vtt") == 0) {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            text = h_read_file(path, NULL);
        }
    }
    if (d)
        closedir(d);
    return text;
}

/* The player's clip of sentence span id `sid` (index.html's data-begin, data-end). */
static double player_begin(const char *html, const char *sid, double *end)
{
    char key[64];
    snprintf(key, sizeof key, "<span id=\"%s\" class=\"s\"", sid);
    const char *p = html ? strstr(html, key) : NULL;
    const char *b = p ? strstr(p, "data-begin=\"") : NULL, *e = p ? strstr(p, "data-end=\"") : NULL;
    if (!b || !e)
        return -1;
    *end = atof(e + 10);
    return atof(b + 12);
}

static double vtt_seconds(const char *s)
{
    int h = 0, m = 0;
    double sec = 0;
    return sscanf(s, "%d:%d:%lf", &h, &m, &sec) == 3 ? h * 3600 + m * 60 + sec : -1;
}

/* Whether a WebVTT text has a cue that starts at `begin` (when `starts`) or ends at
 * it, to the millisecond. */
static int vtt_has(const char *vtt, double at, int starts)
{
    for (const char *p = vtt ? strstr(vtt, " --> ") : NULL; p; p = strstr(p + 5, " --> ")) {
        const char *t = starts ? p - 12 : p + 5;
        if (t >= vtt && fabs(vtt_seconds(t) - at) <= 0.0015)
            return 1;
    }
    return 0;
}

static void check_book(hd_format fmt)
{
    hd_doc *d = NULL;
    hd_plan *p = NULL;
    hd_parse_options po = hd_parse_options_default();
    hd_plan_options plo = hd_plan_options_default();
    CHECK_INT(hd_doc_parse(statement, strlen(statement), &po, &d, NULL), HD_OK);
    CHECK_INT(hd_plan_new(d, NULL, &plo, &p, NULL), HD_OK);
    if (!p) {
        hd_doc_free(d);
        return;
    }
    char *dir = h_tempdir();
    hd_render_options o = hd_render_options_default();
    o.format = fmt;
    o.out_dir = dir;
    o.epub = 1;
    hd_diag diag = {0};
    CHECKF(hd_render(p, &o, &diag) == HD_OK, "render: %s", diag.message);
    char path[4400];
    char *name = epub_file_name(d->title);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int err = 0;
    zip_t *z = zip_open(path, ZIP_RDONLY, &err);
    CHECKF(z != NULL, "%s: not a zip (%d)", path, err);
    /* the book is listed in the manifest, and the scratch MP3s are gone */
    snprintf(path, sizeof path, "%s/index.json", dir);
    char *index = h_read_file(path, NULL);
    CHECKF(index && strstr(index, name), "index.json does not list %s", name);
    CHECK(index && !strstr(index, "book-01.mp3"));
    if (z) {
        /* mimetype first, stored, nothing else in its header */
        zip_stat_t st;
        CHECK(zip_stat_index(z, 0, 0, &st) == 0 && strcmp(st.name, "mimetype") == 0);
        CHECK_INT(st.comp_method, ZIP_CM_STORE);
        CHECK_INT(zip_file_extra_fields_count(z, 0, ZIP_FL_LOCAL | ZIP_FL_CENTRAL), 0);
        char *mt = entry(z, "mimetype");
        CHECK(mt && strcmp(mt, "application/epub+zip") == 0);
        free(mt);
        char *opf = entry(z, "EPUB/package.opf");
        static const char *const must[] = {
            "media:active-class", "media:narrator", "<meta property=\"media:duration\">",
            "schema:accessMode\">textual", "schema:accessMode\">auditory",
            "schema:accessModeSufficient\">textual", "schema:accessibilityFeature\">synchronizedAudioText",
            "schema:accessibilityHazard", "schema:accessibilitySummary", "dcterms:modified",
            "<dc:language>en</dc:language>", "urn:uuid:", "<dc:date>2025-03-03</dc:date>",
            "media-type=\"audio/mpeg\"", "properties=\"nav\""};
        for (size_t k = 0; k < sizeof must / sizeof *must; k++)
            CHECKF(opf && strstr(opf, must[k]), "package.opf lacks %s", must[k]);
        char *nav = entry(z, "EPUB/nav.xhtml");
        CHECK(nav && strstr(nav, "epub:type=\"toc\""));
        /* turns in the contents: each speaker's name links to a sentence */
        CHECKF(nav && strstr(nav, "Ana Ruiz</a>") && strstr(nav, "Tom Hale</a>"), "nav: %s", nav);
        /* transcript.json's times, per sentence, are the clips' times */
        snprintf(path, sizeof path, "%s/transcript.json", dir);
        char *tt = h_read_file(path, NULL);
        jv *tj = tt ? j_parse(tt) : NULL;
        const jv *segs = j_get(tj, "segments");
        size_t shown = 0, matched = 0, played = 0, captioned = 0;
        char *page = NULL, *smil = NULL, *vtt = NULL;
        snprintf(path, sizeof path, "%s/index.html", dir);
        char *html = h_read_file(path, NULL);
        CHECKF(html != NULL, "no index.html");
        int cur = -1;
        for (size_t i = 0; segs && i < p->n && i < segs->n; i++) {
            if (p->u[i].sentence == PRO_NO_SENTENCE)
                continue;
            shown++;
            int c = p->u[i].chapter;
            if (c != cur) {
                free(page);
                free(smil);
                snprintf(path, sizeof path, "EPUB/chapter-%02d.xhtml", c);
                page = entry(z, path);
                snprintf(path, sizeof path, "EPUB/chapter-%02d.smil", c);
                smil = entry(z, path);
                cur = c;
                /* the chapter file's own captions, NN-slug.vtt */
                free(vtt);
                vtt = NULL;
                vtt = chapter_vtt(dir, c);
                CHECKF(vtt != NULL, "no captions for chapter %d", c);
            }
            char id[32], span[64];
            snprintf(id, sizeof id, "p%zu", p->u[i].sentence + 1);
            snprintf(span, sizeof span, "<span id=\"s%zu\">", p->u[i].sentence + 1);
            CHECKF(page && strstr(page, span), "chapter %d shows no %s", c, span);
            double end = -1, begin = clip_begin(smil, id, &end);
            double fs = j_num(segs->items[i], "fileStart");
            double len = j_num(segs->items[i], "endTime") - j_num(segs->items[i], "startTime");
            if (begin >= 0 && fabs(begin - fs) <= 0.0015 && fabs((end - begin) - len) <= 0.002)
                matched++;
            else
                CHECKF(0, "sentence %zu: clip %.3f-%.3f, transcript %.3f+%.3f", p->u[i].sentence + 1,
                       begin, end, fs, len);
            /* the web player's data: the same clip, to the millisecond */
            char sid[32];
            snprintf(sid, sizeof sid, "s%zu", p->u[i].sentence + 1);
            double pend = -1, pbegin = player_begin(html, sid, &pend);
            if (pbegin >= 0 && fabs(pbegin - begin) < 0.0005 && fabs(pend - end) < 0.0005)
                played++;
            else
                CHECKF(0, "sentence %s: player %.3f-%.3f, clip %.3f-%.3f", sid, pbegin, pend, begin, end);
            /* the captions: a cue starts where the sentence starts, one ends where it ends */
            if (vtt_has(vtt, begin, 1) && vtt_has(vtt, end, 0))
                captioned++;
            else
                CHECKF(0, "sentence %s: no cue from %.3f or to %.3f", sid, begin, end);
        }
        CHECK(shown >= 10);
        CHECK_INT(matched, shown);
        CHECK_INT(played, shown);
        CHECK_INT(captioned, shown);
        /* the page: one timed span a shown sentence, landmarks, nothing from elsewhere */
        CHECK_INT(count(html ? html : "", "class=\"s\""), shown);
        CHECK(html && strstr(html, "<html lang=\"en\">") && strstr(html, "<main id=\"text\"") &&
              strstr(html, "<nav aria-labelledby=") && strstr(html, "aria-label=\"Player\""));
        CHECK(html && !strstr(html, "src=\"http") && !strstr(html, "href=\"http") && !strstr(html, "url("));
        CHECK(html && count(html, "data-turn") >= 3 && strstr(html, "data-voice=\"Tom Hale\""));
        CHECK(html && strstr(html, "<script>") && strstr(html, "function nextTurn"));
        CHECK(index && strstr(index, "\"index.html\""));
        free(html);
        free(vtt);
        /* what a sighted reader sees: the list, the stage direction, speakers' names */
        char *all = NULL;
        size_t nall = 0;
        for (int c = 1; c <= (int)p->nchapters; c++) {
            snprintf(path, sizeof path, "EPUB/chapter-%02d.xhtml", c);
            char *t = entry(z, path);
            if (t) {
                all = realloc(all, nall + strlen(t) + 1);
                memcpy(all + nall, t, strlen(t) + 1);
                nall += strlen(t);
            }
            free(t);
        }
        CHECK(all && count(all, "<li>") == 3 && strstr(all, "<ul>"));
        CHECK(all && strstr(all, "class=\"stage\""));
        CHECK(all && strstr(all, "<span class=\"speaker\">Ana Ruiz:</span>"));
        CHECK(all && strstr(all, "council met today &amp; agreed"));
        /* the audio is in the book, one file a chapter */
        snprintf(path, sizeof path, "EPUB/audio/%s", "01-introduction.mp3");
        zip_stat_t as;
        CHECKF(zip_stat(z, path, 0, &as) == 0 && as.size > 1000, "no %s in the book", path);
        free(all);
        free(page);
        free(smil);
        j_free(tj);
        free(tt);
        free(nav);
        free(opf);
        zip_close(z);
    }
    free(index);
    free(name);
    h_rmtree(dir);
    free(dir);
    hd_plan_free(p);
    hd_doc_free(d);
}

static void test_names(void)
{
    char *n = epub_file_name("Remarks by the Minister: Harbour Plan");
    CHECK(n && strcmp(n, "remarks-by-the-minister-harbour-plan.epub") == 0);
    CHECK(n && od_name_ours(n));
    free(n);
    n = epub_file_name("");
    CHECK(n && strcmp(n, "statement.epub") == 0);
    free(n);
    CHECK(!od_name_ours("Book.epub"));
    CHECK(!od_name_ours("../x.epub"));
}

/* --no-player: no index.html, and none listed */
static void test_no_player(void)
{
    hd_doc *d = NULL;
    hd_plan *p = NULL;
    hd_parse_options po = hd_parse_options_default();
    hd_plan_options plo = hd_plan_options_default();
    static const char text[] = "Press statement\n\nThe harbour reopens on Monday.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), &po, &d, NULL), HD_OK);
    CHECK_INT(hd_plan_new(d, NULL, &plo, &p, NULL), HD_OK);
    char *dir = h_tempdir(), path[4400];
    hd_render_options o = hd_render_options_default();
    CHECK(o.player == 1);
    o.format = HD_FORMAT_WAV;
    o.out_dir = dir;
    o.player = 0;
    hd_diag diag = {0};
    CHECKF(p && hd_render(p, &o, &diag) == HD_OK, "render: %s", diag.message);
    snprintf(path, sizeof path, "%s/index.html", dir);
    CHECK(access(path, F_OK) != 0);
    snprintf(path, sizeof path, "%s/index.json", dir);
    char *index = h_read_file(path, NULL);
    CHECK(index && !strstr(index, "index.html"));
    free(index);
    h_rmtree(dir);
    free(dir);
    hd_plan_free(p);
    hd_doc_free(d);
}

int main(void)
{
    test_names();
    test_no_player();
    check_book(HD_FORMAT_OGG); /* MP3s made for the book */
    check_book(HD_FORMAT_MP3); /* the chapter files themselves */
    return h_report("test_epub");
}
