;; Test fixture, planted bug: memory that grows with every call.
;; A map that passes every record on unchanged, but takes its output buffer and a 4 KiB scratch
;; area from a bump pointer it never moves back, growing the memory as it goes: each call leaks.
;; The pool_hygiene contract catches it by watching the linear memory over many calls.
;; Rebuild: wat2wasm leaky_map.wat -o leaky_map.wasm
(module
  (memory (export "memory") 2)
  (global $INPUT i32 (i32.const 65536))
  (global $input_cap (mut i32) (i32.const 0))
  (global $next (mut i32) (i32.const 0))

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
    ;; the leaked areas start after the input region
    (global.set $next
      (i32.and (i32.add (i32.add (global.get $INPUT) (local.get $size)) (i32.const 7)) (i32.const -8)))
    (global.get $INPUT))

  (func (export "dataflare_map") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $out i32) (local $i i32) (local $size i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (local.set $size (i32.add (i32.const 8) (i32.shl (local.get $count) (i32.const 3))))
    (local.set $out (global.get $next))
    ;; the output and a 4 KiB scratch area, never given back
    (global.set $next
      (i32.and (i32.add (i32.add (local.get $out) (i32.add (local.get $size) (i32.const 4096)))
                        (i32.const 7))
               (i32.const -8)))
    (if (i32.eqz (call $ensure (global.get $next))) (then unreachable))
    (block $done
      (loop $record
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (local.get $i))
        (i32.store offset=12 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (i32.const -1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (i32.store (local.get $out) (i32.const 0))
    (i32.store offset=4 (local.get $out) (local.get $count))
    (i64.or
      (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
      (i64.extend_i32_u (local.get $size)))))
