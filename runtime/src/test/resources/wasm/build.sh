#!/usr/bin/env sh
# Rebuilds every test fixture module from its WAT source with WABT's wat2wasm (Debian: wabt).
# The .wasm files are committed; run this after changing a .wat file.
set -eu
cd "$(dirname "$0")"
for source in *.wat; do
  wat2wasm --enable-extended-const --enable-threads "$source" -o "${source%.wat}.wasm"
done
