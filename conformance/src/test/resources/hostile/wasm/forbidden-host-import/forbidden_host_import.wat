;; Hostile fixture [forbidden-host-import]: A complete filter that imports the host function dataflare.log, which the runtime
;; provides, without asking for it under [permissions] in its plugin.toml.
;; Expected: POLICY_VIOLATION at load
;; Rebuild: wat2wasm forbidden_host_import.wat -o forbidden_host_import.wasm   (all fixtures: hostile/wasm/build.sh)
(module
  (import "dataflare" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_filter") (param i32 i32) (result i64) (i64.const 0)))
