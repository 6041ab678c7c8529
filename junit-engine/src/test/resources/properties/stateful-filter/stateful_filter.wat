;; Test fixture, planted bug: state kept in a global across calls.
;; A filter that keeps every other record it has ever seen: the count lives in a global that
;; survives from one call to the next, and the module exports no dataflare_reset, so a pooled
;; instance passes it on to its next caller. The deterministic and pool_hygiene contracts catch it.
;; Rebuild: wat2wasm stateful_filter.wat -o stateful_filter.wasm
(module
  (memory (export "memory") 2)
  (global $INPUT i32 (i32.const 65536))
  (global $input_cap (mut i32) (i32.const 0))
  (global $seen (mut i32) (i32.const 0))

  (func (export "dataflare_abi_version") (result i32) (i32.const 1))

  (func $ensure (param $end i32) (result i32)
    (local $have i32)
    (local.set $have (i32.shl (memory.size) (i32.const 16)))
    (if (i32.le_u (local.get $end) (local.get $have)) (then (return (i32.const 1))))
    (i32.ne
      (memory.grow
        (i32.shr_u (i32.add (i32.sub (local.get $end) (local.get $have)) (i32.const 65535))
                   (i32.const 16)))
      (i32.const -1)))

  (func (export "dataflare_alloc") (param $size i32) (result i32)
    (if (i32.eqz (call $ensure (i32.add (global.get $INPUT) (local.get $size))))
      (then (return (i32.const 0))))
    (global.set $input_cap (local.get $size))
    (global.get $INPUT))

  (func (export "dataflare_filter") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $out i32) (local $kept i32) (local $i i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (local.set $out
      (i32.and (i32.add (i32.add (global.get $INPUT) (global.get $input_cap)) (i32.const 7))
               (i32.const -8)))
    (if (i32.eqz (call $ensure
          (i32.add (local.get $out) (i32.add (i32.const 8) (i32.shl (local.get $count) (i32.const 3))))))
      (then unreachable))
    (block $done
      (loop $record
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (if (i32.eqz (i32.and (global.get $seen) (i32.const 1)))
          (then
            (i32.store offset=8
              (i32.add (local.get $out) (i32.shl (local.get $kept) (i32.const 3))) (local.get $i))
            (i32.store offset=12
              (i32.add (local.get $out) (i32.shl (local.get $kept) (i32.const 3))) (i32.const -1))
            (local.set $kept (i32.add (local.get $kept) (i32.const 1)))))
        (global.set $seen (i32.add (global.get $seen) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (i32.store (local.get $out) (i32.const 0))
    (i32.store offset=4 (local.get $out) (local.get $kept))
    (i64.or
      (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
      (i64.extend_i32_u (i32.add (i32.const 8) (i32.shl (local.get $kept) (i32.const 3)))))))
