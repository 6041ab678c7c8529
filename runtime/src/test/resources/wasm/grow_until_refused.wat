;; Test fixture: a filter whose memory may grow to 64 pages (4 MiB); each call grows the memory
;; a page at a time until refused, then keeps no record. The memory size left shows the limit.
(module
  (memory (export "memory") 1 64)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_filter") (param i32 i32) (result i64)
    (loop $grow (br_if $grow (i32.ne (memory.grow (i32.const 1)) (i32.const -1))))
    (i32.store (i32.const 0) (i32.const 0))
    (i32.store (i32.const 4) (i32.const 0))
    (i64.const 8)))
