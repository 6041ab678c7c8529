;; Test fixture: a map that replaces each value with everything the host wrote about the record,
;; in one canonical layout the tests decode:
;;   u32 value_len, value, i32 key_len (-1: none), key, u32 meta_count, the metadata entries as
;;   the host wrote them (u32 klen, key, u32 vlen, value), then the 24 descriptor bytes from +24
;;   (i64 timestamp, i32 partition, u32 reserved, i64 offset).
;; A batch whose magic is not "DFB1" gets status 1 for the whole batch.
(module
  (memory (export "memory") 2)
  (global $INPUT i32 (i32.const 65536))
  (global $cap (mut i32) (i32.const 0))
  (data (i32.const 0) "input does not start with DFB1")

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

  (func $pack (param $ptr i32) (param $len i32) (result i64)
    (i64.or (i64.shl (i64.extend_i32_u (local.get $ptr)) (i64.const 32))
            (i64.extend_i32_u (local.get $len))))

  (func (export "dataflare_map") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $out i32) (local $w i32) (local $p i32) (local $i i32)
    (local $d i32) (local $n i32) (local $m_start i32) (local $m_end i32) (local $j i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (local.set $out (i32.and (i32.add (i32.add (global.get $INPUT) (global.get $cap)) (i32.const 7))
                             (i32.const -8)))
    (if (i32.eqz (call $ensure (i32.add (local.get $out)
          (i32.add (i32.add (i32.const 8) (i32.mul (local.get $count) (i32.const 44))) (local.get $in_len)))))
      (then unreachable))
    (if (i32.ne (i32.load (local.get $in)) (i32.const 0x31424644))
      (then
        (i32.store (local.get $out) (i32.const 1))
        (i32.store offset=4 (local.get $out) (i32.const -1))
        (i32.store offset=8 (local.get $out) (i32.const 30))
        (memory.copy (i32.add (local.get $out) (i32.const 12)) (i32.const 0) (i32.const 30))
        (return (call $pack (local.get $out) (i32.const 42)))))
    (i32.store (local.get $out) (i32.const 0))
    (i32.store offset=4 (local.get $out) (local.get $count))
    (local.set $w (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $record
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $d (i32.add (local.get $in) (i32.add (i32.const 8) (i32.mul (local.get $i) (i32.const 48)))))
        (i32.store (local.get $w) (local.get $i))
        (local.set $p (i32.add (local.get $w) (i32.const 8)))
        ;; value
        (local.set $n (i32.load offset=4 (local.get $d)))
        (i32.store (local.get $p) (local.get $n))
        (memory.copy (i32.add (local.get $p) (i32.const 4))
                     (i32.add (local.get $in) (i32.load (local.get $d))) (local.get $n))
        (local.set $p (i32.add (local.get $p) (i32.add (i32.const 4) (local.get $n))))
        ;; key
        (local.set $n (i32.load offset=12 (local.get $d)))
        (i32.store (local.get $p) (local.get $n))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (if (i32.ge_s (local.get $n) (i32.const 0))
          (then
            (memory.copy (local.get $p) (i32.add (local.get $in) (i32.load offset=8 (local.get $d)))
                         (local.get $n))
            (local.set $p (i32.add (local.get $p) (local.get $n)))))
        ;; metadata: walk the entries to find where they end
        (local.set $n (i32.load offset=20 (local.get $d)))
        (local.set $m_start (i32.add (local.get $in) (i32.load offset=16 (local.get $d))))
        (local.set $m_end (local.get $m_start))
        (local.set $j (i32.const 0))
        (block $meta_done
          (loop $meta
            (br_if $meta_done (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $m_end (i32.add (local.get $m_end) (i32.add (i32.const 4) (i32.load (local.get $m_end)))))
            (local.set $m_end (i32.add (local.get $m_end) (i32.add (i32.const 4) (i32.load (local.get $m_end)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $meta)))
        (i32.store (local.get $p) (local.get $n))
        (memory.copy (i32.add (local.get $p) (i32.const 4)) (local.get $m_start)
                     (i32.sub (local.get $m_end) (local.get $m_start)))
        (local.set $p (i32.add (local.get $p)
                               (i32.add (i32.const 4) (i32.sub (local.get $m_end) (local.get $m_start)))))
        ;; timestamp, partition, reserved, offset
        (memory.copy (local.get $p) (i32.add (local.get $d) (i32.const 24)) (i32.const 24))
        (local.set $p (i32.add (local.get $p) (i32.const 24)))
        (i32.store offset=4 (local.get $w) (i32.sub (local.get $p) (i32.add (local.get $w) (i32.const 8))))
        (local.set $w (local.get $p))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (call $pack (local.get $out) (i32.sub (local.get $w) (local.get $out)))))
