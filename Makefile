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
UI_SOURCES := $(shell find agentdesk/ui -name '*.py') agentdesk/store/settings.py \
	$(wildcard agentdesk/backends/*.py)

.PHONY: demo test check lint format pytest bench screenshot translations update-translations clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Compiled translations (.qm) are built from the .ts sources, never committed.
agentdesk/translations/%.qm: agentdesk/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# Refresh the .ts sources from the code (then translate them in Qt Linguist or by hand).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts $(TS_FILES)

demo: $(STAMP) translations
	$(BIN)/agentdesk --demo

test: check pytest

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Every figure of docs/PERFORMANCE.md, one line each (about 15 minutes; run it on an idle machine).
BENCHES := startup.py state_latency.py history_view.py gui_soak.py soak.py \
	"idle.py" "idle.py --hidden" "idle.py --no-gui" naive_polling.py
bench: $(STAMP) translations
	@for bench in $(BENCHES); do echo "== bench/$$bench"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python bench/$$bench || exit 1; done

screenshot: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb $(BIN)/python tools/screenshot.py docs
	xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb $(BIN)/python tools/screenshot.py docs --language cs
	xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb $(BIN)/python tools/screenshot.py docs --dark

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache $(QM_FILES)
