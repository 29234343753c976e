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

# Fully static (-static-executable, libyaml, ncursesw and tinfo included; the terminfo database is still read
# from the system): it starts faster and uses less memory (BENCHMARKS.md). lld places the functions that run
# at start side by side, from scripts/startup-symbols.txt (made by scripts/order-startup-symbols).
build:
	@echo "make build: the release build takes a few minutes on two cores..."
	@# SwiftPM does not see the list as an input: a newer list must relink.
	@if [ scripts/startup-symbols.txt -nt $(BIN) ]; then rm -f $(BIN); fi
	swift build -c release --static-swift-stdlib --product samepage -Xswiftc -use-ld=lld -Xswiftc -static-executable \
		-Xlinker --symbol-ordering-file=$(CURDIR)/scripts/startup-symbols.txt -Xlinker --no-warn-symbol-ordering

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

