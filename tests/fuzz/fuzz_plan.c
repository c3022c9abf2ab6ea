/* Fuzz target: a statement parsed and planned, printed as `herald plan` prints it,
 * and every utterance's text for espeak-ng held to the guard's promise. */
#include "fuzz.h"

#include "herald.h"
#include "prosody.h"
#include "synth.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static hd_voices *voices;
    if (!voices && hd_voices_load(NULL, &voices, NULL) != HD_OK)
        abort();
    hd_doc *d = NULL;
    hd_plan *p = NULL;
    char *json = NULL;
    hd_parse_options o = hd_parse_options_default();
    o.plain = size > 0 && data[0] == '~';
    if (hd_doc_parse((const char *)data, size, &o, &d, NULL) == HD_OK &&
        hd_plan_new(d, voices, NULL, &p, NULL) == HD_OK) {
        if (hd_plan_json(p, &json) != HD_OK)
            abort();
        for (size_t i = 0; i < p->n; i++) {
            char *speech = pro_speech(p, i), *text = speech ? syn_text(speech) : NULL;
            if (!text)
                abort();
            fuzz_check_espeak_text(text);
            free(speech);
            free(text);
        }
    }
    free(json);
    hd_plan_free(p);
    hd_doc_free(d);
    return 0;
}
