;; Test fixture: a complete filter that claims ABI version 2.
(module
  (memory (export "memory") 1)
  (func (export "dataflare_abi_version") (result i32) (i32.const 2))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_filter") (param i32 i32) (result i64) (i64.const 0)))
