;; Runtime-core test fixture (ABI version 1, docs/wasm-abi.md): a filter that keeps every record,
;; except that a record whose value starts with "L" makes it loop forever. Lets a test time out
;; the hundredth call of an instance that served ninety-nine good ones.
;; Rebuild from this folder: wat2wasm loop_on_demand.wat -o loop_on_demand.wasm
(module
  (memory (export "memory") 4)
  (global $INPUT i32 (i32.const 65536))
  (global $OUTPUT i32 (i32.const 131072))

  (func (export "dataflare_abi_version") (result i32) (i32.const 1))

  (func (export "dataflare_alloc") (param $size i32) (result i32)
    (if (i32.gt_u (local.get $size) (i32.const 65536)) (then (return (i32.const 0))))
    (global.get $INPUT))

  (func (export "dataflare_filter") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $i i32) (local $desc i32) (local $entry i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        ;; descriptor i: 48 bytes from offset 8; value_off at +0, value_len at +4
        (local.set $desc
          (i32.add (i32.add (local.get $in) (i32.const 8)) (i32.mul (local.get $i) (i32.const 48))))
        (if (i32.and
              (i32.ne (i32.load offset=4 (local.get $desc)) (i32.const 0))
              (i32.eq (i32.load8_u (i32.add (local.get $in) (i32.load (local.get $desc))))
                      (i32.const 76))) ;; 'L'
          (then (loop $forever (br $forever))))
        ;; output entry i: source_index i, len -1 (keep)
        (local.set $entry
          (i32.add (global.get $OUTPUT) (i32.add (i32.const 8) (i32.shl (local.get $i) (i32.const 3)))))
        (i32.store (local.get $entry) (local.get $i))
        (i32.store offset=4 (local.get $entry) (i32.const -1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (i32.store (global.get $OUTPUT) (i32.const 0))
    (i32.store offset=4 (global.get $OUTPUT) (local.get $count))
    (i64.or
      (i64.shl (i64.extend_i32_u (global.get $OUTPUT)) (i64.const 32))
      (i64.extend_i32_u (i32.add (i32.const 8) (i32.shl (local.get $count) (i32.const 3)))))))
