;; Hostile fixture [init-loops]: A filter whose dataflare_init never returns: it spins in a `br_if` loop, so creating
;; an instance (at load, and whenever the pool makes one) has to be stopped at the deadline.
;; Expected: TIMEOUT at load, in both execution modes
;; Rebuild: wat2wasm init_loops.wat -o init_loops.wasm   (all fixtures: hostile/wasm/build.sh)
(module
  (memory (export "memory") 1)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_init") (param i32 i32) (result i32)
    (local $n i32)
    (loop $spin
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $spin (i32.const 1)))
    (i32.const 0))
  (func (export "dataflare_filter") (param i32 i32) (result i64) (i64.const 0)))
