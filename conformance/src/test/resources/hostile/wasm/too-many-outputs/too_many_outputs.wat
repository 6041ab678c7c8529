;; Hostile fixture [too-many-outputs]: A filter that keeps every record, but a batch with a value starting with "!" makes it
;; return one output entry more than the batch has records, which a filter may not.
;; Every other batch is kept whole, so the same handle serves the next batch.
;; Expected: ABI_VIOLATION at the batch (more entries than a filter may emit)
;; Rebuild: wat2wasm too_many_outputs.wat -o too_many_outputs.wasm   (all fixtures: hostile/wasm/build.sh)
(module
  (memory (export "memory") 2)
  (global $OUT i32 (i32.const 65536))
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  ;; One input region below the output area; 0 (cannot allocate) for a batch that does not fit.
  (func (export "dataflare_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 64512))
      (then (i32.const 0))
      (else (i32.const 1024))))
  ;; Whether the value of some record of the batch at $in starts with "!".
  (func $triggered (param $in i32) (result i32)
    (local $i i32) (local $d i32)
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $i) (i32.load offset=4 (local.get $in))))
        (local.set $d
          (i32.add (i32.add (local.get $in) (i32.const 8)) (i32.mul (local.get $i) (i32.const 48))))
        (if (i32.and
              (i32.ne (i32.load offset=4 (local.get $d)) (i32.const 0))
              (i32.eq (i32.load8_u (i32.add (local.get $in) (i32.load (local.get $d)))) (i32.const 33)))
          (then (return (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 0))
  ;; (ptr << 32) | len
  (func $pack (param $ptr i32) (param $len i32) (result i64)
    (i64.or (i64.shl (i64.extend_i32_u (local.get $ptr)) (i64.const 32))
            (i64.extend_i32_u (local.get $len))))
  ;; Keeps every record of the batch at $in: status 0, one entry (i, len -1) per record.
  (func $keep_all (param $in i32) (result i64)
    (local $count i32) (local $i i32) (local $at i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (i32.store (global.get $OUT) (i32.const 0))
    (i32.store offset=4 (global.get $OUT) (local.get $count))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $at (i32.add (global.get $OUT) (i32.shl (local.get $i) (i32.const 3))))
        (i32.store offset=8 (local.get $at) (local.get $i))
        (i32.store offset=12 (local.get $at) (i32.const -1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (call $pack (global.get $OUT) (i32.add (i32.const 8) (i32.shl (local.get $count) (i32.const 3)))))
  (func (export "dataflare_filter") (param $in i32) (param $len i32) (result i64)
    (if (call $triggered (local.get $in))
      (then
        (drop (call $keep_all (local.get $in)))
        (i32.store offset=4 (global.get $OUT)
          (i32.add (i32.load offset=4 (local.get $in)) (i32.const 1)))
        (return (call $pack (global.get $OUT)
          (i32.add (i32.const 16) (i32.shl (i32.load offset=4 (local.get $in)) (i32.const 3)))))))
    (call $keep_all (local.get $in))))
