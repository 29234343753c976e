# Builds, installs and packages samepage.
#   make build                   the release binary, fully static (needs no toolchain or shared library to run)
#   make install PREFIX=/usr/local   binary, content, manual and completions; found from any folder
#   make deb                     dist/samepage_VERSION_ARCH.deb, built with dpkg-deb from the release binary
#   make check-install           installs into a fresh prefix and runs the copy by name, repository hidden
#   make check-deb               installs the .deb into this machine (needs root), uses it, removes it
PREFIX ?= /usr/local
BIN := .build/release/samepage
SHARE := $(DESTDIR)$(PREFIX)/share

.PHONY: build install deb check-install check-deb

# Fully static (-static-executable, ncursesw and tinfo included; the terminfo database is still read from the
# system): it starts faster and uses less memory (BENCHMARKS.md). lld links without the warning that GNU ld
# prints for mktemp inside the static Foundation library.
build:
	@echo "make build: the release build takes a few minutes on two cores..."
	swift build -c release --static-swift-stdlib --product samepage -Xswiftc -use-ld=lld -Xswiftc -static-executable

install: build
	@echo "make install: into $(DESTDIR)$(PREFIX)"
	install -d $(DESTDIR)$(PREFIX)/bin $(SHARE)/samepage $(SHARE)/man/man1 \
		$(SHARE)/bash-completion/completions $(SHARE)/zsh/site-functions $(SHARE)/fish/vendor_completions.d
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/samepage
	rm -rf $(SHARE)/samepage/content
	cp -R content $(SHARE)/samepage/content
	install -m 0644 doc/samepage.1 $(SHARE)/man/man1/samepage.1
	$(BIN) --generate-completion-script bash > $(SHARE)/bash-completion/completions/samepage
	$(BIN) --generate-completion-script zsh > $(SHARE)/zsh/site-functions/_samepage
	$(BIN) --generate-completion-script fish > $(SHARE)/fish/vendor_completions.d/samepage.fish

deb: build
	@bash scripts/make-deb

check-install:
	@bash scripts/check-install

check-deb: deb
	@bash scripts/check-deb
