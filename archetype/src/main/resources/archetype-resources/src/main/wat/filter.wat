;; A DataFlare filter plugin in WebAssembly text: keeps the records whose value contains
;; "error" and drops the others.
;;
;; The ABI (what the host writes, what it expects back): docs/wasm-abi.md of DataFlare TestKit.
;;
;; Build, from the project folder (`mvn verify` runs it when wat2wasm is on the PATH):
;;   wat2wasm src/main/wat/filter.wat -o plugin/filter.wasm
;;
;; Linear memory: [0, 64) constants; from 64 KiB the input region that dataflare_alloc hands
;; out, then the output buffer.
(module
  (memory (export "memory") 2)

  (global $INPUT i32 (i32.const 65536))
  (global $input_cap (mut i32) (i32.const 0))

  (global $NEEDLE_LEN i32 (i32.const 5))
  (data (i32.const 0) "error")

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

  ;; Whether the len bytes at value contain the needle (at address 0).
  (func $contains (param $value i32) (param $len i32) (result i32)
    (local $start i32) (local $k i32)
    (block $absent
      (loop $at
        (br_if $absent
          (i32.gt_u (i32.add (local.get $start) (global.get $NEEDLE_LEN)) (local.get $len)))
        (local.set $k (i32.const 0))
        (block $differ
          (loop $byte
            (if (i32.eq (local.get $k) (global.get $NEEDLE_LEN))
              (then (return (i32.const 1))))
            (br_if $differ
              (i32.ne (i32.load8_u (i32.add (local.get $value) (i32.add (local.get $start) (local.get $k))))
                      (i32.load8_u (local.get $k))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $byte)))
        (local.set $start (i32.add (local.get $start) (i32.const 1)))
        (br $at)))
    (i32.const 0))

  ;; tag::entry[]
  ;; Input: u32 magic, u32 record_count, then one 48-byte descriptor per record (value_off at
  ;; +0, value_len at +4, relative to the input). Output: u32 status 0, u32 entry_count, then
  ;; per kept record u32 source_index and i32 len = -1 (keep it unchanged).
  (func (export "dataflare_filter") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $i i32) (local $d i32) (local $out i32) (local $w i32)
    (local $kept i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (local.set $out (call $output (i32.add (i32.const 8) (i32.shl (local.get $count) (i32.const 3)))))
    (local.set $w (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $record
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $d
          (i32.add (local.get $in) (i32.add (i32.const 8) (i32.mul (local.get $i) (i32.const 48)))))
        (if (call $contains (i32.add (local.get $in) (i32.load (local.get $d)))
                            (i32.load offset=4 (local.get $d)))
          (then
            (i32.store (local.get $w) (local.get $i))
            (i32.store offset=4 (local.get $w) (i32.const -1))
            (local.set $w (i32.add (local.get $w) (i32.const 8)))
            (local.set $kept (i32.add (local.get $kept) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (i32.store (local.get $out) (i32.const 0))
    (i32.store offset=4 (local.get $out) (local.get $kept))
    (call $result (local.get $out) (local.get $w)))
  ;; end::entry[]
)
