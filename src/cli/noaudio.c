/* noaudio: the herald command never plays audio, so it answers libpcaudio's one entry
 * point that espeak-ng calls when started, and no sound server is ever contacted.
 *
 * Why: espeak-ng 1.51's espeak_ng_InitializeOutput opens an audio device even for
 * synchronous output, whose samples it only hands to a callback: through libpcaudio it
 * connects to PulseAudio (reading its client configuration, starting a thread that
 * runs the connection), then tries ALSA. Every process that starts a synthesiser paid
 * that: about 1.3 ms where no server runs, more where one does (where one does, each
 * worker shows up in the desktop's mixer), on the way to the first sound, and a thread
 * in the template that forks workers. espeak-ng never uses the device in synchronous
 * mode, and keeps a null one as "no device".
 *
 * How: libespeak-ng is opened with dlopen; the symbols it needs are looked for in the
 * program first, so this definition, exported from the command (the Makefile links
 * with noaudio.list as a dynamic list), is the one espeak-ng calls. The library
 * (libherald) does not define it: a program that embeds herald keeps its own audio. A
 * test (tests/test_cli.c) checks with the loader's own report that espeak-ng binds to
 * it. */

/* libpcaudio's declaration: struct audio_object *create_audio_device_object(const char
 * *device, const char *application_name, const char *description); */
struct audio_object;

__attribute__((visibility("default"))) struct audio_object *
create_audio_device_object(const char *device, const char *application_name, const char *description);

struct audio_object *create_audio_device_object(const char *device, const char *application_name,
                                                const char *description)
{
    (void)device;
    (void)application_name;
    (void)description;
    return 0;
}
