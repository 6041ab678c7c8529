;; Test fixture: a filter_map that drops records with an empty value, keeps unchanged (len -1) the
;; records whose value starts with '=', and replaces every other value with its bytes reversed.
(module
  (memory (export "memory") 2)
  (global $INPUT i32 (i32.const 65536))
  (global $cap (mut i32) (i32.const 0))

  (func (export "dataflare_abi_version") (result i32) (i32.const 1))

  (func $ensure (param $end i32) (result i32)
    (local $have i32)
    (local.set $have (i32.shl (memory.size) (i32.const 16)))
    (if (i32.le_u (local.get $end) (local.get $have)) (then (return (i32.const 1))))
    (i32.ne (memory.grow (i32.shr_u (i32.add (i32.sub (local.get $end) (local.get $have))
                                             (i32.const 65535)) (i32.const 16)))
            (i32.const -1)))

  (func (export "dataflare_alloc") (param $size i32) (result i32)
    (if (i32.eqz (call $ensure (i32.add (global.get $INPUT) (local.get $size))))
      (then (return (i32.const 0))))
    (global.set $cap (local.get $size))
    (global.get $INPUT))

  (func (export "dataflare_filter_map") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $out i32) (local $w i32) (local $i i32) (local $d i32)
    (local $value i32) (local $len i32) (local $j i32) (local $entries i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (local.set $out (i32.and (i32.add (i32.add (global.get $INPUT) (global.get $cap)) (i32.const 7))
                             (i32.const -8)))
    (if (i32.eqz (call $ensure (i32.add (local.get $out)
          (i32.add (i32.add (i32.const 8) (i32.shl (local.get $count) (i32.const 3))) (local.get $in_len)))))
      (then unreachable))
    (local.set $w (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $record
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $d (i32.add (local.get $in) (i32.add (i32.const 8) (i32.mul (local.get $i) (i32.const 48)))))
        (local.set $value (i32.add (local.get $in) (i32.load (local.get $d))))
        (local.set $len (i32.load offset=4 (local.get $d)))
        (if (i32.ne (local.get $len) (i32.const 0))
          (then
            (i32.store (local.get $w) (local.get $i))
            (if (i32.eq (i32.load8_u (local.get $value)) (i32.const 61)) ;; '='
              (then
                (i32.store offset=4 (local.get $w) (i32.const -1))
                (local.set $w (i32.add (local.get $w) (i32.const 8))))
              (else
                (i32.store offset=4 (local.get $w) (local.get $len))
                (local.set $j (i32.const 0))
                (loop $reverse
                  (i32.store8 offset=8 (i32.add (local.get $w) (local.get $j))
                    (i32.load8_u (i32.add (local.get $value)
                                          (i32.sub (i32.sub (local.get $len) (local.get $j)) (i32.const 1)))))
                  (local.set $j (i32.add (local.get $j) (i32.const 1)))
                  (br_if $reverse (i32.lt_u (local.get $j) (local.get $len))))
                (local.set $w (i32.add (local.get $w) (i32.add (i32.const 8) (local.get $len))))))
            (local.set $entries (i32.add (local.get $entries) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (i32.store (local.get $out) (i32.const 0))
    (i32.store offset=4 (local.get $out) (local.get $entries))
    (i64.or (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
            (i64.extend_i32_u (i32.sub (local.get $w) (local.get $out))))))
