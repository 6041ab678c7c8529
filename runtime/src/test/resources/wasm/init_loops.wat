;; Test fixture: a filter whose dataflare_init never returns.
(module
  (memory (export "memory") 1)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_init") (param i32 i32) (result i32) (loop $forever (br $forever)) (i32.const 0))
  (func (export "dataflare_filter") (param i32 i32) (result i64) (i64.const 0)))
