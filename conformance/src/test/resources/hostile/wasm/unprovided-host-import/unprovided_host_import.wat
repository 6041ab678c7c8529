;; Hostile fixture [unprovided-host-import]: A complete filter that imports env.abort, which no DataFlare runtime provides.
;; Copied from runtime/src/test/resources/wasm/imports_env.wat (the runtime's own test).
;; Expected: POLICY_VIOLATION at load
;; Rebuild: wat2wasm unprovided_host_import.wat -o unprovided_host_import.wasm   (all fixtures: hostile/wasm/build.sh)
(module
  (import "env" "abort" (func $abort (param i32)))
  (memory (export "memory") 1)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_filter") (param i32 i32) (result i64) (i64.const 0)))
