#!/usr/bin/env bash
# Runs every test: unit tests beside the code, and the end-to-end tests that run the built
# distribution's bin/jk6 against a local HTTP server on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")"
. ./jdk25.sh
. ./backends.sh
exec mvn -B --no-transfer-progress verify "$@"
