/* epub: a render as an EPUB 3 publication with Media Overlays (see epub.h). */
#include "epub.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "dynlib.h"
#include "prosody.h"
#include "readalong.h"
#include "statement.h"
#include "util.h"

#define ACTIVE_CLASS "-epub-media-overlay-active"

static void xml(sb *b, const char *t) { pub_xml_text(b, t); }

/* A SMIL clock value, h:mm:ss.fff. */
static void clock_value(sb *b, double s)
{
    long long ms = (long long)(s * 1000 + 0.5);
    if (ms < 0)
        ms = 0;
    sb_printf(b, "%lld:%02lld:%02lld.%03lld", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
}

char *epub_file_name(const char *title)
{
    char *slug = pub_slug(title && *title ? title : "statement");
    if (!slug)
        return NULL;
    sb b = {0};
    sb_puts(&b, slug);
    sb_puts(&b, ".epub");
    free(slug);
    return sb_take(&b);
}

/* "02-opening-remarks.ogg" -> "audio/02-opening-remarks.mp3" */
static char *audio_name(const char *file)
{
    sb b = {0};
    const char *dot = strrchr(file, '.');
    sb_puts(&b, "audio/");
    sb_putn(&b, file, dot ? (size_t)(dot - file) : strlen(file));
    sb_puts(&b, ".mp3");
    return sb_take(&b);
}

/* Two 64-bit FNV-1a hashes of the statement's text, as a name-based UUID (version 5's
 * form): the same statement gives the same identifier. */
static void content_uuid(const hd_doc *d, char out[37])
{
    uint64_t h[2] = {1469598103934665603ull, 1099511628211ull * 31};
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < d->len; i++) {
            h[k] ^= (unsigned char)d->src[i];
            h[k] *= 1099511628211ull;
            h[k] ^= h[k] >> (29 + k);
        }
    unsigned char u[16];
    for (int i = 0; i < 8; i++) {
        u[i] = (unsigned char)(h[0] >> (56 - 8 * i));
        u[8 + i] = (unsigned char)(h[1] >> (56 - 8 * i));
    }
    u[6] = (unsigned char)((u[6] & 0x0f) | 0x50);
    u[8] = (unsigned char)((u[8] & 0x3f) | 0x80);
    snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", u[0],
             u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14],
             u[15]);
}

/* The book's language: herald reads English statements (other languages: issue 15). */
#define BOOK_LANG "en"

static void page_head(sb *b, const char *lang, const char *title)
{
    sb_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
               "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"");
    sb_puts(b, lang);
    sb_puts(b, "\" lang=\"");
    sb_puts(b, lang);
    sb_puts(b, "\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>");
    xml(b, title);
    sb_puts(b, "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n");
}

/* Content document c: the sentences of the chapter's utterances, by block. */
static char *chapter_page(const pub_render *r, size_t c, const char *lang)
{
    const pub_chapter *ch = &r->ch[c];
    sb b = {0};
    page_head(&b, lang, ch->title);
    sb_printf(&b, "<body>\n<section id=\"c%zu\" epub:type=\"chapter\" role=\"doc-chapter\" aria-label=\"", c + 1);
    xml(&b, ch->title);
    sb_puts(&b, "\">\n");
    ra_blocks(&b, r, c, 0);
    sb_puts(&b, "</section>\n</body>\n</html>\n");
    return sb_take(&b);
}

/* Media Overlay c: a par per shown sentence, its clip in the chapter's own audio. */
static char *chapter_overlay(const pub_render *r, size_t c, const char *page, const char *audio)
{
    const hd_plan *p = r->plan;
    const pub_chapter *ch = &r->ch[c];
    sb b = {0};
    sb_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<smil xmlns=\"http://www.w3.org/ns/SMIL\" xmlns:epub=\"http://www.idpf.org/2007/ops\" version=\"3.0\">\n<body>\n");
    sb_printf(&b, "<seq id=\"seq%zu\" epub:textref=\"%s#c%zu\">\n", c + 1, page, c + 1);
    for (size_t i = ch->first; i < ch->last; i++) {
        if (!ra_shown(r, i))
            continue;
        size_t s = p->u[i].sentence + 1;
        sb_printf(&b, "<par id=\"p%zu\"><text src=\"%s#s%zu\"/><audio src=\"%s\" clipBegin=\"%.3fs\" clipEnd=\"%.3fs\"/></par>\n",
                  s, page, s, audio, r->t[i].start_s - ch->start_s, r->t[i].end_s - ch->start_s);
    }
    sb_puts(&b, "</seq>\n</body>\n</smil>\n");
    return sb_take(&b);
}

static char *nav_page(const pub_render *r, char **pages, const char *lang)
{
    const hd_plan *p = r->plan;
    const hd_doc *d = p->doc;
    sb b = {0};
    page_head(&b, lang, "Contents");
    sb_puts(&b, "<body>\n<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">\n"
                "<h1 id=\"toc-title\">Contents</h1>\n<ol>\n");
    for (size_t c = 0; c < r->nch; c++) {
        sb_puts(&b, "<li><a href=\"");
        sb_puts(&b, pages[c]);
        sb_puts(&b, "\">");
        xml(&b, r->ch[c].title);
        sb_puts(&b, "</a>");
        /* the turns: where the voice changes to a speaker, in a statement of several */
        int last = -2, any = 0;
        for (size_t i = r->ch[c].first; d->nspeakers > 1 && i < r->ch[c].last; i++) {
            if (!ra_shown(r, i))
                continue;
            int k = pub_utterance_speaker(p, &p->u[i]);
            if (k >= 0 && k != last) {
                sb_puts(&b, any ? "\n" : "\n<ol>\n");
                sb_printf(&b, "<li><a href=\"%s#s%zu\">", pages[c], p->u[i].sentence + 1);
                xml(&b, pub_speaker_label(d, k));
                sb_puts(&b, "</a></li>");
                any = 1;
            }
            last = k;
        }
        sb_puts(&b, any ? "\n</ol>\n</li>\n" : "</li>\n");
    }
    sb_puts(&b, "</ol>\n</nav>\n</body>\n</html>\n");
    return sb_take(&b);
}

static char *package(const pub_render *r, char **pages, char **overlays, char **audio,
                     const char *modified, const char *lang)
{
    const hd_plan *p = r->plan;
    const hd_doc *d = p->doc;
    char uuid[37];
    content_uuid(d, uuid);
    sb b = {0};
    sb_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"");
    sb_puts(&b, lang);
    sb_puts(&b, "\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    sb_printf(&b, "<dc:identifier id=\"uid\">urn:uuid:%s</dc:identifier>\n<dc:title>", uuid);
    xml(&b, d->title && *d->title ? d->title : "Statement");
    sb_puts(&b, "</dc:title>\n<dc:language>");
    sb_puts(&b, lang);
    sb_puts(&b, "</dc:language>\n");
    char *artist = pub_artist(d);
    if (artist) {
        sb_puts(&b, "<dc:creator>");
        xml(&b, artist);
        sb_puts(&b, "</dc:creator>\n");
        free(artist);
    }
    if (d->date && *d->date) {
        sb_puts(&b, "<dc:date>");
        xml(&b, d->date);
        sb_puts(&b, "</dc:date>\n");
    }
    if (d->kind && *d->kind) {
        sb_puts(&b, "<dc:type>");
        xml(&b, d->kind);
        sb_puts(&b, "</dc:type>\n");
    }
    sb_printf(&b, "<meta property=\"dcterms:modified\">%s</meta>\n", modified);
    double total = 0;
    for (size_t c = 0; c < r->nch; c++) {
        double dur = r->ch[c].rate > 0 ? (double)r->ch[c].frames / r->ch[c].rate : 0;
        total += dur;
        sb_printf(&b, "<meta property=\"media:duration\" refines=\"#mo%zu\">", c + 1);
        clock_value(&b, dur);
        sb_puts(&b, "</meta>\n");
    }
    sb_puts(&b, "<meta property=\"media:duration\">");
    clock_value(&b, total);
    sb_puts(&b, "</meta>\n<meta property=\"media:narrator\">herald, with espeak-ng voices</meta>\n"
                "<meta property=\"media:active-class\">" ACTIVE_CLASS "</meta>\n"
                "<meta property=\"schema:accessMode\">textual</meta>\n"
                "<meta property=\"schema:accessMode\">auditory</meta>\n"
                "<meta property=\"schema:accessModeSufficient\">textual</meta>\n"
                "<meta property=\"schema:accessModeSufficient\">auditory</meta>\n"
                "<meta property=\"schema:accessModeSufficient\">textual,auditory</meta>\n"
                "<meta property=\"schema:accessibilityFeature\">synchronizedAudioText</meta>\n"
                "<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>\n"
                "<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>\n"
                "<meta property=\"schema:accessibilityFeature\">readingOrder</meta>\n"
                "<meta property=\"schema:accessibilityHazard\">none</meta>\n"
                "<meta property=\"schema:accessibilitySummary\">The full text of the statement, "
                "with its headings, speakers and paragraphs, read aloud by synthetic voices (one "
                "for each speaker, a narrator for the header); every sentence is highlighted as it "
                "is spoken. The audio and the text each carry the whole content.</meta>\n"
                "</metadata>\n<manifest>\n"
                "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
                "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
    for (size_t c = 0; c < r->nch; c++) {
        sb_printf(&b, "<item id=\"c%zu\" href=\"%s\" media-type=\"application/xhtml+xml\" media-overlay=\"mo%zu\"/>\n",
                  c + 1, pages[c], c + 1);
        sb_printf(&b, "<item id=\"mo%zu\" href=\"%s\" media-type=\"application/smil+xml\"/>\n", c + 1,
                  overlays[c]);
        sb_printf(&b, "<item id=\"a%zu\" href=\"", c + 1);
        xml(&b, audio[c]);
        sb_puts(&b, "\" media-type=\"audio/mpeg\"/>\n");
    }
    sb_puts(&b, "</manifest>\n<spine>\n");
    for (size_t c = 0; c < r->nch; c++)
        sb_printf(&b, "<itemref idref=\"c%zu\"/>\n", c + 1);
    sb_puts(&b, "</spine>\n</package>\n");
    return sb_take(&b);
}

static const char container_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
    "<rootfiles>\n<rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
    "</rootfiles>\n</container>\n";

static const char style_css[] =
    "body { font-family: sans-serif; line-height: 1.5; margin: 1em; }\n"
    "h1 { font-size: 1.5em; }\n"
    "h2 { font-size: 1.25em; }\n"
    ".byline, .meta { color: #333; }\n"
    ".speaker { font-weight: bold; }\n"
    ".stage, .note { font-style: italic; }\n"
    "." ACTIVE_CLASS " { background-color: #ffe566; color: #000; }\n";

static int add_part(epub_book *b, size_t *cap, char *name, char *text, char *from)
{
    if (!name || (!text && !from) || grow((void **)&b->parts, cap, b->n + 1, sizeof *b->parts) != 0) {
        free(name);
        free(text);
        free(from);
        return -1;
    }
    b->parts[b->n].name = name;
    b->parts[b->n].text = text;
    b->parts[b->n].from = from;
    b->n++;
    return 0;
}

static char *prefixed(const char *dir, const char *name)
{
    sb b = {0};
    sb_puts(&b, dir);
    sb_puts(&b, name);
    return sb_take(&b);
}

hd_status epub_make(const pub_render *r, const char *const *audio, const char *modified,
                    epub_book *out)
{
    epub_book b = {0};
    size_t cap = 0, n = r->nch;
    const char *lang = BOOK_LANG;
    char **pages = calloc(n + 1, sizeof *pages), **overlays = calloc(n + 1, sizeof *overlays),
         **anames = calloc(n + 1, sizeof *anames);
    hd_status st = HD_ERR_NOMEM;
    if (!pages || !overlays || !anames)
        goto out;
    for (size_t c = 0; c < n; c++) {
        sb pg = {0}, ov = {0};
        sb_printf(&pg, "chapter-%02zu.xhtml", c + 1);
        sb_printf(&ov, "chapter-%02zu.smil", c + 1);
        if (!(pages[c] = sb_take(&pg)) || !(overlays[c] = sb_take(&ov)) ||
            !(anames[c] = audio_name(r->ch[c].file)))
            goto out;
    }
    /* the order of the zip: mimetype (stored, first), the container, the package */
    if (add_part(&b, &cap, xstrdup("mimetype"), xstrdup("application/epub+zip"), NULL) != 0 ||
        add_part(&b, &cap, xstrdup("META-INF/container.xml"), xstrdup(container_xml), NULL) != 0 ||
        add_part(&b, &cap, xstrdup("EPUB/package.opf"),
                 package(r, pages, overlays, anames, modified, lang), NULL) != 0 ||
        add_part(&b, &cap, xstrdup("EPUB/nav.xhtml"), nav_page(r, pages, lang), NULL) != 0 ||
        add_part(&b, &cap, xstrdup("EPUB/style.css"), xstrdup(style_css), NULL) != 0)
        goto out;
    for (size_t c = 0; c < n; c++)
        if (add_part(&b, &cap, prefixed("EPUB/", pages[c]), chapter_page(r, c, lang), NULL) != 0 ||
            add_part(&b, &cap, prefixed("EPUB/", overlays[c]),
                     chapter_overlay(r, c, pages[c], anames[c]), NULL) != 0 ||
            add_part(&b, &cap, prefixed("EPUB/", anames[c]), NULL, xstrdup(audio[c])) != 0)
            goto out;
    st = HD_OK;
out:
    for (size_t c = 0; c < n; c++) {
        if (pages)
            free(pages[c]);
        if (overlays)
            free(overlays[c]);
        if (anames)
            free(anames[c]);
    }
    free(pages);
    free(overlays);
    free(anames);
    if (st != HD_OK)
        epub_free(&b);
    else
        *out = b;
    return st;
}

void epub_free(epub_book *b)
{
    for (size_t i = 0; b && i < b->n; i++) {
        free(b->parts[i].name);
        free(b->parts[i].text);
        free(b->parts[i].from);
    }
    if (b) {
        free(b->parts);
        b->parts = NULL;
        b->n = 0;
    }
}

/* libzip, loaded when the first EPUB is written (dynlib.h): the functions used. */
static struct {
    zip_t *(*open)(const char *, int, int *);
    void (*error_init_with_code)(zip_error_t *, int);
    const char *(*error_strerror)(zip_error_t *);
    void (*error_fini)(zip_error_t *);
    zip_source_t *(*source_buffer)(zip_t *, const void *, zip_uint64_t, int);
    zip_source_t *(*source_file)(zip_t *, const char *, zip_uint64_t, zip_int64_t);
    zip_int64_t (*file_add)(zip_t *, const char *, zip_source_t *, zip_flags_t);
    void (*source_free)(zip_source_t *);
    const char *(*strerror)(zip_t *);
    void (*discard)(zip_t *);
    int (*set_file_compression)(zip_t *, zip_uint64_t, zip_int32_t, zip_uint32_t);
    int (*file_set_mtime)(zip_t *, zip_uint64_t, time_t, zip_flags_t);
    int (*close)(zip_t *);
} zl;

static int zip_loaded(hd_diag *diag)
{
    /* each pointer has its function's type as <zip.h> declares it: checked here,
     * unevaluated, so nothing links against libzip */
    (void)sizeof(zl.open = zip_open, zl.error_init_with_code = zip_error_init_with_code,
                 zl.error_strerror = zip_error_strerror, zl.error_fini = zip_error_fini,
                 zl.source_buffer = zip_source_buffer, zl.source_file = zip_source_file, zl.file_add = zip_file_add,
                 zl.source_free = zip_source_free, zl.strerror = zip_strerror, zl.discard = zip_discard,
                 zl.set_file_compression = zip_set_file_compression, zl.file_set_mtime = zip_file_set_mtime,
                 zl.close = zip_close);
    if (zl.close)
        return 1;
    const dl_symbol syms[] = {
        {"zip_open", (void **)&zl.open},
        {"zip_error_init_with_code", (void **)&zl.error_init_with_code},
        {"zip_error_strerror", (void **)&zl.error_strerror},
        {"zip_error_fini", (void **)&zl.error_fini},
        {"zip_source_buffer", (void **)&zl.source_buffer},
        {"zip_source_file", (void **)&zl.source_file},
        {"zip_file_add", (void **)&zl.file_add},
        {"zip_source_free", (void **)&zl.source_free},
        {"zip_strerror", (void **)&zl.strerror},
        {"zip_discard", (void **)&zl.discard},
        {"zip_set_file_compression", (void **)&zl.set_file_compression},
        {"zip_file_set_mtime", (void **)&zl.file_set_mtime},
        {"zip_close", (void **)&zl.close},
    };
    char why[512];
    if (dl_bind(HD_ZIP_SONAME, syms, sizeof syms / sizeof *syms, why, sizeof why))
        return 1;
    diag_set(diag, 0, 0, "cannot write the EPUB: %s (install libzip)", why);
    return 0;
}

hd_status epub_write(const epub_book *b, const char *path, hd_diag *diag)
{
    if (!zip_loaded(diag))
        return HD_ERR_WRITE;
    int err = 0;
    zip_t *z = zl.open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z) {
        zip_error_t e;
        zl.error_init_with_code(&e, err);
        diag_set(diag, 0, 0, "cannot start the EPUB: %s", zl.error_strerror(&e));
        zl.error_fini(&e);
        return HD_ERR_WRITE;
    }
    for (size_t i = 0; i < b->n; i++) {
        const epub_part *p = &b->parts[i];
        zip_source_t *src = p->text ? zl.source_buffer(z, p->text, strlen(p->text), 0)
                                    : zl.source_file(z, p->from, 0, -1);
        zip_int64_t at = src ? zl.file_add(z, p->name, src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) : -1;
        if (at < 0) {
            if (src)
                zl.source_free(src);
            diag_set(diag, 0, 0, "cannot add %s to the EPUB: %s", p->name, zl.strerror(z));
            zl.discard(z);
            return HD_ERR_WRITE;
        }
        /* mimetype and audio are stored: the one must be, the other gains nothing;
         * no time stamps (the same render gives the same bytes) */
        zl.set_file_compression(z, (zip_uint64_t)at, p->text && i > 0 ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9);
        zl.file_set_mtime(z, (zip_uint64_t)at, 315532800 + 86400, 0);
    }
    if (zl.close(z) != 0) {
        diag_set(diag, 0, 0, "cannot write the EPUB: %s", zl.strerror(z));
        zl.discard(z);
        return HD_ERR_WRITE;
    }
    return HD_OK;
}
