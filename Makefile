# Zensync — two commands: `make run` (the app) and `make test` (every test).
# Both install what is missing first: Debian/Ubuntu packages (as root, or through sudo), the Wails
# CLI at the version in go.mod, and the front end's npm packages.
SHELL := /bin/bash
.DEFAULT_GOAL := run

GO            ?= go
GOBIN         := $(shell $(GO) env GOPATH)/bin
WAILS_VERSION := $(shell awk '$$1=="github.com/wailsapp/wails/v2"{print $$2}' go.mod)
WAILS         := $(GOBIN)/wails
# Wails links WebKitGTK 4.0 by default and 4.1 with the build tag webkit2_41; whichever is
# installed is used (the variable is expanded when a recipe runs, after deps-system).
WEBKIT_TAGS    = $(shell pkg-config --exists webkit2gtk-4.0 2>/dev/null || echo webkit2_41)
APT_PACKAGES  := libgtk-3-dev pkg-config gcc xvfb xauth chromium gnome-keyring dbus dbus-x11 \
                 imagemagick xdotool curl
BIN           := build/bin/zensync
# One version from git (.ci/version.sh), linked into every build: `zensync --version`, Settings →
# About, the packages' metadata and the Windows file properties.
VERSION       := $(shell .ci/version.sh)
LDFLAGS       := -X zensync/app.Version=$(VERSION)
# make package: nfpm (pinned; installed with go install) and the Debian tools for the packages and
# their tests (makensis for the Windows installer, lintian, appstreamcli, Wine and MinGW for the
# Windows tests under Wine).
NFPM_VERSION  := v2.45.2
NFPM          := $(GOBIN)/nfpm
PACKAGE_APT   := nsis lintian appstream wine64 gcc-mingw-w64-x86-64-win32 file gettext-base binutils
DEMO_DIR      ?= $(CURDIR)/build/demo

.PHONY: run build demo test test-go test-keyring test-frontend test-e2e test-smoke bench deps \
        deps-system deps-wails deps-npm bindings clean package test-package \
        test-windows deps-package

## run: install what is missing, build, open the window.
run: build
	./$(BIN)

## build: the production binary at build/bin/zensync.
build: deps bindings
	cd frontend && npm run build
	$(WAILS) build -s -m -skipbindings -tags "$(WEBKIT_TAGS)" -ldflags "$(LDFLAGS)" -o zensync

## demo: a seeded local Zendesk emulator and the app pointed at it (data in build/demo).
demo: build
	.ci/demo.sh

## test: every test — Go (-race), keyring against a real Secret Service, front-end unit tests,
## browser tests in Debian's Chromium, and the window smoke test under Xvfb.
test: deps bindings test-go test-keyring test-frontend build test-e2e test-smoke test-windows test-package
	@echo "make test: all suites passed"

test-go:
	$(GO) vet ./...
	$(GO) test -race -count=1 -timeout 20m ./...

test-keyring:
	XDG_DATA_HOME=$$(mktemp -d) dbus-run-session -- bash -c 'echo -n zensync | gnome-keyring-daemon --unlock --components=secrets >/dev/null && ZENSYNC_KEYRING_TESTS=1 $(GO) test -count=1 -v -run Keyring ./backend/secrets/...'

test-frontend: deps-npm bindings
	cd frontend && npm test

# The browser tests serve frontend/dist and run build/bin/zensync's emulator: both come from build.
test-e2e: build
	.ci/e2e.sh

test-smoke:
	.ci/smoke.sh

## package: the Linux packages, the tarball, the Windows .exe and installer, SHA256SUMS, in build/dist.
package: build deps-package
	ZENSYNC_VERSION="$(VERSION)" NFPM=$(NFPM) WAILS=$(WAILS) WEBKIT_TAGS="$(WEBKIT_TAGS)" .ci/package.sh

## test-package: lintian, then the .deb installed (as root with CI=true) or unpacked, its version,
## its window under Xvfb, its removal; the Windows files are GUI executables with the version.
test-package: package
	ZENSYNC_VERSION="$(VERSION)" .ci/package-test.sh

## test-windows: the backend's Go tests compiled for Windows, run under Wine.
test-windows: deps-package
	.ci/wine-test.sh

deps-package:
	@$(MAKE) --no-print-directory deps-system APT_PACKAGES="$(PACKAGE_APT)"
	@if ! $(GO) version -m $(NFPM) 2>/dev/null | grep -q "nfpm/v2[[:space:]]*$(NFPM_VERSION)"; then \
	  echo "Installing nfpm $(NFPM_VERSION)"; \
	  $(GO) install github.com/goreleaser/nfpm/v2/cmd/nfpm@$(NFPM_VERSION); \
	fi

## bench: benchmarks with readable tables; figures also in build/bench/results.json.
bench: deps build
	@$(MAKE) --no-print-directory deps-system APT_PACKAGES="jq" # .ci/webview-cpu.sh merges its figures with jq
	mkdir -p build/bench
	ZENSYNC_BENCH_RESULTS=$(CURDIR)/build/bench/results.json $(GO) test -run '^$$' -bench . -benchtime 1x -timeout 30m ./backend/bench/ | tee build/bench/bench.txt
	$(GO) test -run '^$$' -bench . -benchtime 3x ./backend/emulator/ | tee -a build/bench/bench.txt
	bash .ci/webview-cpu.sh build/bench/results.json
	@echo; echo "results: build/bench/results.json"; cat build/bench/results.json

## bindings: the TypeScript bindings of the Go facade in frontend/wailsjs, generated (git ignores
## them) when missing or older than the Go code they describe. Generating compiles the app (cgo:
## GTK and WebKitGTK headers) and runs it in a bindings mode with a throw-away data folder.
BINDINGS    := frontend/wailsjs/go/models.ts
BINDINGS_GO := $(shell find app backend -name '*.go' -not -name '*_test.go' 2>/dev/null) go.mod

bindings: $(BINDINGS)

$(BINDINGS): $(BINDINGS_GO) | deps-wails
	@$(MAKE) --no-print-directory deps-system APT_PACKAGES="libgtk-3-dev pkg-config gcc"
	$(WAILS) generate module -tags "$(WEBKIT_TAGS)"
	@test -f $@ || { echo "wails generate module wrote no $@"; exit 1; }
	@touch $@
	@echo "bindings: frontend/wailsjs generated"

deps: deps-system deps-wails deps-npm

deps-system:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if ! pkg-config --exists webkit2gtk-4.0 2>/dev/null && ! pkg-config --exists webkit2gtk-4.1 2>/dev/null; then \
	  missing="$$missing libwebkit2gtk-4.1-dev"; fi; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:" $$missing; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

deps-wails:
	@if ! $(WAILS) version 2>/dev/null | grep -q "$(WAILS_VERSION)"; then \
	  echo "Installing the Wails CLI $(WAILS_VERSION)"; \
	  $(GO) install github.com/wailsapp/wails/v2/cmd/wails@$(WAILS_VERSION); \
	fi

deps-npm: frontend/node_modules/.package-lock.json

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

clean:
	rm -rf build/bin build/bench build/test-artifacts build/dist build/stage frontend/dist/assets frontend/node_modules \
	  frontend/wailsjs
