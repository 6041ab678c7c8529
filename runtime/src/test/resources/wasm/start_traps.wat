;; Test fixture: a filter whose start function traps while the instance is created.
(module
  (memory (export "memory") 1)
  (func $start unreachable)
  (start $start)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_filter") (param i32 i32) (result i64) (i64.const 0)))
