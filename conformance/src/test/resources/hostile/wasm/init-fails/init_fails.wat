;; Hostile fixture [init-fails]: A filter whose dataflare_init returns 7 (failure).
;; Copied from runtime/src/test/resources/wasm/init_fails.wat (the runtime's own test).
;; Expected: PLUGIN_ERROR at load (dataflare_init returned [7])
;; Rebuild: wat2wasm init_fails.wat -o init_fails.wasm   (all fixtures: hostile/wasm/build.sh)
(module
  (memory (export "memory") 1)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_init") (param i32 i32) (result i32) (i32.const 7))
  (func (export "dataflare_filter") (param i32 i32) (result i64) (i64.const 0)))
