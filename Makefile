# Installs samepage with its content, man page and shell completions:  make install PREFIX=/some/where
# The binary is linked with the Swift runtime and Foundation inside it (--static-swift-stdlib), so it needs
# no Swift toolchain to run; it finds its content at PREFIX/share/samepage/content, from any folder.
PREFIX ?= /usr/local
BIN := .build/release/samepage
MANUAL := .build/plugins/GenerateManual/outputs/samepage/samepage.1
SHARE := $(DESTDIR)$(PREFIX)/share

.PHONY: build install check-install

build:
	swift build -c release --static-swift-stdlib --product samepage

# The manual comes first: its plugin builds the package in release mode itself, and `build` must link last.
$(MANUAL):
	swift package --allow-writing-to-package-directory generate-manual

install: $(MANUAL) build
	install -d $(DESTDIR)$(PREFIX)/bin $(SHARE)/samepage $(SHARE)/man/man1 \
		$(SHARE)/bash-completion/completions $(SHARE)/zsh/site-functions $(SHARE)/fish/vendor_completions.d
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/samepage
	rm -rf $(SHARE)/samepage/content
	cp -R content $(SHARE)/samepage/content
	install -m 0644 $(MANUAL) $(SHARE)/man/man1/samepage.1
	$(BIN) --generate-completion-script bash > $(SHARE)/bash-completion/completions/samepage
	$(BIN) --generate-completion-script zsh > $(SHARE)/zsh/site-functions/_samepage
	$(BIN) --generate-completion-script fish > $(SHARE)/fish/vendor_completions.d/samepage.fish

# Installs into a fresh folder and uses the installed binary from another folder, as a person would.
check-install:
	@bash scripts/check-install
