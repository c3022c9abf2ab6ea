# herald: one GNU Makefile. Settings first; `make help` lists the targets.

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
LIBDIR   = $(PREFIX)/lib
INCDIR   = $(PREFIX)/include
DATADIR  = $(PREFIX)/share/herald
MANDIR   = $(PREFIX)/share/man

BUILD   ?= build
CC      ?= cc
CFLAGS  ?= -O2 -g
WERROR  ?= 0
SAN     ?= 0
PKGS     = sndfile libutf8proc samplerate jansson
# Loaded when first used (src/dynlib.h): built against, not linked. libzip for EPUB
# only; libespeak-ng only when something is synthesised.
LAZY_PKGS = espeak-ng libzip
# The tests read loudness back with libebur128, a reader independent of herald's meter,
# and EPUBs with libzip; they load libespeak-ng as herald does (test_synth checks when).
TEST_PKGS = $(PKGS) libzip libebur128

WARN = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wwrite-strings -Wundef
ifeq ($(WERROR),1)
WARN += -Werror
endif
ifeq ($(SAN),1)
CFLAGS += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
endif
# The library as libFuzzer targets link it (clang).
ifeq ($(SAN),fuzz)
CFLAGS += -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
          -fno-sanitize-recover=undefined
endif

# Recursive (=) so pkg-config runs only when a recipe needs it, after `deps`.
# A lazy library's soname, read from the one linked against at build time.
# (the library's folder from pkg-config, else where the compiler finds it)
libfile = $(or $(wildcard $(shell pkg-config --variable=libdir $(2) 2>/dev/null)/$(1)),$(abspath $(shell $(CC) -print-file-name=$(1))))
soname = $(or $(shell objdump -p $(call libfile,$(1),$(2)) 2>/dev/null | sed -n 's/^ *SONAME *//p'),$(error cannot read the soname of $(1): is $(2) installed? (make deps)))
ESPEAK_SONAME = $(call soname,libespeak-ng.so,espeak-ng)
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) $(LAZY_PKGS)) \
             -DHD_ZIP_SONAME='"$(call soname,libzip.so,libzip)"' -DHD_ESPEAK_SONAME='"$(ESPEAK_SONAME)"' \
             -DHD_ESPEAK_FILE='"$(dir $(call libfile,libespeak-ng.so,espeak-ng))$(ESPEAK_SONAME)"'
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -ldl
ALL_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc -I$(BUILD)/gen \
               -DHD_DATADIR='"$(DATADIR)"' $(CPPFLAGS)
ALL_CFLAGS = $(WARN) $(CFLAGS) -fvisibility=hidden -MMD -MP

LIB_SRC = src/util.c src/data.c src/text.c src/dates.c src/statement.c src/speakers.c src/segment.c src/speech.c \
          src/voices.c src/prosody.c src/synth.c src/level.c src/pool.c src/sink.c src/outdir.c src/cache.c src/ucache.c \
          src/render.c src/publish.c src/readalong.c src/dynlib.c src/epub.c src/id3.c src/herald.c
CLI_SRC = src/cli/main.c src/cli/noaudio.c
DATA    = $(sort $(wildcard src/data/en/*.txt)) $(sort $(wildcard src/data/fr/*.txt)) $(sort $(wildcard src/data/es/*.txt)) $(sort $(wildcard src/data/player/*)) $(sort $(wildcard voices/*.voice)) voices/lexicon.txt
TESTS   = $(patsubst tests/%.c,%,$(sort $(wildcard tests/test_*.c))) $(FUZZERS:%=test_%)
# Fuzz targets (tests/fuzz/): libFuzzer in `make fuzz`, and their stored inputs
# (regressions, golden statements) as tests in every build.
FUZZERS = fuzz_parse fuzz_plan fuzz_settings fuzz_speech
FUZZ_SECONDS ?= 60
FUZZ_BUILD = build/fuzz

LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/data_files.o
CLI_OBJ = $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TEST_BIN = $(TESTS:%=$(BUILD)/tests/%)

.PHONY: all deps demo check test screenshot golden-update bench install uninstall clean help fuzz fuzz-build
.DEFAULT_GOAL := all

all: $(BUILD)/libherald.a $(BUILD)/herald $(BUILD)/herald.pc

help:
	@echo "make            build $(BUILD)/libherald.a and $(BUILD)/herald"
	@echo "make demo       install missing packages, build, render samples/press-statement.txt"
	@echo "make check      install missing packages, build, run every test (plain and ASan+UBSan)"
	@echo "make bench      speed and memory against the espeak-ng command; quality scores"
	@echo "make install    PREFIX=$(PREFIX) DESTDIR=…"
	@echo "make screenshot docs/player.png: the web player, from its browser test"
	@echo "make golden-update  rewrite tests/golden/*/expected.jsonl (review the diff)"
	@echo "make fuzz       run each libFuzzer target FUZZ_SECONDS=$(FUZZ_SECONDS) (clang)"

deps:
	@sh tools/deps.sh

$(BUILD)/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -o $@ $<

$(BUILD)/gen/data_files.c: $(BUILD)/embed $(DATA)
	@mkdir -p $(dir $@)
	$(BUILD)/embed $@ $(foreach f,$(DATA),$(patsubst src/data/%,%,$(f))=$(f))

# The index over the data files, made once here instead of in every process
# (tools/dataindex.c): data.c is compiled with it.
$(BUILD)/dataindex: tools/dataindex.c src/data.c src/data.h src/util.c src/util.h $(BUILD)/gen/data_files.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -Isrc -Iinclude -o $@ tools/dataindex.c src/data.c src/util.c \
	  $(BUILD)/gen/data_files.c -lpthread -lm

$(BUILD)/gen/data_index.h: $(BUILD)/dataindex
	$(BUILD)/dataindex $@.tmp && mv $@.tmp $@

$(BUILD)/obj/src/data.o: ALL_CPPFLAGS += -DHD_DATA_INDEX
$(BUILD)/obj/src/data.o: $(BUILD)/gen/data_index.h

$(BUILD)/obj/gen/data_files.o: $(BUILD)/gen/data_files.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -Wno-missing-prototypes $(PKG_CFLAGS) -c -o $@ $<

# The prefix is compiled in (voices.o) and written out (herald.pc): rebuild both
# when it changes.
$(BUILD)/prefix.stamp: FORCE
	@mkdir -p $(dir $@)
	@echo '$(PREFIX) $(DATADIR)' | cmp -s - $@ || echo '$(PREFIX) $(DATADIR)' > $@
$(BUILD)/obj/src/voices.o: $(BUILD)/prefix.stamp
FORCE:

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(PKG_CFLAGS) -c -o $@ $<

$(BUILD)/libherald.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

# espeak-ng, opened later, finds the command's create_audio_device_object first
# (src/cli/noaudio.c says why; a dynamic list exports it, with any GNU-compatible linker)
$(BUILD)/herald: $(CLI_OBJ) $(BUILD)/libherald.a src/cli/noaudio.list
	$(CC) $(LDFLAGS) -Wl,--dynamic-list=src/cli/noaudio.list -o $@ $(CLI_OBJ) $(BUILD)/libherald.a $(PKG_LIBS) -lpthread -lm

# libherald is static only, so Libs names everything it links against.
$(BUILD)/herald.pc: Makefile include/herald.h $(BUILD)/prefix.stamp
	@mkdir -p $(dir $@)
	@printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$${prefix}/lib' 'includedir=$${prefix}/include' '' \
	  'Name: herald' 'Description: published statements into accessible audio' \
	  'Version: $(shell sed -n 's/^#define HD_VERSION "\(.*\)"/\1/p' include/herald.h)' \
	  'Libs: -L$${libdir} -lherald $(PKG_LIBS) -lpthread -lm' \
	  'Cflags: -I$${includedir}' > $@

$(BUILD)/tests/%: tests/%.c tests/harness.c tests/harness.h $(BUILD)/libherald.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) -Itests $(ALL_CFLAGS) $(PKG_CFLAGS) $(LDFLAGS) -o $@ $< tests/harness.c \
	  $(BUILD)/libherald.a $(shell pkg-config --libs $(TEST_PKGS)) -lpthread -lm

$(BUILD)/tests/test_fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/driver.c tests/fuzz/fuzz.h tests/harness.c \
                            tests/harness.h $(BUILD)/libherald.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) -Itests -Itests/fuzz -DFUZZ_NAME='"fuzz_$*"' $(ALL_CFLAGS) $(PKG_CFLAGS) \
	  $(LDFLAGS) -o $@ $< tests/fuzz/driver.c tests/harness.c $(BUILD)/libherald.a $(PKG_LIBS) -lpthread -lm

fuzz-build: deps
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang SAN=fuzz WERROR=0 $(FUZZ_BUILD)/libherald.a
	@for f in $(FUZZERS); do \
	  clang $(ALL_CPPFLAGS) -Itests -Itests/fuzz -O1 -g -fsanitize=fuzzer,address,undefined \
	    $(PKG_CFLAGS) -o $(FUZZ_BUILD)/$$f tests/fuzz/$$f.c $(FUZZ_BUILD)/libherald.a \
	    $(PKG_LIBS) -lpthread -lm || exit 1; \
	done

fuzz: fuzz-build
	@sh tests/fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZERS)

# Everything the tests run, for one build directory.
test: all $(TEST_BIN)
	@sh tests/run.sh $(BUILD)

check: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory BUILD=build/asan SAN=1 all
	@$(MAKE) --no-print-directory $(TEST_BIN) BUILD=build
	@$(MAKE) --no-print-directory BUILD=build/asan SAN=1 $(TESTS:%=build/asan/tests/%)
	@$(MAKE) --no-print-directory fuzz-build
	@FUZZ_BUILD=$(FUZZ_BUILD) FUZZ_SECONDS=$${FUZZ_CHECK_SECONDS:-5} FUZZERS="$(FUZZERS)" \
	  sh tests/run.sh build build/asan -- tests/install.sh tests/fuzz.sh tests/clients.sh tests/player.sh \
	    tests/shards.sh

# README's picture of the web player, taken by its browser test.
screenshot: all
	@mkdir -p docs
	@HERALD=$(BUILD)/herald SCREENSHOT=docs/player.png sh tests/player.sh

golden-update: all
	@sh tests/golden.sh $(BUILD) --update

demo: deps
	@$(MAKE) --no-print-directory all
	@rm -rf demo
	$(BUILD)/herald -o demo samples/press-statement.txt
	@echo "demo: rendered samples/press-statement.txt into $(CURDIR)/demo/ (play demo/playlist.m3u8, or open demo/index.html to read along)"
	@ls -l demo

$(BUILD)/score: tools/score.c tools/cases.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -O2 -o $@ $<

$(BUILD)/pauses: tools/pauses.c tools/cases.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -O2 -o $@ $<

$(BUILD)/measure: tools/measure.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -O2 -o $@ $<

bench: deps
	@$(MAKE) --no-print-directory all $(BUILD)/score $(BUILD)/pauses $(BUILD)/measure
	@sh tools/bench.sh $(BUILD)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCDIR) \
	  $(DESTDIR)$(DATADIR)/voices
	install -m 755 $(BUILD)/herald $(DESTDIR)$(BINDIR)/herald
	install -m 644 $(BUILD)/libherald.a $(DESTDIR)$(LIBDIR)/libherald.a
	install -m 644 include/herald.h $(DESTDIR)$(INCDIR)/herald.h
	install -m 644 $(BUILD)/herald.pc $(DESTDIR)$(LIBDIR)/pkgconfig/herald.pc
	install -m 644 voices/*.voice voices/lexicon.txt $(DESTDIR)$(DATADIR)/voices/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/herald $(DESTDIR)$(LIBDIR)/libherald.a \
	  $(DESTDIR)$(INCDIR)/herald.h $(DESTDIR)$(LIBDIR)/pkgconfig/herald.pc
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build demo

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
