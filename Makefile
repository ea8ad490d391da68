# Two commands on a fresh Linux machine with Python 3.11+ and make:
#   make demo   set up .venv if missing and open AgentDesk against the simulated call centre
#   make test   set up .venv if missing and run the checks and every test headless
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

LANGUAGES := cs ru es
TS_FILES := $(LANGUAGES:%=agentdesk/translations/agentdesk_%.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
UI_SOURCES := $(shell find agentdesk/ui -name '*.py') agentdesk/store/settings.py agentdesk/vendors.py \
	$(shell find agentdesk/backends -name "*.py")

.PHONY: system-deps-demo system-deps-test demo test check lint format pytest bench screenshot translations update-translations clean \
	install-desktop uninstall-desktop dist package

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Compiled translations (.qm) are built from the .ts sources and committed with them, so that a
# wheel or `pipx install .` carries them; tests/ui/test_i18n.py fails when they differ.
agentdesk/translations/%.qm: agentdesk/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# Refresh the .ts sources from the code (then translate them in Qt Linguist or by hand).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts $(TS_FILES)

# The Debian packages beside the Python ones (tools/system-deps.sh: installs them as root,
# otherwise prints the one apt-get line and stops).
system-deps-demo:
	@sh tools/system-deps.sh demo
system-deps-test:
	@sh tools/system-deps.sh test

demo: system-deps-demo $(STAMP) translations
	$(BIN)/agentdesk --demo

test: system-deps-test check pytest

pytest: system-deps-test $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Every figure of docs/PERFORMANCE.md, one line each, with its floor and goal where it has
# them (about 50 minutes: the idle ones measure 10 minutes each; run it on an idle machine).
# Offscreen, then the start-up and the idle desk again on a real X server (Xvfb, xcb).
BENCHES := startup.py state_latency.py history_view.py gui_soak.py soak.py \
	"idle.py" "idle.py --hidden" "idle.py --no-gui" naive_polling.py relay.py
XCB_BENCHES := "startup.py --xcb" "idle.py" "idle.py --hidden"
XVFB := xvfb-run -a -s "-screen 0 1280x900x24"
bench: $(STAMP) translations
	@for bench in $(BENCHES); do echo "== bench/$$bench"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python bench/$$bench || exit 1; done
	@for bench in $(XCB_BENCHES); do echo "== bench/$$bench (xcb, Xvfb)"; \
		$(XVFB) env QT_QPA_PLATFORM=xcb $(BIN)/python bench/$$bench || exit 1; done

screenshot: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb $(BIN)/python tools/screenshot.py docs
	xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb $(BIN)/python tools/screenshot.py docs --language cs
	xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb $(BIN)/python tools/screenshot.py docs --dark

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# The desktop entry, AppStream metainfo and icons for the current user, and AgentDesk as the
# handler of tel:, callto: and sip: links. Exec points at this checkout's agentdesk unless
# AGENTDESK names another (e.g. AGENTDESK=agentdesk after `pipx install .`).
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
AGENTDESK ?= $(abspath $(BIN))/agentdesk
ICON_SIZES := 16 22 24 32 48 64 128 256 512
LINK_SCHEMES := tel callto sip
install-desktop: $(STAMP)
	install -d "$(DATA_HOME)/applications" "$(DATA_HOME)/metainfo" \
		"$(DATA_HOME)/icons/hicolor/scalable/apps"
	sed -e 's#^Exec=agentdesk #Exec=$(AGENTDESK) #' -e 's#^TryExec=agentdesk$$#TryExec=$(AGENTDESK)#' \
		packaging/linux/agentdesk.desktop > "$(DATA_HOME)/applications/agentdesk.desktop"
	install -m644 packaging/linux/io.github.agentdesk.AgentDesk.metainfo.xml "$(DATA_HOME)/metainfo/"
	install -m644 agentdesk/resources/icons/agentdesk.svg \
		"$(DATA_HOME)/icons/hicolor/scalable/apps/agentdesk.svg"
	for size in $(ICON_SIZES); do install -Dm644 agentdesk/resources/icons/agentdesk-$$size.png \
		"$(DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/agentdesk.png" || exit 1; done
	-update-desktop-database -q "$(DATA_HOME)/applications" 2>/dev/null
	-gtk-update-icon-cache -q -t "$(DATA_HOME)/icons/hicolor" 2>/dev/null
	for scheme in $(LINK_SCHEMES); do xdg-mime default agentdesk.desktop x-scheme-handler/$$scheme || exit 1; done
	@echo "tel: links open with: $$(xdg-mime query default x-scheme-handler/tel)"

uninstall-desktop:
	rm -f "$(DATA_HOME)/applications/agentdesk.desktop" \
		"$(DATA_HOME)/metainfo/io.github.agentdesk.AgentDesk.metainfo.xml" \
		"$(DATA_HOME)/icons/hicolor/scalable/apps/agentdesk.svg"
	for size in $(ICON_SIZES); do rm -f "$(DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/agentdesk.png"; done
	$(PYTHON) packaging/linux/remove_link_handler.py agentdesk.desktop \
		$(addprefix x-scheme-handler/,$(LINK_SCHEMES))
	-update-desktop-database -q "$(DATA_HOME)/applications" 2>/dev/null

# A wheel and an sdist in dist/, translations compiled and icons inside.
dist: $(STAMP) translations
	rm -rf dist/*.whl dist/*.tar.gz
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .
	@ls -la dist/*.whl

# A one-folder PyInstaller bundle, dist/agentdesk/ (AgentDesk.app too on macOS), and its smoke
# test: --version, ctl --help, the keyring, the Qt plugins, the demo offscreen (5 s, a tel:
# link, terminate; each vendor's demo paints and quits). About a minute on 2 cores.
PYINSTALLER := pyinstaller>=6.10,<7
package: $(STAMP) translations
	$(BIN)/python -m pip install --quiet '$(PYINSTALLER)'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build \
		packaging/pyinstaller/agentdesk.spec
	$(BIN)/python packaging/check_bundle.py dist/agentdesk
