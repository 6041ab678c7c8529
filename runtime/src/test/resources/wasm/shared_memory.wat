;; Test fixture: a filter that declares a shared memory (the threads proposal), which plugins
;; cannot use: each instance has a memory of its own, used by one thread at a time.
(module
  (memory (export "memory") 1 1 shared)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_filter") (param i32 i32) (result i64)
    (i32.store (i32.const 0) (i32.const 0))
    (i32.store (i32.const 4) (i32.const 0))
    (i64.const 8)))
