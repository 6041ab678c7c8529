;; Test fixture of the quality module: a filter that imports dataflare.log, for a plugin.toml that
;; does not ask for it. Rebuild: wat2wasm logs_without_permission.wat -o logs_without_permission.wasm
(module
  (import "dataflare" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 2)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param $size i32) (result i32) (i32.const 65536))
  (func (export "dataflare_filter") (param $in i32) (param $len i32) (result i64)
    (call $log (i32.const 1) (i32.const 0) (i32.const 0))
    (i64.const 0)))
