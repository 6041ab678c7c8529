;; Test fixture: a filter declaring 2000 pages (125 MiB) of initial memory, above a 64 MiB limit.
(module
  (memory (export "memory") 2000)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_filter") (param i32 i32) (result i64) (i64.const 0)))
