;; Test fixture: a WASM filter (ABI 1) that misbehaves on records by the first letter of the value:
;;   "loop..."  loops forever                                        -> TIMEOUT
;;   "grow..."  grows memory a page at a time until refused, traps   -> MEMORY_LIMIT
;;   "trap..."  executes unreachable                                 -> TRAP
;;   "drop..."  is dropped
;; and keeps every other record.
;; Rebuild: wat2wasm misbehaves_on_value.wat -o misbehaves_on_value.wasm
(module
  (memory (export "memory") 4)
  (global $INPUT i32 (i32.const 65536))
  (global $OUTPUT i32 (i32.const 131072))

  (func (export "dataflare_abi_version") (result i32) (i32.const 1))

  (func (export "dataflare_alloc") (param $size i32) (result i32)
    (if (i32.gt_u (local.get $size) (i32.const 65536)) (then (return (i32.const 0))))
    (global.get $INPUT))

  (func (export "dataflare_filter") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $i i32) (local $kept i32) (local $desc i32) (local $first i32)
    (local $at i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        ;; descriptor i: value offset (from the batch start) at +0, value length at +4
        (local.set $desc
          (i32.add (i32.add (local.get $in) (i32.const 8)) (i32.mul (local.get $i) (i32.const 48))))
        (local.set $first (i32.const 0))
        (if (i32.gt_s (i32.load offset=4 (local.get $desc)) (i32.const 0))
          (then
            (local.set $first
              (i32.load8_u (i32.add (local.get $in) (i32.load (local.get $desc)))))))
        (if (i32.eq (local.get $first) (i32.const 108)) (then (loop $forever (br $forever))))
        (if (i32.eq (local.get $first) (i32.const 103))
          (then
            (loop $grow (br_if $grow (i32.ne (memory.grow (i32.const 1)) (i32.const -1))))
            unreachable))
        (if (i32.eq (local.get $first) (i32.const 116)) (then unreachable))
        (if (i32.ne (local.get $first) (i32.const 100))
          (then
            ;; output entry: source index, length -1 (keep the input record)
            (local.set $at
              (i32.add (global.get $OUTPUT)
                (i32.add (i32.const 8) (i32.shl (local.get $kept) (i32.const 3)))))
            (i32.store (local.get $at) (local.get $i))
            (i32.store offset=4 (local.get $at) (i32.const -1))
            (local.set $kept (i32.add (local.get $kept) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    ;; output header: status 0, entry count
    (i32.store (global.get $OUTPUT) (i32.const 0))
    (i32.store offset=4 (global.get $OUTPUT) (local.get $kept))
    (i64.or
      (i64.shl (i64.extend_i32_u (global.get $OUTPUT)) (i64.const 32))
      (i64.extend_i32_u (i32.add (i32.const 8) (i32.shl (local.get $kept) (i32.const 3)))))))
