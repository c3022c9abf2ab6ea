/* Fuzz target: a statement parsed (as a statement and as prose) and printed as
 * `herald segment --json` prints it. */
#include "fuzz.h"

#include "herald.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (int plain = 0; plain < 2; plain++) {
        hd_parse_options o = hd_parse_options_default();
        o.plain = plain;
        hd_doc *d = NULL;
        char *json = NULL;
        if (hd_doc_parse((const char *)data, size, &o, &d, NULL) == HD_OK) {
            if (hd_doc_json(d, &json) != HD_OK)
                abort();
            for (size_t i = 0; i < hd_doc_sentence_count(d); i++) {
                hd_sentence s;
                if (hd_doc_sentence(d, i, &s) != HD_OK || s.end < s.start || s.end > size)
                    abort();
            }
        }
        free(json);
        hd_doc_free(d);
    }
    return 0;
}
