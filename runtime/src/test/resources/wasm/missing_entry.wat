;; Test fixture: a module with the common exports but no entry point at all.
(module
  (memory (export "memory") 1)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024)))
