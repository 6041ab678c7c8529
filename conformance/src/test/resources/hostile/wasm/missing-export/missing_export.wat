;; Hostile fixture [missing-export]: A module with the common exports but no entry point (dataflare_filter) at all.
;; Copied from runtime/src/test/resources/wasm/missing_entry.wat (the runtime's own test).
;; Expected: INVALID_MODULE at load
;; Rebuild: wat2wasm missing_export.wat -o missing_export.wasm   (all fixtures: hostile/wasm/build.sh)
(module
  (memory (export "memory") 1)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024)))
