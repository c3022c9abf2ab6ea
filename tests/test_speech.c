/* Tests of speech.c: the text handed to espeak-ng, one case per line. */
#include <stdlib.h>

#include "harness.h"
#include "speech.h"

static const struct {
    const char *in;
    st_kind kind;
    const char *want;
} cases[] = {
    {"Russia\xE2\x80\x99s invasion", ST_SPEECH, "Russia's invasion"},
    {"\xE2\x80\x9CNow,\xE2\x80\x9D she said.", ST_SPEECH, "\"Now,\" she said."},
    {"word..", ST_SPEECH, "word..."},
    {"and then.... nothing", ST_SPEECH, "and then... nothing"},
    {"wait\xE2\x80\xA6", ST_SPEECH, "wait..."},
    {"peace \xE2\x80\x93 and more", ST_SPEECH, "peace , and more"},
    {"2019\xE2\x80\x93" "2023", ST_SPEECH, "2019-2023"},
    {"(Applause.)", ST_STAGE, "Applause."},
    {"(Laughter).", ST_STAGE, "Laughter"},
    {"[inaudible]", ST_STAGE, "inaudible"},
    {"(Applause.)", ST_SPEECH, "(Applause.)"},
    {"3.5 per cent.", ST_SPEECH, "3.5 per cent."},
};

int main(void)
{
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = sp_speech_text(cases[i].in, cases[i].kind);
        CHECK_STR(got, cases[i].want);
        free(got);
    }
    return h_report("test_speech");
}
