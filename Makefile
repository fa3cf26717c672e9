# The two commands a newcomer needs: `make run` and `make test`. Everything else is for developers.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint pytest pytest-languages bench install translations sysdeps sysdeps-run screenshots clean \
	frozen frozen-test package package-test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $@

install: $(STAMP) translations

## make translations: build the .qm (GUI) and .mo (command line) files from resources/i18n/ (not committed)
translations: $(STAMP)
	$(PY) packaging/build_translations.py

## make run: create .venv, install, launch the app
run: sysdeps-run $(STAMP) translations
	$(PY) main.py

## make test: create .venv, install, install the system packages the tests need, lint, type-check, test
test: sysdeps $(STAMP) translations lint pytest pytest-languages frozen-test

sysdeps:
	bash .ci/system-packages test

sysdeps-run:
	bash .ci/system-packages run

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

pytest: $(STAMP) translations
	bash .ci/with-session $(PY) -m pytest $(PYTEST_ARGS)

## The unit and integration tests again in Welsh and in the pseudo-language (docs/translation.md, Tests): every
## sentence they make comes out in that language; the tests that check English words are marked `english`.
pytest-languages: $(STAMP) translations
	CARERPASSPORT_LANGUAGE=cy bash .ci/with-session $(PY) -m pytest -q tests/unit tests/integration
	CARERPASSPORT_LANGUAGE=en-XA bash .ci/with-session $(PY) -m pytest -q tests/unit tests/integration

## make bench: performance figures as JSON in benchmarks/results/
bench: $(STAMP) frozen
	bash .ci/system-packages bench
	bash .ci/with-session $(PY) benchmarks/run.py

## make frozen: the one-folder build of both programs, build/dist/carerpassport (packaging/README.md)
PACKAGING := $(VENV)/.packaging
$(PACKAGING): $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	touch $@
PYINSTALLER = $(VENV)/bin/pyinstaller --noconfirm --log-level WARN
frozen: $(PACKAGING) translations
	$(PYINSTALLER) --distpath build/dist --workpath build/pyinstaller packaging/pyinstaller/carerpassport.spec

## make frozen-test: the end-to-end journeys again, against the frozen programs (and a frozen GUI driver)
frozen-test: $(PACKAGING) translations
	CARERPASSPORT_FREEZE_GUI_DRIVER=1 $(PYINSTALLER) --distpath build/frozen-test --workpath build/pyinstaller-test \
		packaging/pyinstaller/carerpassport.spec
	CARERPASSPORT_TEST_PROGRAM=$(CURDIR)/build/frozen-test/carerpassport/carerpassport \
	CARERPASSPORT_TEST_GUI_DRIVER=$(CURDIR)/build/frozen-test/gui-driver/gui-driver \
		bash .ci/with-session $(PY) -m pytest -q tests/frozen tests/e2e

## make package: the Debian package build/carerpassport_VERSION_ARCH.deb, from the frozen folder
package: frozen
	bash .ci/system-packages package
	$(PY) packaging/linux/build_deb.py build/dist/carerpassport build

## make package-test: install the .deb in a pristine Debian 12 root (debootstrap) and use it there; needs root
package-test: package
	bash packaging/linux/clean_room_test.sh $$(ls -t build/carerpassport_*.deb | head -1) build/package-test.log

## make screenshots: regenerate docs/screenshots/ (the UI tests save their pictures there instead of a temp folder)
screenshots: $(STAMP) translations
	CARERPASSPORT_SCREENSHOTS=$(CURDIR)/docs/screenshots bash .ci/with-session $(PY) -m pytest -q tests/ui

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm resources/i18n/locale
