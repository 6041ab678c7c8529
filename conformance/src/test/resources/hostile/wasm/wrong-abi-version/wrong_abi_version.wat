;; Hostile fixture [wrong-abi-version]: A complete filter that claims ABI version 2.
;; Copied from runtime/src/test/resources/wasm/abi_version_2.wat (the runtime's own test).
;; Expected: INVALID_MODULE at load
;; Rebuild: wat2wasm wrong_abi_version.wat -o wrong_abi_version.wasm   (all fixtures: hostile/wasm/build.sh)
(module
  (memory (export "memory") 1)
  (func (export "dataflare_abi_version") (result i32) (i32.const 2))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_filter") (param i32 i32) (result i64) (i64.const 0)))
