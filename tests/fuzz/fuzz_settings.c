/* Fuzz target: the loaders of what users and earlier renders leave: a voice profile, a
 * lexicon, a cast file, herald's manifest. The first byte chooses the loader. */
#include "fuzz.h"

#include "outdir.h"
#include "speech.h"
#include "voices.h"

static int count_file(void *user, const char *name, long long bytes)
{
    (void)bytes;
    if (!name)
        abort();
    ++*(size_t *)user;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    hd_diag d;
    memset(&d, 0, sizeof d);
    switch (data[0] % 4) {
    case 0: {
        vo_profile p;
        if (vo_parse(text, len, "fuzz", "fuzz.voice", &p, &d) == HD_OK)
            vo_profile_clear(&p);
        break;
    }
    case 1: {
        sp_lexicon lex = {0}, copy;
        if (sp_lexicon_parse(&lex, text, len, "fuzz.txt", &d) == HD_OK &&
            sp_lexicon_copy(&lex, &copy) == HD_OK) {
            char *s = sp_speech_text("Bakhmut and kyiv and Fuzz.", ST_SPEECH, &(sp_context){&copy, 0, 0, 0, NULL, 0});
            free(s);
            sp_lexicon_clear(&copy);
        }
        sp_lexicon_clear(&lex);
        break;
    }
    case 2: {
        hd_casting *c = NULL;
        if (hd_casting_new(&c) == HD_OK)
            vo_casting_parse(c, text, len, "cast.txt", &d);
        hd_casting_free(c);
        break;
    }
    case 3: {
        size_t n = 0;
        od_parse_manifest(text, len, count_file, &n);
        break;
    }
    }
    if (d.message[sizeof d.message - 1] != '\0' && strlen(d.message) >= sizeof d.message)
        abort();
    return 0;
}
