/* fuzz: what the fuzz targets share. Each target is a libFuzzer entry point
 * (LLVMFuzzerTestOneInput); driver.c runs the same entry point over stored inputs
 * (regressions and the golden statements) in the ordinary builds. */
#ifndef HD_FUZZ_H
#define HD_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The guard's promise about text handed to espeak-ng: no control character but the
 * frames of passages in another language (0x03, a code of 1 to 15 letters, digits and
 * '-', 0x04, the passage, 0x05: not nested, each closed; synth.c speaks each part
 * apart, without the marks), no "[" but as the start of a lexicon phoneme span
 * "[[...]]" of the phoneme alphabet, no "]" but as its end. Aborts (a finding) when
 * broken. */
static inline void fuzz_check_espeak_text(const char *s)
{
    static const char alphabet[] = "@',%=:;#*?!-./\"~^|_ ";
    int in_span = 0;
    for (size_t i = 0; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0x03 && !in_span) {
            size_t k = i + 1;
            while ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') ||
                   s[k] == '-')
                k++;
            if (s[k] != 0x04 || k - i - 1 < 1 || k - i - 1 > 15)
                abort();
            in_span = 1;
            i = k;
            continue;
        }
        if (c == 0x05 && in_span) {
            in_span = 0;
            continue;
        }
        if (c < 0x20 || c == 0x7F)
            abort();
        if (c == ']')
            abort();
        if (c != '[')
            continue;
        if (s[i + 1] != '[')
            abort();
        size_t j = i + 2;
        while (s[j] && s[j] != ']') {
            unsigned char p = (unsigned char)s[j];
            if (!((p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') || (p >= '0' && p <= '9') ||
                  strchr(alphabet, p)))
                abort();
            j++;
        }
        if (s[j] != ']' || s[j + 1] != ']' || j - i - 2 == 0 || j - i - 2 > 64)
            abort();
        for (size_t k = i + 2; k + 3 <= j; k++)
            if (memcmp(s + k, "_^_", 3) == 0)
                abort();
        i = j + 1;
    }
    if (in_span)
        abort();
}

#endif
