# briefing: turns an article into an annotated PDF briefing.
# GNU make.  `make` installs missing Debian packages (as root), builds
# build/briefing and writes the example briefing; `make check` tests.

VERSION		= 0.1.0
BUILDDIR	?= build
PREFIX		?= /usr/local
BINDIR		?= $(PREFIX)/bin
DATADIR		?= $(PREFIX)/share/briefing
MANDIR		?= $(PREFIX)/share/man
PKG_CONFIG	?= pkg-config
CC		?= cc
CFLAGS		?= -O2 -g

PKGS		= pangoft2 pangocairo cairo fontconfig harfbuzz harfbuzz-subset \
		  glib-2.0 gio-2.0 yaml-0.1 md4c libgvc zlib icu-uc icu-i18n libpng
ICU_PKGS	= icu-uc icu-i18n
# libqpdf reads PDFs for --extract-source only: its header is used at
# build time and the library is loaded by name when the option runs.
QPDF_SONAME	?= $(shell objdump -p $$($(PKG_CONFIG) --variable=libdir libqpdf 2>/dev/null)/libqpdf.so 2>/dev/null | awk '/SONAME/ { print $$2 }')
HPDF_LIBS	?= -lhpdf
HYPHEN_LIBS	?= -lhyphen
# Snowball stemmers (relation cues in es, fr, de); no pkg-config file
STEMMER_LIBS	?= -lstemmer
# Graphviz's dot layout plugin is linked in (see src/diagram.c); Debian
# keeps it in a subdirectory of libdir.
GVPLUGINDIR	?= $(shell $(PKG_CONFIG) --variable=libdir libgvc 2>/dev/null)/graphviz
GVPLUGIN_LIBS	?= -L$(GVPLUGINDIR) -lgvplugin_dot_layout -Wl,-rpath,$(GVPLUGINDIR)

# Debian 12 packages the build, the example and the tests need.
DEB_BUILD	= build-essential pkg-config libhpdf-dev libpango1.0-dev \
		  libcairo2-dev libglib2.0-dev libharfbuzz-dev libyaml-dev \
		  libmd4c-dev libhyphen-dev libgraphviz-dev libqpdf-dev zlib1g-dev \
		  libicu-dev libstemmer-dev libpng-dev fonts-noto-mono \
		  hyphen-en-us hyphen-en-gb hyphen-de hyphen-fr hyphen-es hyphen-ru
# fonts/ holds copies of Debian's Noto files (fonts-noto-core and, for
# code, fonts-noto-mono; licence in fonts/OFL.txt, COPYRIGHT.debian);
# a missing one is copied from the installed package.
NOTO_DIR	= /usr/share/fonts/truetype/noto
DEB_TEST	= libcmocka-dev poppler-utils qpdf jq time python3 groff-base tmux \
		  man-db nodejs
# pdf.js (npm's pdfjs-dist, pinned by tests/pdfjs/package-lock.json)
# reads the PDF's structure tree in the tests; npm ci installs it once
# into tests/pdfjs/node_modules (tests/pdfjs/install.sh; npm itself is
# installed from Debian when missing).
PDFJS_STAMP	= tests/pdfjs/node_modules/.package-lock.json
# the peers of make bench: groff -ms -Tpdf (groff, not groff-base: the
# pdf device) and ReportLab (Typst is not in Debian 12)
DEB_BENCH	= time hyperfine groff python3-reportlab
# corpus-score (../shared/tools) is a Python script reading YAML
DEB_EVAL	= python3 python3-yaml
DEB_VALGRIND	= valgrind

# make fuzz: libFuzzer harnesses (tests/fuzz/) built by clang with
# sanitizers in FUZZ_BUILDDIR, each run FUZZ_SECONDS (0: build only).
# clang is needed by this target only.
FUZZ_BUILDDIR	?= build-fuzz
FUZZ_CC		?= clang
FUZZ_CFLAGS	?= -O1 -g -fno-omit-frame-pointer
FUZZ_SAN	= -fsanitize=fuzzer-no-link,address,undefined \
		  -fno-sanitize-recover=undefined
FUZZ_SECONDS	?= 60
FUZZERS		= fuzz_reader fuzz_pipeline fuzz_extract

# make V=1 shows the commands
ifeq ($(V),1)
Q		=
else
Q		= @
endif

WARN		= -std=c11 -Wall -Wextra -Wno-unused-parameter
ifeq ($(WERROR),1)
WARN		+= -Werror
endif
ALL_CPPFLAGS	= -D_GNU_SOURCE -DBRIEFING_VERSION='"$(VERSION)"' \
		  -DBRIEFING_DATADIR='"$(DATADIR)"' -Isrc $(CPPFLAGS)
ifneq ($(filter prog sample check-run bench $(BUILDDIR)/%,$(MAKECMDGOALS)),)
PKG_CFLAGS	:= $(shell $(PKG_CONFIG) --cflags $(PKGS) libqpdf) \
		   -DQPDF_SONAME='"$(QPDF_SONAME)"'
PKG_LIBS	:= $(shell $(PKG_CONFIG) --libs $(filter-out $(ICU_PKGS),$(PKGS)))
ICU_LIBS	:= $(shell $(PKG_CONFIG) --libs $(ICU_PKGS))
endif
ALL_CFLAGS	= $(WARN) $(CFLAGS) $(SAN) $(PKG_CFLAGS) -MMD -MP
ALL_LDFLAGS	= $(LDFLAGS) $(SAN)
LIBS		= $(PKG_LIBS) $(ICU_LIBS) $(GVPLUGIN_LIBS) $(HPDF_LIBS) \
		  $(HYPHEN_LIBS) $(STEMMER_LIBS) -lm
# The program's own link (the tests and harnesses take LIBS) is shaped for
# a short start (PROG_ORDER below).  ICU stays shared by default: linking it from its archive
# (PROG_ICU_LIBS='-Wl,--push-state,-Bstatic $(ICU_LIBS) -lstdc++
# -Wl,--pop-state') halves the loader's work but grows the binary from
# 4 to 40 MB, takes ICU out of Debian's security updates, and measured
# no difference in the example's wall time (DESIGN.md, "Start-up").
# The order of the program's libraries, all named (--no-as-needed) so
# that it is the order the loader searches: each of the some 8 700
# symbol references resolved at start walks that list up to the library
# that defines the symbol, checking each one it passes.  So the
# libraries most references resolve to come first (counted with
# LD_DEBUG=bindings on the seed: libstdc++ 1 690, libc 1 680, GLib 1 250,
# ICU 690, libharu 370, HarfBuzz 340...), among them those the program
# does not call but loads through Pango, Cairo and GLib (libmount, X11,
# pixman...: named by file, ":libmount.so.1", and left out where the
# file is not there).  Where two libraries define the same symbol
# (libc and libm; libbsd and libmd; ICU's i18n and uc) they keep the
# order they had, so no reference binds elsewhere.  Loader's work at
# start: 11.9 to 9 million instructions (DESIGN.md, "Start-up").
LIBDIRS		:= $(wildcard /lib/$(shell $(CC) -print-multiarch) \
		   /usr/lib/$(shell $(CC) -print-multiarch))
PROG_ORDER	= c stdc++ glib-2.0 icui18n icuuc hpdf harfbuzz gvc \
		  gobject-2.0 :libmount.so.1 :libX11.so.6 png16 freetype \
		  cgraph pango-1.0 :libpixman-1.so.0 :libselinux.so.1 \
		  fontconfig cairo :libblkid.so.1 :libbsd.so.0 :libmd.so.0 m z \
		  gvplugin_dot_layout :libxcb.so.1 :libxcb-render.so.0 \
		  :libpcre2-8.so.0 :libXrender.so.1 :libthai.so.0 \
		  :libdatrie.so.1
PROG_ORDER_LIBS	= $(foreach l,$(PROG_ORDER),$(if $(filter :%,$(l)),$(if \
		  $(wildcard $(addsuffix /$(patsubst :%,%,$(l)),$(LIBDIRS))),-l$(l)),-l$(l)))
PROG_ICU_LIBS	?= $(ICU_LIBS)
PROG_LIBS	= -L$(GVPLUGINDIR) -Wl,--push-state,--no-as-needed \
		  $(PROG_ORDER_LIBS) -Wl,--pop-state $(PROG_ICU_LIBS) \
		  $(PKG_LIBS) $(GVPLUGIN_LIBS) $(HPDF_LIBS) $(HYPHEN_LIBS) \
		  $(STEMMER_LIBS) -lm

SRCS		= $(wildcard src/*.c)
OBJS		= $(SRCS:src/%.c=$(BUILDDIR)/%.o)
LIB_OBJS	= $(filter-out $(BUILDDIR)/main.o,$(OBJS))
UNIT_SRCS	= $(wildcard tests/unit/test_*.c)
UNIT_BINS	= $(UNIT_SRCS:tests/unit/%.c=$(BUILDDIR)/tests/%)

EXAMPLE		= assets/examples/putin-north-korea.md
EXAMPLE_PDF	= out/putin-north-korea.pdf

.PHONY: all prog deps deps-test pdfjs-deps sample check check-run \
	check-asan bench clean install uninstall fuzz check-valgrind eval \
	layout-check
.DELETE_ON_ERROR:

# The package check runs first; the build runs in a second make so that
# pkg-config sees the packages it may just have installed.
all: deps
	@$(MAKE) --no-print-directory prog sample

prog: $(BUILDDIR)/briefing

# Install what is missing (root), or say what to run (others).
deps:
	@sh tests/deps.sh $(DEB_BUILD)

deps-test:
	@sh tests/deps.sh $(DEB_BUILD) $(DEB_TEST)

# after deps-test: apt-get must not run twice at once
pdfjs-deps: $(PDFJS_STAMP)

$(PDFJS_STAMP): tests/pdfjs/package-lock.json | deps-test
	@sh tests/pdfjs/install.sh

fonts/NotoSansMono-Regular.ttf:
	cp $(NOTO_DIR)/NotoSansMono-Regular.ttf $@

$(BUILDDIR)/briefing: $(OBJS) | fonts/NotoSansMono-Regular.ttf
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $(OBJS) $(PROG_LIBS)

$(BUILDDIR)/%.o: src/%.c | $(BUILDDIR)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILDDIR)/tests/%: tests/unit/%.c $(LIB_OBJS) | $(BUILDDIR)
	@mkdir -p $(BUILDDIR)/tests
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) \
	    $$($(PKG_CONFIG) --cflags cmocka) -o $@ $< $(LIB_OBJS) \
	    $(ALL_LDFLAGS) $(LIBS) $$($(PKG_CONFIG) --libs cmocka)

$(BUILDDIR):
	@mkdir -p $(BUILDDIR)

sample: $(EXAMPLE_PDF)

$(EXAMPLE_PDF): $(EXAMPLE) $(BUILDDIR)/briefing $(wildcard fonts/*.ttf)
	@mkdir -p out
	$(BUILDDIR)/briefing -o $@ $(EXAMPLE)

# What the example's build reads (briefing --deps, as cc -M prints):
# editing its text, glossary or images, or the gazetteer, rebuilds it;
# editing another text does not.  Read only when the example is a goal,
# so that no other goal builds the program to make it.
EXAMPLE_DEPS	= $(BUILDDIR)/example.d

$(EXAMPLE_DEPS): $(EXAMPLE) $(BUILDDIR)/briefing
	$(Q)$(BUILDDIR)/briefing --deps -o $(EXAMPLE_PDF) $(EXAMPLE) >$@.tmp
	$(Q)mv $@.tmp $@

ifneq ($(filter sample $(EXAMPLE_PDF),$(MAKECMDGOALS)),)
-include $(EXAMPLE_DEPS)
endif

# Unit tests, then end-to-end tests; one "N passed, N failed" line at the end.
check: deps-test pdfjs-deps
	@$(MAKE) --no-print-directory check-run

check-run: $(BUILDDIR)/briefing $(UNIT_BINS)
	@sh tests/run.sh $(BUILDDIR)

check-asan:
	$(MAKE) BUILDDIR=build-asan CFLAGS='-O1 -g -fno-omit-frame-pointer' \
	    SAN='-fsanitize=address,undefined -fno-sanitize-recover=undefined' check

# The unit tests and the e2e suite with each program run under
# valgrind's memcheck (tests/valgrind.sh; slow: minutes).
check-valgrind:
	@sh tests/deps.sh $(DEB_BUILD) $(DEB_TEST) $(DEB_VALGRIND)
	@$(MAKE) --no-print-directory prog $(UNIT_BINS)
	@sh tests/valgrind.sh $(BUILDDIR)

# A second make sets BUILDDIR, so that the pattern rules and the
# pkg-config flags apply to FUZZ_BUILDDIR.
fuzz:
	@$(MAKE) --no-print-directory BUILDDIR=$(FUZZ_BUILDDIR) \
	    CC=$(FUZZ_CC) CFLAGS='$(FUZZ_CFLAGS)' SAN='$(FUZZ_SAN)' \
	    $(FUZZERS:%=$(FUZZ_BUILDDIR)/%)
	@sh tests/fuzz/run.sh $(FUZZ_BUILDDIR) $(FUZZ_SECONDS) $(FUZZERS)

# a harness: its source and the program's objects, libFuzzer's main
$(BUILDDIR)/fuzz_%: tests/fuzz/fuzz_%.c $(LIB_OBJS) | $(BUILDDIR)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -o $@ $< $(LIB_OBJS) \
	    $(ALL_LDFLAGS) -fsanitize=fuzzer $(LIBS)

# make bench: the example, the peers, bodies of three sizes and hostile
# inputs timed (tests/bench.sh); figures printed, never asserted.  The
# seed text (SEED, beside the checkout as ../shared/seed) is timed
# beside groff -ms, the example's body 200 times beside ReportLab.  The
# example is also timed against BASE, a revision built with the same
# compiler and flags in a temporary git worktree (removed after): by
# default 41ae80d, the last commit before the text layer; BASE= leaves
# the comparison out.  (make -n runs a line that
# holds $(MAKE): under -n the line stops at once.)
SEED		?= ../shared/seed/article.txt
BASE		?= 41ae80d
BENCH_DRY	= $(findstring n,$(firstword -$(MAKEFLAGS)))

bench:
	@sh tests/deps.sh $(DEB_BUILD) $(DEB_TEST) $(DEB_BENCH)
	@$(MAKE) --no-print-directory prog
	@$(if $(BENCH_DRY),exit 0;) set -e; b=; \
	if [ -n '$(BASE)' ] && ! git rev-parse -q --verify \
	    '$(BASE)^{commit}' >/dev/null 2>&1; then \
		echo "bench: BASE=$(BASE) is no commit here:" \
		    "no comparison"; \
	elif [ -n '$(BASE)' ]; then \
		w=$$(mktemp -d /tmp/briefing-base.XXXXXX); \
		trap 'git worktree remove --force "$$w" >/dev/null 2>&1 || :; \
		    rm -rf "$$w"; git worktree prune' EXIT; \
		trap 'exit 130' INT TERM; \
		git worktree add -q --detach "$$w" '$(BASE)'; \
		echo "bench: building $(BASE) in $$w"; \
		$(MAKE) --no-print-directory -C "$$w" BUILDDIR=build \
		    CC='$(CC)' CFLAGS='$(CFLAGS)' CPPFLAGS='$(CPPFLAGS)' \
		    LDFLAGS='$(LDFLAGS)' SAN='$(SAN)' prog \
		    >"$$w/build.log" 2>&1 || \
		    { tail -n 20 "$$w/build.log"; exit 1; }; \
		b=$$w/build/briefing; \
	fi; \
	SEED='$(SEED)' sh tests/bench.sh $(BUILDDIR)/briefing $(EXAMPLE) $$b \
	    $$(git rev-parse -q --short '$(BASE)^{commit}' 2>/dev/null)

# make eval: the program scored against the labelled corpus beside the
# checkout by ../shared/tools/corpus-score (tests/eval.sh), compared with
# the last line of eval/figures.tsv; KEEP=1 appends the figures there.
# CORPUS=DIR scores another folder.  Not part of make check.
CORPUS		?= ../shared/corpus

eval:
	@sh tests/deps.sh $(DEB_EVAL)
	@sh tests/eval.sh --check '$(CORPUS)'
	@$(MAKE) --no-print-directory prog
	@sh tests/eval.sh $(if $(filter-out 0,$(KEEP)),--keep) \
	    '$(BUILDDIR)/briefing' '$(CORPUS)'
	@python3 tests/layout_check.py --summary --bin '$(BUILDDIR)/briefing' \
	    --corpus '$(CORPUS)' || :

# make layout-check: the figure of every corpus article and of the
# example measured from --dump layout (tests/layout_check.py): text
# >= 7 pt, at most 1 crossing, no edge through a box, no overlap, and no
# page holding only the figure; one line per article, the worst.  Not
# part of make check (its placement half is, in tests/e2e_layout.sh).
layout-check:
	@sh tests/deps.sh $(DEB_TEST)
	@$(MAKE) --no-print-directory prog
	@python3 tests/layout_check.py --bin '$(BUILDDIR)/briefing' \
	    --corpus '$(CORPUS)'

install: $(BUILDDIR)/briefing
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/fonts \
	    $(DESTDIR)$(DATADIR)/assets/icc $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BUILDDIR)/briefing $(DESTDIR)$(BINDIR)/briefing
	install -m 644 briefing.1 $(DESTDIR)$(MANDIR)/man1/briefing.1
	install -m 644 fonts/*.ttf fonts/OFL.txt fonts/COPYRIGHT.debian \
	    $(DESTDIR)$(DATADIR)/fonts
	install -m 644 assets/*.tsv $(DESTDIR)$(DATADIR)/assets
	install -m 644 assets/icc/sRGB.icc assets/icc/COPYRIGHT.debian \
	    $(DESTDIR)$(DATADIR)/assets/icc

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/briefing $(DESTDIR)$(MANDIR)/man1/briefing.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-asan build-fuzz out/*.pdf

-include $(OBJS:.o=.d)
