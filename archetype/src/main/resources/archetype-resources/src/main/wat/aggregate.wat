;; A DataFlare aggregate plugin in WebAssembly text: counts the records across batches and,
;; after each non-empty batch, emits the running count as decimal text, attached to the
;; batch's last record (so it carries that record's key and metadata). The count lives in the
;; instance until the host calls dataflare_reset.
;;
;; The ABI (what the host writes, what it expects back): docs/wasm-abi.md of DataFlare TestKit.
;;
;; Build, from the project folder (`mvn verify` runs it when wat2wasm is on the PATH):
;;   wat2wasm src/main/wat/aggregate.wat -o plugin/aggregate.wasm
;;
;; Linear memory: [0, 64) constants; from 64 KiB the input region that dataflare_alloc hands
;; out, then the output buffer.
(module
  (memory (export "memory") 2)

  (global $INPUT i32 (i32.const 65536))
  (global $input_cap (mut i32) (i32.const 0))

  (global $count (mut i64) (i64.const 0))

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

  ;; Always the same region: the host asks again only when a batch outgrows the last one.
  (func (export "dataflare_alloc") (param $size i32) (result i32)
    (if (i32.eqz (call $ensure (i32.add (global.get $INPUT) (local.get $size))))
      (then (return (i32.const 0))))
    (global.set $input_cap (local.get $size))
    (global.get $INPUT))

  ;; The output buffer: right after the input region, 8-byte aligned, with room for size bytes.
  ;; When the memory limit refuses to grow, the trap is reported as MEMORY_LIMIT.
  (func $output (param $size i32) (result i32)
    (local $out i32)
    (local.set $out
      (i32.and (i32.add (i32.add (global.get $INPUT) (global.get $input_cap)) (i32.const 7))
               (i32.const -8)))
    (if (i32.eqz (call $ensure (i32.add (local.get $out) (local.get $size))))
      (then unreachable))
    (local.get $out))

  ;; The entry point's result: (out << 32) | (end - out).
  (func $result (param $out i32) (param $end i32) (result i64)
    (i64.or (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
            (i64.extend_i32_u (i32.sub (local.get $end) (local.get $out)))))

  ;; Forgets the count: the host calls this before an instance serves a new caller.
  (func (export "dataflare_reset")
    (global.set $count (i64.const 0)))

  ;; Input: u32 magic, u32 record_count, then one 48-byte descriptor per record. Output: u32
  ;; status 0, u32 entry_count (0 for an empty batch, else 1), then u32 source_index (the last
  ;; record), i32 len and the len bytes of the count.
  (func (export "dataflare_aggregate") (param $in i32) (param $in_len i32) (result i64)
    (local $records i32) (local $out i32) (local $digits i32) (local $end i32) (local $len i32)
    (local $n i64)
    (local.set $records (i32.load offset=4 (local.get $in)))
    ;; 16 bytes of header and entry, then at most 20 digits
    (local.set $out (call $output (i32.const 36)))
    (i32.store (local.get $out) (i32.const 0))
    (if (i32.eqz (local.get $records))
      (then
        (i32.store offset=4 (local.get $out) (i32.const 0))
        (return (call $result (local.get $out) (i32.add (local.get $out) (i32.const 8))))))
    (global.set $count (i64.add (global.get $count) (i64.extend_i32_u (local.get $records))))
    ;; the digits go backwards from the end of the 20-byte field, then move forwards
    (local.set $end (i32.add (local.get $out) (i32.const 36)))
    (local.set $digits (local.get $end))
    (local.set $n (global.get $count))
    (loop $digit
      (local.set $digits (i32.sub (local.get $digits) (i32.const 1)))
      (i64.store8 (local.get $digits)
                  (i64.add (i64.const 48) (i64.rem_u (local.get $n) (i64.const 10))))
      (local.set $n (i64.div_u (local.get $n) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $n) (i64.const 0))))
    (local.set $len (i32.sub (local.get $end) (local.get $digits)))
    (memory.copy (i32.add (local.get $out) (i32.const 16)) (local.get $digits) (local.get $len))
    (i32.store offset=4 (local.get $out) (i32.const 1))
    (i32.store offset=8 (local.get $out) (i32.sub (local.get $records) (i32.const 1)))
    (i32.store offset=12 (local.get $out) (local.get $len))
    (call $result (local.get $out) (i32.add (local.get $out) (i32.add (i32.const 16) (local.get $len)))))
)
