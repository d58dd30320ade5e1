#!/bin/sh
# Rebuilds src/main/resources/io/jk6/engine/js/sucrase.min.js, the TypeScript transform jk6 runs
# in GraalJS for .ts scripts: sucrase bundled by esbuild into one file (both from the npm
# registry). Needs node and npm; the Maven build does not run this: the output is committed.
set -eu
SUCRASE=3.35.1
ESBUILD=0.25.0
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/main/resources/io/jk6/engine/js"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts "sucrase@$SUCRASE" "esbuild@$ESBUILD" >/dev/null
cp "$here/entry.js" .
./node_modules/.bin/esbuild entry.js --bundle --minify --format=iife --platform=neutral \
  --main-fields=module,main --target=es2020 --legal-comments=none --outfile="$out/sucrase.min.js"
{
  echo "sucrase.min.js bundles these npm packages (esbuild $ESBUILD, tools/sucrase/build.sh):"
  for p in sucrase lines-and-columns ts-interface-checker @jridgewell/gen-mapping @jridgewell/sourcemap-codec \
      @jridgewell/set-array @jridgewell/trace-mapping @jridgewell/resolve-uri; do
    [ -f "node_modules/$p/package.json" ] || continue
    node -e "const p=require('./node_modules/$p/package.json');console.log('\n== '+p.name+' '+p.version+' ('+p.license+')')"
    cat node_modules/$p/LICENSE* 2>/dev/null || true
  done
} > "$out/sucrase.LICENSES.txt"
