/* Fuzz target: the speech-text path down to the string handed to espeak-ng. Any
 * sentence text, of any kind, with the built-in lexicon; and any bytes straight into
 * the guard. Both must keep the guard's promise. */
#include "fuzz.h"

#include "data.h"
#include "speech.h"
#include "synth.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static sp_lexicon lex;
    static int ready;
    if (!ready) {
        const data_file *f = data_get("voices/lexicon.txt");
        if (f && sp_lexicon_parse(&lex, f->bytes, f->len, "built-in", NULL) != HD_OK)
            abort();
        ready = 1;
    }
    if (size == 0)
        return 0;
    st_kind kind = (st_kind)(data[0] % (ST_NOTE + 1));
    /* sentence text as the statement stage makes it: valid UTF-8, NFC, clean */
    char *text = NULL;
    if (txt_validate((const char *)data + 1, size - 1, NULL) == HD_OK)
        text = txt_clean((const char *)data + 1, 0, size - 1);
    if (text) {
        /* English and French rules both (the kind byte's high bit chooses), bracketed
         * numbers as paragraphs or footnotes (the next bit) */
        char *speech = sp_speech_text(text, kind, &(sp_context){&lex, 0, (data[0] >> 7) & 1, 0, NULL, (data[0] >> 6) & 1}),
             *out = speech ? syn_text(speech) : NULL;
        if (!out)
            abort();
        fuzz_check_espeak_text(out);
        free(speech);
        free(out);
        free(text);
    }
    /* and any bytes at all, NUL-terminated, into the guard */
    char *raw = malloc(size + 1);
    if (!raw)
        return 0;
    memcpy(raw, data, size);
    raw[size] = '\0';
    char *out = syn_text(raw);
    if (!out)
        abort();
    fuzz_check_espeak_text(out);
    free(out);
    free(raw);
    return 0;
}
