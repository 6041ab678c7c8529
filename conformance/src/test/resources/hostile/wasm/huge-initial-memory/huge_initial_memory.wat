;; Hostile fixture [huge-initial-memory]: A filter declaring 65536 pages (4 GiB, the most wasm32 allows) of initial memory.
;; Adapted from runtime/src/test/resources/wasm/big_initial_memory.wat (the runtime's own test).
;; Expected: MEMORY_LIMIT at load (checked before any memory is allocated)
;; Rebuild: wat2wasm huge_initial_memory.wat -o huge_initial_memory.wasm   (all fixtures: hostile/wasm/build.sh)
(module
  (memory (export "memory") 65536)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_filter") (param i32 i32) (result i64) (i64.const 0)))
