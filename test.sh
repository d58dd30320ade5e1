#!/usr/bin/env bash
# Runs every test: unit tests beside the code, and the end-to-end tests that run the built
# distribution's bin/jk6 against a local HTTP server on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")"
. ./jdk25.sh
. ./backends.sh
# -T 1C: modules build and test side by side where the reactor allows (the itests beside the
# distribution's end-to-end tests), one thread per core.
exec mvn -B --no-transfer-progress -T 1C verify "$@"
