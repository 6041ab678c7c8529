;; Test fixture, planted bug: a crash on an empty value.
;; A filter that keeps every record, but traps (unreachable) on a record whose value is empty.
;; The robust contract catches it, and shrinks the input to one record with an empty value.
;; Rebuild: wat2wasm empty_trap.wat -o empty_trap.wasm
(module
  (memory (export "memory") 2)
  (global $INPUT i32 (i32.const 65536))
  (global $input_cap (mut i32) (i32.const 0))

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
    (local $count i32) (local $out i32) (local $i i32)
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
        ;; value_len is at +4 of the record's 48-byte descriptor, which starts at in + 8 + 48 i
        (if (i32.eqz (i32.load offset=12 (i32.add (local.get $in) (i32.mul (local.get $i) (i32.const 48)))))
          (then unreachable))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (local.get $i))
        (i32.store offset=12 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (i32.const -1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (i32.store (local.get $out) (i32.const 0))
    (i32.store offset=4 (local.get $out) (local.get $count))
    (i64.or
      (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
      (i64.extend_i32_u (i32.add (i32.const 8) (i32.shl (local.get $count) (i32.const 3)))))))
