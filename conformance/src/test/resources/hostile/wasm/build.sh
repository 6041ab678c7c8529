#!/usr/bin/env sh
# Rebuilds every hostile WASM fixture from its WAT source with WABT's wat2wasm (Debian: wabt).
# The .wasm files are committed; run this after changing a .wat file. Each call-time fixture
# repeats the same small keep-all skeleton on purpose, so that every source reads on its own.
set -eu
cd "$(dirname "$0")"
for source in */*.wat; do
  case "$source" in
    truncated/*)
      # a complete module, cut inside its sections
      wat2wasm "$source" -o "${TMPDIR:-/tmp}/truncated-full.wasm"
      head -c 60 "${TMPDIR:-/tmp}/truncated-full.wasm" > "${source%.wat}.wasm"
      ;;
    *)
      wat2wasm "$source" -o "${source%.wat}.wasm"
      ;;
  esac
done
# not-webassembly/module.wasm is a text file on purpose and has no source.
