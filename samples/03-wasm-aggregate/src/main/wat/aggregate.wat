;; DataFlare sample 03: record-stats, an aggregate plugin written in WebAssembly text.
;;
;; Counts the records and sums the lengths of their values across batches. After each
;; non-empty batch it emits one record, {"count":N,"bytes":M} with the running totals,
;; attached to the batch's last record (so it carries that record's key and metadata).
;; The totals live in the instance until the host calls dataflare_reset.
;; The ABI is described in docs/wasm-abi.md.
;;
;; Rebuild (from samples/03-wasm-aggregate):
;;   wat2wasm src/main/wat/aggregate.wat -o plugin/aggregate.wasm
;;
;; Linear memory:
;;   [0, 64)         scratch for writing a number's digits
;;   [64, 96)        the JSON pieces below
;;   [65536, ...)    the input region handed out by dataflare_alloc, then the output buffer
(module
  (memory (export "memory") 2)

  (global $INPUT i32 (i32.const 65536))
  (global $input_cap (mut i32) (i32.const 0))
  (global $count (mut i64) (i64.const 0))
  (global $bytes (mut i64) (i64.const 0))

  (data (i32.const 64) "{\"count\":")   ;; 9 bytes at 64
  (data (i32.const 80) ",\"bytes\":")   ;; 9 bytes at 80

  (func (export "dataflare_abi_version") (result i32)
    (i32.const 1))

  ;; Grows the memory so that [0, end) is addressable; returns 0 when it cannot.
  (func $ensure (param $end i32) (result i32)
    (local $have i32)
    (local.set $have (i32.shl (memory.size) (i32.const 16)))
    (if (i32.le_u (local.get $end) (local.get $have))
      (then (return (i32.const 1))))
    (i32.ne
      (memory.grow
        (i32.shr_u
          (i32.add (i32.sub (local.get $end) (local.get $have)) (i32.const 65535))
          (i32.const 16)))
      (i32.const -1)))

  (func (export "dataflare_alloc") (param $size i32) (result i32)
    (if (i32.eqz (call $ensure (i32.add (global.get $INPUT) (local.get $size))))
      (then (return (i32.const 0))))
    (global.set $input_cap (local.get $size))
    (global.get $INPUT))

  ;; Forget the totals: the host calls this before an instance serves a new caller.
  (func (export "dataflare_reset")
    (global.set $count (i64.const 0))
    (global.set $bytes (i64.const 0)))

  ;; Writes the decimal digits of n at dest; returns the address after the last digit.
  (func $decimal (param $n i64) (param $dest i32) (result i32)
    (local $end i32) (local $len i32)
    ;; digits go backwards into the scratch area, then are copied forwards
    (local.set $end (i32.const 64))
    (loop $digit
      (local.set $end (i32.sub (local.get $end) (i32.const 1)))
      (i64.store8 (local.get $end) (i64.add (i64.const 48) (i64.rem_u (local.get $n) (i64.const 10))))
      (local.set $n (i64.div_u (local.get $n) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $n) (i64.const 0))))
    (local.set $len (i32.sub (i32.const 64) (local.get $end)))
    (memory.copy (local.get $dest) (local.get $end) (local.get $len))
    (i32.add (local.get $dest) (local.get $len)))

  ;; Input: u32 magic, u32 record_count, then 48-byte descriptors (value_len at +4).
  ;; Output, right after the input region: u32 status 0, u32 entry_count (0 or 1), then
  ;; u32 source_index (the last record), i32 len, and the JSON bytes.
  (func (export "dataflare_aggregate") (param $in i32) (param $in_len i32) (result i64)
    (local $records i32) (local $i i32) (local $out i32) (local $json i32) (local $end i32)
    (local.set $records (i32.load offset=4 (local.get $in)))
    (local.set $out
      (i32.and (i32.add (i32.add (global.get $INPUT) (global.get $input_cap)) (i32.const 7))
               (i32.const -8)))
    (if (i32.eqz (call $ensure (i32.add (local.get $out) (i32.const 128))))
      (then unreachable))
    (i32.store (local.get $out) (i32.const 0))
    (if (i32.eqz (local.get $records))
      (then
        (i32.store offset=4 (local.get $out) (i32.const 0))
        (return (i64.or (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
                        (i64.const 8)))))
    (block $done
      (loop $record
        (br_if $done (i32.ge_u (local.get $i) (local.get $records)))
        (global.set $bytes
          (i64.add (global.get $bytes)
            (i64.extend_i32_u
              (i32.load offset=12
                (i32.add (local.get $in) (i32.mul (local.get $i) (i32.const 48)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (global.set $count (i64.add (global.get $count) (i64.extend_i32_u (local.get $records))))
    ;; {"count":N,"bytes":M}
    (local.set $json (i32.add (local.get $out) (i32.const 16)))
    (memory.copy (local.get $json) (i32.const 64) (i32.const 9))
    (local.set $end (call $decimal (global.get $count) (i32.add (local.get $json) (i32.const 9))))
    (memory.copy (local.get $end) (i32.const 80) (i32.const 9))
    (local.set $end (call $decimal (global.get $bytes) (i32.add (local.get $end) (i32.const 9))))
    (i32.store8 (local.get $end) (i32.const 125)) ;; '}'
    (local.set $end (i32.add (local.get $end) (i32.const 1)))
    (i32.store offset=4 (local.get $out) (i32.const 1))
    (i32.store offset=8 (local.get $out) (i32.sub (local.get $records) (i32.const 1)))
    (i32.store offset=12 (local.get $out) (i32.sub (local.get $end) (local.get $json)))
    (i64.or (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
            (i64.extend_i32_u (i32.sub (local.get $end) (local.get $out))))))
