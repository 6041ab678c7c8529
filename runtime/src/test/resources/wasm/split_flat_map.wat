;; Test fixture: a flat_map that splits each value on ',' and emits every part, empty parts
;; included ("a,,b" emits "a", "", "b"); an empty value emits nothing.
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

  ;; Writes one entry for part [start, end) of the value; returns where the next entry goes.
  (func $emit (param $w i32) (param $source i32) (param $start i32) (param $end i32) (result i32)
    (i32.store (local.get $w) (local.get $source))
    (i32.store offset=4 (local.get $w) (i32.sub (local.get $end) (local.get $start)))
    (memory.copy (i32.add (local.get $w) (i32.const 8)) (local.get $start)
                 (i32.sub (local.get $end) (local.get $start)))
    (i32.add (local.get $w) (i32.add (i32.const 8) (i32.sub (local.get $end) (local.get $start)))))

  (func (export "dataflare_flat_map") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $out i32) (local $w i32) (local $i i32) (local $d i32)
    (local $p i32) (local $end i32) (local $start i32) (local $entries i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (local.set $out (i32.and (i32.add (i32.add (global.get $INPUT) (global.get $cap)) (i32.const 7))
                             (i32.const -8)))
    ;; at most one entry per value byte plus one per record
    (if (i32.eqz (call $ensure (i32.add (local.get $out)
          (i32.add (i32.const 8) (i32.mul (i32.add (local.get $in_len) (local.get $count)) (i32.const 9))))))
      (then unreachable))
    (local.set $w (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $record
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $d (i32.add (local.get $in) (i32.add (i32.const 8) (i32.mul (local.get $i) (i32.const 48)))))
        (local.set $p (i32.add (local.get $in) (i32.load (local.get $d))))
        (local.set $end (i32.add (local.get $p) (i32.load offset=4 (local.get $d))))
        (if (i32.lt_u (local.get $p) (local.get $end))
          (then
            (local.set $start (local.get $p))
            (block $parts_done
              (loop $scan
                (if (i32.ge_u (local.get $p) (local.get $end))
                  (then
                    (local.set $w (call $emit (local.get $w) (local.get $i) (local.get $start) (local.get $p)))
                    (local.set $entries (i32.add (local.get $entries) (i32.const 1)))
                    (br $parts_done)))
                (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 44)) ;; ','
                  (then
                    (local.set $w (call $emit (local.get $w) (local.get $i) (local.get $start) (local.get $p)))
                    (local.set $entries (i32.add (local.get $entries) (i32.const 1)))
                    (local.set $start (i32.add (local.get $p) (i32.const 1)))))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (br $scan)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (i32.store (local.get $out) (i32.const 0))
    (i32.store offset=4 (local.get $out) (local.get $entries))
    (i64.or (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
            (i64.extend_i32_u (i32.sub (local.get $w) (local.get $out))))))
