/* speech: normalisation for speaking. At this stage: punctuation that espeak-ng
 * misreads or trips over. Abbreviations, numbers, dates and the lexicon come next. */
#include "speech.h"

#include <string.h>

#include "text.h"
#include "util.h"

char *sp_speech_text(const char *text, st_kind kind)
{
    sb out = {0};
    size_t n = strlen(text), i = 0;

    if (kind == ST_STAGE && n >= 2 && (text[0] == '(' || text[0] == '[')) {
        /* "(Applause.)" is read "Applause." */
        size_t e = n;
        if (text[e - 1] == '.')
            e--;
        if (e >= 2 && (text[e - 1] == ')' || text[e - 1] == ']')) {
            text++;
            n = e - 2;
        }
    }
    while (i < n) {
        size_t at = i;
        int32_t c = txt_next(text, n, &i);
        switch (c) {
        case 0x2018: case 0x2019: case 0x02BC: sb_putc(&out, '\''); break;
        case 0x201C: case 0x201D: case 0x201E: case 0xAB: case 0xBB: sb_putc(&out, '"'); break;
        case 0x2013: case 0x2014: case 0x2015:
            /* a dash between words is a pause, between numbers a range */
            if (at > 0 && text[at - 1] == ' ')
                sb_puts(&out, ",");
            else
                sb_putc(&out, '-');
            break;
        case 0x2026: sb_puts(&out, "..."); break;
        case '.':
            if (i < n && text[i] == '.') {
                while (i < n && text[i] == '.')
                    i++;
                sb_puts(&out, "...");
            } else {
                sb_putc(&out, '.');
            }
            break;
        default: sb_putn(&out, text + at, i - at);
        }
    }
    if (out.oom) {
        sb_free(&out);
        return NULL;
    }
    return sb_take(&out);
}
