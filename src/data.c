/* data: the data files compiled into the library, and one index over all of them
 * (built once, on first use): every word of every line, every line's first field and
 * every whole line, found through one hash, so a lookup costs the same whatever the
 * size of the list. */
#include "data.h"
#include "util.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ languages */

/* The language whose files "en/…" names stand for, per thread: a statement is read
 * with its own language's rules. */
_Thread_local int hd_data_lang; /* (data.h's data_lang) */

static const char *const langs[] = {"en", "fr", "es"};
enum { NLANGS = sizeof langs / sizeof *langs };
_Static_assert((int)NLANGS == (int)DATA_NLANGS, "data.h names every language");

static pthread_mutex_t once_lock = PTHREAD_MUTEX_INITIALIZER;

int data_once(int *done, void (*build)(int lang))
{
    int lang = hd_data_lang;
    if (!__atomic_load_n(&done[lang], __ATOMIC_ACQUIRE)) {
        pthread_mutex_lock(&once_lock);
        if (!done[lang]) {
            build(lang);
            __atomic_store_n(&done[lang], 1, __ATOMIC_RELEASE);
        }
        pthread_mutex_unlock(&once_lock);
    }
    return lang;
}


int data_lang_index(const char *lang)
{
    for (int i = 0; lang && i < NLANGS; i++)
        if (strcmp(langs[i], lang) == 0)
            return i;
    return -1;
}

const char *data_lang_code(int index) { return index >= 0 && index < NLANGS ? langs[index] : NULL; }

int data_set_lang(int index)
{
    int was = hd_data_lang;
    hd_data_lang = index >= 0 && index < NLANGS ? index : 0;
    return was;
}


/* The name of the current language's file for "en/abbreviations.txt"
 * ("fr/abbreviations.txt"), in buf; the name itself for English or other names. */
static const char *lang_name(const char *name, char *buf, size_t size)
{
    /* files of no language: time zones, web domains, the voices of passages */
    if (hd_data_lang == 0 || strncmp(name, "en/", 3) != 0 || strlen(name) + 1 > size ||
        strcmp(name, "en/zones.txt") == 0 || strcmp(name, "en/domains.txt") == 0 ||
        strcmp(name, "en/span-voices.txt") == 0)
        return name;
    memcpy(buf, langs[hd_data_lang], 2);
    strcpy(buf + 2, name + 2);
    return buf;
}

static const data_file *get_exact(const char *name)
{
    for (const data_file *f = data_files; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

/* The next line of f from byte *pos: trimmed, comments and blank lines skipped. */
static int raw_next_line(const data_file *f, size_t *pos, const char **line, size_t *len)
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

/* ------------------------------------------------------------ the index */

enum { K_WORD, K_FIELD, K_LINE };

/* One key of the index: its bytes and its line's are offsets in the file's bytes, so
 * the index can be made at build time (tools/dataindex.c) and compiled in. */
typedef struct entry {
    uint32_t koff, klen; /* the word, first field or line as written */
    uint32_t loff, len;  /* its line */
    uint32_t hash;
    uint16_t file;
    uint8_t kind, word; /* word: its place in the line, 0-based (255: that or later) */
} entry;

/* Every file's lines as raw_next_line finds them, file after file (line_first: per
 * file, where its lines start; one more for the end), so that walking a list reads
 * no byte twice. */
typedef struct line_ref {
    uint32_t off, len;
} line_ref;

static const entry *entries;
static size_t nentries;
static const unsigned *name_hash; /* per file, of its name */
static unsigned nfiles;
/* per file and kind, the bytes a key may start with (in lower case): most lookups
 * (a symbol at every character of a word) end here */
static const unsigned char (*starts)[3][32];
/* per file and kind, the key lengths present (bit 63: 63 bytes or more): a currency
 * tried at eight lengths of every word is asked only at the lengths there are */
static const uint64_t (*lengths)[3];
static const uint32_t *table; /* entry index + 1; 0 empty */
static size_t tcap;
static const line_ref *line_refs;
static const uint32_t *line_first;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int built; /* set once the index is made (or could not be): a lookup's one look */

static const char *key_of(const entry *e) { return data_files[e->file].bytes + e->koff; }
static const char *line_of(const entry *e) { return data_files[e->file].bytes + e->loff; }

/* A byte in lower case, ASCII only: the index is made at build time and read in
 * whatever locale the program embedding herald has set. */
static unsigned char ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

static unsigned key_hash(unsigned file, unsigned kind, const char *k, size_t n)
{
    unsigned h = 2166136261u ^ (file * 31u + kind);
    for (size_t i = 0; i < n; i++)
        h = (h ^ u8_fold_at(k, i)) * 16777619u; /* "COMMUNIQUÉ" finds "communiqué" */
    return h;
}

static unsigned name_fnv(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

#ifdef HD_DATA_INDEX
/* made at build time from the same files (tools/dataindex.c) */
#include "data_index.h"

static void build(void)
{
    entries = di_entries;
    nentries = sizeof di_entries / sizeof *di_entries;
    name_hash = di_name_hash;
    nfiles = DI_NFILES;
    starts = di_starts;
    lengths = di_lengths;
    table = di_table;
    tcap = sizeof di_table / sizeof *di_table;
    line_refs = di_line_refs;
    line_first = di_line_first;
}
#else
/* The index made here: by tools/dataindex.c, which writes it out for the library. */
typedef struct index_build {
    entry *entries;
    size_t nentries, cap;
    unsigned *name_hash;
    unsigned nfiles;
    unsigned char (*starts)[3][32];
    uint64_t (*lengths)[3];
    uint32_t *table;
    size_t tcap;
    line_ref *line_refs;
    uint32_t *line_first;
} index_build;

static int add(index_build *x, unsigned file, unsigned kind, unsigned word, const char *k, size_t kl,
               const char *line, size_t len)
{
    if (grow((void **)&x->entries, &x->cap, x->nentries + 1, sizeof *x->entries) != 0)
        return -1;
    const char *base = data_files[file].bytes;
    x->entries[x->nentries++] = (entry){(uint32_t)(k - base), (uint32_t)kl, (uint32_t)(line - base),
                                        (uint32_t)len, key_hash(file, kind, k, kl), (uint16_t)file,
                                        (uint8_t)kind, (uint8_t)(word < 255 ? word : 255)};
    unsigned char b = ascii_lower((unsigned char)k[0]);
    x->starts[file][kind][b >> 3] |= (unsigned char)(1u << (b & 7));
    x->lengths[file][kind] |= (uint64_t)1 << (kl < 63 ? kl : 63);
    return 0;
}

/* Builds the index over every file: 0, or -1 when out of memory. */
static int make_index(index_build *x)
{
    memset(x, 0, sizeof *x);
    for (const data_file *f = data_files; f->name; f++)
        x->nfiles++;
    if (!(x->name_hash = calloc(x->nfiles + 1, sizeof *x->name_hash)) ||
        !(x->starts = calloc(x->nfiles + 1, sizeof *x->starts)) ||
        !(x->lengths = calloc(x->nfiles + 1, sizeof *x->lengths)) ||
        !(x->line_first = calloc(x->nfiles + 1, sizeof *x->line_first)))
        return -1;
    for (unsigned i = 0; i < x->nfiles; i++)
        x->name_hash[i] = name_fnv(data_files[i].name);
    size_t nrefs = 0, rcap = 0;
    for (unsigned i = 0; i < x->nfiles; i++) {
        const data_file *f = &data_files[i];
        size_t pos = 0, len;
        const char *line;
        x->line_first[i] = (uint32_t)nrefs;
        while (raw_next_line(f, &pos, &line, &len)) {
            if (grow((void **)&x->line_refs, &rcap, nrefs + 1, sizeof *x->line_refs) != 0)
                return -1;
            x->line_refs[nrefs++] = (line_ref){(uint32_t)(line - f->bytes), (uint32_t)len};
        }
    }
    x->line_first[x->nfiles] = (uint32_t)nrefs;
    for (unsigned file = 0; file < x->nfiles; file++) {
        const data_file *f = &data_files[file];
        size_t pos = 0, len;
        const char *line;
        if (strncmp(f->name, "player/", 7) == 0) /* the web player's page parts: no word lists */
            continue;
        while (raw_next_line(f, &pos, &line, &len)) {
            if (add(x, file, K_LINE, 0, line, len, line, len) != 0)
                return -1;
            const char *tab = memchr(line, '\t', len);
            if (add(x, file, K_FIELD, 0, line, tab ? (size_t)(tab - line) : len, line, len) != 0)
                return -1;
            unsigned k = 0;
            for (size_t i = 0; i < len;) {
                size_t a = i;
                while (i < len && line[i] != ' ')
                    i++;
                if (i > a && add(x, file, K_WORD, k++, line + a, i - a, line, len) != 0)
                    return -1;
                while (i < len && line[i] == ' ')
                    i++;
            }
        }
    }
    x->tcap = 64;
    while (x->tcap < x->nentries * 2)
        x->tcap *= 2;
    if (!(x->table = calloc(x->tcap, sizeof *x->table)))
        return -1;
    for (size_t i = 0; i < x->nentries; i++) {
        size_t t = x->entries[i].hash & (x->tcap - 1);
        while (x->table[t])
            t = (t + 1) & (x->tcap - 1);
        x->table[t] = (uint32_t)(i + 1);
    }
    return 0;
}

/* On allocation failure the index stays empty and every lookup finds nothing (the
 * lists are hints, not correctness). */
static void build(void)
{
    static index_build x;
    if (make_index(&x) != 0)
        return;
    entries = x.entries;
    nentries = x.nentries;
    name_hash = x.name_hash;
    nfiles = x.nfiles;
    starts = (const unsigned char(*)[3][32])x.starts;
    lengths = (const uint64_t(*)[3])x.lengths;
    table = x.table;
    tcap = x.tcap;
    line_refs = x.line_refs;
    line_first = x.line_first;
}

int data_index_write(FILE *out)
{
    index_build x;
    if (make_index(&x) != 0)
        return -1;
    fprintf(out, "/* Generated by tools/dataindex.c from the data files; do not edit. */\n");
    fprintf(out, "enum { DI_NFILES = %u };\n", x.nfiles);
    fprintf(out, "static const entry di_entries[] = {\n");
    for (size_t i = 0; i < x.nentries; i++) {
        const entry *e = &x.entries[i];
        fprintf(out, "{%u,%u,%u,%u,%uu,%u,%u,%u},\n", e->koff, e->klen, e->loff, e->len, e->hash, e->file, e->kind,
                e->word);
    }
    fprintf(out, "};\nstatic const uint32_t di_table[] = {");
    for (size_t i = 0; i < x.tcap; i++)
        fprintf(out, "%s%u,", i % 16 ? "" : "\n", x.table[i]);
    fprintf(out, "};\nstatic const unsigned di_name_hash[] = {");
    for (unsigned i = 0; i <= x.nfiles; i++)
        fprintf(out, "%uu,", x.name_hash[i]);
    fprintf(out, "};\nstatic const unsigned char di_starts[][3][32] = {\n");
    for (unsigned i = 0; i <= x.nfiles; i++) {
        fprintf(out, "{");
        for (int k = 0; k < 3; k++) {
            fprintf(out, "{");
            for (int b = 0; b < 32; b++)
                fprintf(out, "%u,", x.starts[i][k][b]);
            fprintf(out, "},");
        }
        fprintf(out, "},\n");
    }
    fprintf(out, "};\nstatic const uint64_t di_lengths[][3] = {\n");
    for (unsigned i = 0; i <= x.nfiles; i++)
        fprintf(out, "{%lluu,%lluu,%lluu},\n", (unsigned long long)x.lengths[i][0],
                (unsigned long long)x.lengths[i][1], (unsigned long long)x.lengths[i][2]);
    fprintf(out, "};\nstatic const line_ref di_line_refs[] = {");
    for (uint32_t i = 0; i < x.line_first[x.nfiles]; i++)
        fprintf(out, "%s{%u,%u},", i % 8 ? "" : "\n", x.line_refs[i].off, x.line_refs[i].len);
    fprintf(out, "};\nstatic const uint32_t di_line_first[] = {");
    for (unsigned i = 0; i <= x.nfiles; i++)
        fprintf(out, "%u,", x.line_first[i]);
    fprintf(out, "};\n");
    return ferror(out) ? -1 : 0;
}
#endif

static void build_once(void)
{
    build();
    __atomic_store_n(&built, 1, __ATOMIC_RELEASE);
}

/* The index, made on first use: a load per lookup after that, not a pthread_once. */
static inline void ready(void)
{
    if (!__atomic_load_n(&built, __ATOMIC_ACQUIRE))
        pthread_once(&once, build_once);
}

void data_prepare(void) { ready(); }

int data_next_line(const data_file *f, size_t *pos, const char **line, size_t *len)
{
    ready();
    uintptr_t at = (uintptr_t)f, base = (uintptr_t)data_files;
    size_t file = (size_t)((at - base) / sizeof *f);
    if (line_first && at >= base && file < nfiles && at == base + file * sizeof *f) {
        size_t i = line_first[file] + *pos;
        if (i >= line_first[file + 1])
            return 0;
        *line = f->bytes + line_refs[i].off;
        *len = line_refs[i].len;
        (*pos)++;
        return 1;
    }
    return raw_next_line(f, pos, line, len); /* the index could not be built */
}

/* Callers name files with string literals, so the pointers seen (per thread: no lock)
 * save hashing the name on every lookup: an open table of (name, language) that is
 * never emptied, as there are only so many literals; when full, names are looked up. */
enum { SEEN = 512 };
static _Thread_local struct {
    const char *name;
    int lang;
    unsigned index;
} seen[SEEN];
static _Thread_local unsigned nseen;

static unsigned file_index_at(const char *name, unsigned slot)
{
    for (; seen[slot].name; slot = (slot + 1) & (SEEN - 1))
        if (seen[slot].name == name && seen[slot].lang == hd_data_lang)
            return seen[slot].index;
    char buf[96];
    const char *real = lang_name(name, buf, sizeof buf);
    unsigned h = name_fnv(real), found = (unsigned)-1;
    for (unsigned i = 0; i < nfiles && found == (unsigned)-1; i++)
        if (name_hash[i] == h && strcmp(data_files[i].name, real) == 0)
            found = i;
    /* a language without the file has no such words: remembered as none */
    if (nseen < SEEN / 2) {
        nseen++;
        seen[slot].name = name;
        seen[slot].lang = hd_data_lang;
        seen[slot].index = found;
    }
    return found;
}

static inline unsigned file_index(const char *name)
{
    /* (the language in the slot too: detection asks each language for one file) */
    unsigned slot = (unsigned)((((uintptr_t)name >> 2) * 0x9E3779B1u + (unsigned)hd_data_lang * 0x85EBCA6Bu) >> 20) &
                    (SEEN - 1);
    if (seen[slot].name == name && seen[slot].lang == hd_data_lang)
        return seen[slot].index; /* (most lookups) */
    return file_index_at(name, slot);
}

const data_file *data_get(const char *name)
{
    ready();
    if (nfiles) {
        unsigned i = file_index(name);
        return i == (unsigned)-1 ? NULL : &data_files[i];
    }
    char buf[96]; /* the index could not be made */
    return get_exact(lang_name(name, buf, sizeof buf));
}

/* Adds the entries of a kind with hash h whose key is k[0, n) (in any case when
 * `any_case`) to hits[0, *got), keeping the first `max` in file order: entries were
 * added in file order, so their indices give that order. */
static void probe(unsigned file, unsigned kind, unsigned h, const char *k, size_t n, int any_case, size_t *hits,
                  size_t *got, size_t max)
{
    for (size_t t = h & (tcap - 1); table[t]; t = (t + 1) & (tcap - 1)) {
        const entry *e = &entries[table[t] - 1];
        if (e->hash != h || e->file != file || e->kind != kind || e->klen != n ||
            (any_case ? u8_ncasecmp(key_of(e), k, n) != 0 : memcmp(key_of(e), k, n) != 0))
            continue;
        size_t idx = table[t] - 1, j = *got < max ? (*got)++ : max;
        while (j > 0 && hits[j - 1] > idx) {
            if (j < max)
                hits[j] = hits[j - 1];
            j--;
        }
        if (j < max)
            hits[j] = idx;
    }
}

/* The file's index for a lookup of a key of a kind that starts with byte c, or -1
 * when no key of the file does: most lookups end at the first byte's bit. */
static unsigned file_starting(const char *name, unsigned kind, char c)
{
    ready();
    unsigned file = tcap ? file_index(name) : (unsigned)-1;
    unsigned char b = ascii_lower((unsigned char)c);
    return file != (unsigned)-1 && (starts[file][kind][b >> 3] & (1u << (b & 7))) ? file : (unsigned)-1;
}

/* Matching entries of a kind, the first `max` in file order, in hits; how many. */
static size_t find(const char *name, unsigned kind, const char *k, size_t n, int any_case,
                   size_t *hits, size_t max)
{
    unsigned file = n ? file_starting(name, kind, k[0]) : (unsigned)-1;
    size_t got = 0;
    /* (and at the length's bit: a currency tried at eight lengths of every word) */
    if (file != (unsigned)-1 && (lengths[file][kind] & ((uint64_t)1 << (n < 63 ? n : 63))))
        probe(file, kind, key_hash(file, kind, k, n), k, n, any_case, hits, &got, max);
    return got;
}

/* Per file and kind (fields, lines), the hashes of every prefix of every key, as
 * data_prefix_lines hashes a text a byte at a time: where a text's prefix is none of
 * them, no longer one is a key either, and the walk ends (a citation tried at every
 * word of a statement ends after a byte or two, not at every length a key has). Made
 * for a file the first time it is walked so. */
typedef struct prefix_set {
    uint32_t *slot; /* a hash, 0 empty (a hash of 0 is kept as 1) */
    size_t cap;
    int state; /* 0 not made, 1 made, -1 could not be (walk without it) */
} prefix_set;
static prefix_set (*prefixes)[2];
static pthread_mutex_t prefix_lock = PTHREAD_MUTEX_INITIALIZER;

static void prefix_put(prefix_set *p, uint32_t h)
{
    h = h ? h : 1;
    size_t t = h & (p->cap - 1);
    while (p->slot[t] && p->slot[t] != h)
        t = (t + 1) & (p->cap - 1);
    p->slot[t] = h;
}

static int prefix_has(const prefix_set *p, uint32_t h)
{
    h = h ? h : 1;
    for (size_t t = h & (p->cap - 1); p->slot[t]; t = (t + 1) & (p->cap - 1))
        if (p->slot[t] == h)
            return 1;
    return 0;
}

/* The prefix set of a file's fields (kind K_FIELD) or lines (K_LINE), made now if
 * need be; NULL when it cannot be. */
static const prefix_set *prefix_set_of(unsigned file, unsigned kind)
{
    pthread_mutex_lock(&prefix_lock);
    if (!prefixes)
        prefixes = calloc(nfiles + 1, sizeof *prefixes);
    prefix_set *p = prefixes ? &prefixes[file][kind - K_FIELD] : NULL;
    if (p && !p->state) {
        size_t total = 0;
        for (size_t i = 0; i < nentries; i++)
            if (entries[i].file == file && entries[i].kind == kind)
                total += entries[i].klen;
        p->cap = 64;
        while (p->cap < total * 2)
            p->cap *= 2;
        p->state = (p->slot = calloc(p->cap, sizeof *p->slot)) ? 1 : -1;
        for (size_t i = 0; p->state > 0 && i < nentries; i++) {
            const entry *e = &entries[i];
            if (e->file != file || e->kind != kind)
                continue;
            unsigned h = 2166136261u ^ (file * 31u + kind);
            for (size_t l = 0; l < e->klen; l++)
                prefix_put(p, h = (h ^ u8_fold_at(key_of(e), l)) * 16777619u);
        }
    }
    pthread_mutex_unlock(&prefix_lock);
    return p && p->state > 0 ? p : NULL;
}

size_t data_prefix_lines(const char *name, const char *s, size_t n, int whole, const char **lines, size_t *lens,
                         size_t max)
{
    unsigned kind = whole ? K_LINE : K_FIELD;
    unsigned file = n ? file_starting(name, kind, s[0]) : (unsigned)-1;
    size_t hits[32], got = 0;
    if (max > 32)
        max = 32;
    if (file == (unsigned)-1)
        return 0;
    uint64_t have = lengths[file][kind];
    /* (made once, read without the lock: a thread that made it, or saw it made under
     * the lock, reads what was written before) */
    static _Thread_local const prefix_set *known[64];
    static _Thread_local unsigned known_key[64];
    unsigned key = file * 2 + (kind - K_FIELD) + 1, slot = key & 63;
    if (known_key[slot] != key) {
        known[slot] = prefix_set_of(file, kind);
        known_key[slot] = key;
    }
    const prefix_set *ps = known[slot];
    unsigned h = 2166136261u ^ (file * 31u + kind); /* key_hash, a byte at a time */
    for (size_t l = 1; l <= n; l++) {
        h = (h ^ u8_fold_at(s, l - 1)) * 16777619u;
        if (ps && !prefix_has(ps, h))
            break; /* no key starts so */
        size_t bit = l < 63 ? l : 63;
        if (have & ((uint64_t)1 << bit))
            probe(file, kind, h, s, l, 1, hits, &got, max);
        if (bit < 63 && !(have >> (bit + 1)))
            break; /* no longer key */
    }
    for (size_t i = 0; i < got; i++) {
        lines[i] = line_of(&entries[hits[i]]);
        lens[i] = entries[hits[i]].len;
    }
    return got;
}

const char *data_word_line(const char *name, const char *w, size_t n, int any_case, int place)
{
    size_t hits[16];
    size_t k = find(name, K_WORD, w, n, any_case, hits, 16);
    for (size_t i = 0; i < k; i++) {
        unsigned at = entries[hits[i]].word;
        if (place == DATA_ANYWHERE || (place == DATA_FIRST) == (at == 0))
            return line_of(&entries[hits[i]]);
    }
    return NULL;
}

size_t data_field_lines(const char *name, const char *key, size_t n, int any_case,
                        const char **lines, size_t *lens, size_t max)
{
    size_t hits[16];
    if (max > 16)
        max = 16;
    size_t k = find(name, K_FIELD, key, n, any_case, hits, max);
    for (size_t i = 0; i < k; i++) {
        lines[i] = line_of(&entries[hits[i]]);
        lens[i] = entries[hits[i]].len;
    }
    return k;
}

void data_starts(const char *name, unsigned char set[32])
{
    ready();
    if (!tcap) { /* (no index: any byte may start a line of a file there is) */
        memset(set, data_get(name) ? 0xFF : 0, 32);
        return;
    }
    unsigned file = file_index(name);
    if (file == (unsigned)-1) {
        memset(set, 0, 32);
        return;
    }
    memcpy(set, starts[file][K_FIELD], 32);
    /* in any case: a key's first byte was indexed in lower case */
    for (int c = 'A'; c <= 'Z'; c++)
        if ((set[(c + 32) >> 3] >> ((c + 32) & 7)) & 1)
            set[c >> 3] |= (unsigned char)(1u << (c & 7));
}

int data_has_line(const char *name, const char *w, size_t n)
{
    size_t hit;
    return find(name, K_LINE, w, n, 1, &hit, 1) > 0;
}

const char *data_say(const char *english)
{
    static _Thread_local char said[8][64];
    static _Thread_local unsigned next;
    const char *line;
    size_t len;
    if (hd_data_lang == 0 || !english || !data_field_lines("en/words.txt", english, strlen(english), 0, &line, &len, 1))
        return english;
    const char *tab = memchr(line, '\t', len);
    if (!tab)
        return english;
    size_t l = len - (size_t)(tab + 1 - line);
    char *out = said[next++ % 8];
    if (l >= sizeof said[0])
        return english;
    memcpy(out, tab + 1, l);
    out[l] = '\0';
    return out;
}
