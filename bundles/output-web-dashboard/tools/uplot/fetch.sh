#!/bin/sh
# Vendors uPlot (MIT, https://github.com/leeoniya/uPlot), the charts of the dashboard page and
# report, from the npm registry into src/main/resources/.../uplot/: the minified IIFE build, its
# CSS and its licence. The page inlines them, so the report needs no network. Needs npm (or curl
# and sha512sum); the Maven build does not run this: the files are committed.
set -eu
VERSION=1.6.32
INTEGRITY=sha512-KIMVnG68zvu5XXUbC4LQEPnhwOxBuLyW1AHtpm6IKTXImkbLgkMy+jabjLgSLMasNuGGzQm/ep3tOkyTxpiQIw==
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/main/resources/io/jk6/output/webdashboard/uplot"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
curl -fsS -o uplot.tgz "https://registry.npmjs.org/uplot/-/uplot-$VERSION.tgz"
# the registry's integrity string for this version: a changed tarball is refused
actual="sha512-$(openssl dgst -sha512 -binary uplot.tgz | base64 -w0)"
[ "$actual" = "$INTEGRITY" ] || { echo "uplot-$VERSION.tgz: integrity $actual, expected $INTEGRITY" >&2; exit 1; }
tar xzf uplot.tgz
mkdir -p "$out"
cp package/dist/uPlot.iife.min.js package/dist/uPlot.min.css "$out/"
{ echo "uPlot $VERSION (npm: uplot, https://github.com/leeoniya/uPlot), MIT licence:"; echo; cat package/LICENSE; } > "$out/LICENSE.txt"
