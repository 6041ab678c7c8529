;; Test fixture: an aggregate without dataflare_reset, which ABI 1 requires of aggregates.
(module
  (memory (export "memory") 1)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_aggregate") (param i32 i32) (result i64) (i64.const 0)))
