/* speech: turns a sentence's text into the exact string handed to espeak-ng. */
#ifndef HD_SPEECH_H
#define HD_SPEECH_H

#include "herald.h"
#include "statement.h"

/* The speech text for a sentence of the given kind, new (free()); NULL on oom.
 * Typographic quotes and dashes become what espeak-ng reads well, runs of full stops
 * (which have crashed espeak-ng) become one ellipsis, stage directions lose their
 * brackets. */
char *sp_speech_text(const char *text, st_kind kind);

#endif
