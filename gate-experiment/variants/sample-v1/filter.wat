;; DataFlare sample 01: error-filter, a filter plugin written by hand in WebAssembly text.
;;
;; PINNED for the gate experiment: sample 01's filter as the experiment measured it (up to the sixth
;; session), comparing the needle at every byte offset. The sample itself now looks for the needle's
;; first byte a word at a time (about 4 times faster), which would change what the planted work of
;; the variants adds per record; the variants are built on this copy (build-variants.sh).
;;
;; Keeps the records whose value contains the bytes of the config key `needle`
;; (default "error") and drops the others. The ABI is described in docs/wasm-abi.md.
;;
;; Rebuild: gate-experiment/variants/build-variants.sh (checks this folder's filter.wasm too).
;;
;; Linear memory:
;;   [0, 256)        the needle (config values longer than 256 bytes are refused by init)
;;   [256, 262)      the config key "needle", to compare against
;;   [65536, ...)    the input region handed out by dataflare_alloc, then the output buffer
(module
  (memory (export "memory") 2)

  (global $INPUT i32 (i32.const 65536))
  (global $NEEDLE_MAX i32 (i32.const 256))
  (global $needle_len (mut i32) (i32.const 5))
  (global $input_cap (mut i32) (i32.const 0))

  (data (i32.const 0) "error")
  (data (i32.const 256) "needle")

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

  ;; The host calls this for the config and whenever a batch outgrows the last region:
  ;; always the same place, since the previous region may be reused once asked again.
  (func (export "dataflare_alloc") (param $size i32) (result i32)
    (if (i32.eqz (call $ensure (i32.add (global.get $INPUT) (local.get $size))))
      (then (return (i32.const 0))))
    (global.set $input_cap (local.get $size))
    (global.get $INPUT))

  ;; Config: u32 count, then per entry u32 key_len, key, u32 value_len, value.
  ;; Copies the value of `needle`: the config buffer is only valid during this call.
  (func (export "dataflare_init") (param $cfg i32) (param $len i32) (result i32)
    (local $count i32) (local $p i32) (local $key_len i32) (local $value i32) (local $value_len i32)
    (local.set $count (i32.load (local.get $cfg)))
    (local.set $p (i32.add (local.get $cfg) (i32.const 4)))
    (block $done
      (loop $entry
        (br_if $done (i32.eqz (local.get $count)))
        (local.set $key_len (i32.load (local.get $p)))
        (local.set $value (i32.add (i32.add (local.get $p) (i32.const 8)) (local.get $key_len)))
        (local.set $value_len (i32.load (i32.sub (local.get $value) (i32.const 4))))
        (if (call $equal (i32.add (local.get $p) (i32.const 4)) (local.get $key_len)
                         (i32.const 256) (i32.const 6))
          (then
            (if (i32.gt_u (local.get $value_len) (global.get $NEEDLE_MAX))
              (then (return (i32.const 2))))
            (memory.copy (i32.const 0) (local.get $value) (local.get $value_len))
            (global.set $needle_len (local.get $value_len))))
        (local.set $p (i32.add (local.get $value) (local.get $value_len)))
        (local.set $count (i32.sub (local.get $count) (i32.const 1)))
        (br $entry)))
    (i32.const 0))

  ;; Whether the len_a bytes at a equal the len_b bytes at b.
  (func $equal (param $a i32) (param $len_a i32) (param $b i32) (param $len_b i32) (result i32)
    (local $i i32)
    (if (i32.ne (local.get $len_a) (local.get $len_b))
      (then (return (i32.const 0))))
    (block $differ
      (loop $next
        (if (i32.ge_u (local.get $i) (local.get $len_a))
          (then (return (i32.const 1))))
        (br_if $differ
          (i32.ne (i32.load8_u (i32.add (local.get $a) (local.get $i)))
                  (i32.load8_u (i32.add (local.get $b) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 0))

  ;; Whether the len bytes at value contain the needle.
  (func $contains (param $value i32) (param $len i32) (result i32)
    (local $start i32) (local $last i32)
    (if (i32.gt_u (global.get $needle_len) (local.get $len))
      (then (return (i32.const 0))))
    (local.set $last (i32.sub (local.get $len) (global.get $needle_len)))
    (loop $next
      (if (call $equal (i32.add (local.get $value) (local.get $start)) (global.get $needle_len)
                       (i32.const 0) (global.get $needle_len))
        (then (return (i32.const 1))))
      (local.set $start (i32.add (local.get $start) (i32.const 1)))
      (br_if $next (i32.le_u (local.get $start) (local.get $last))))
    (i32.const 0))

  ;; Input: u32 magic, u32 record_count, then 48-byte descriptors (value_off at +0, value_len
  ;; at +4, offsets relative to the input). Output, right after the input region: u32 status 0,
  ;; u32 entry_count, then one entry (u32 source_index, i32 len = -1: keep) per kept record.
  (func (export "dataflare_filter") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $out i32) (local $kept i32) (local $i i32) (local $descriptor i32)
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
        (local.set $descriptor
          (i32.add (local.get $in) (i32.add (i32.const 8) (i32.mul (local.get $i) (i32.const 48)))))
        (if (call $contains
              (i32.add (local.get $in) (i32.load (local.get $descriptor)))
              (i32.load offset=4 (local.get $descriptor)))
          (then
            (i32.store offset=8
              (i32.add (local.get $out) (i32.shl (local.get $kept) (i32.const 3)))
              (local.get $i))
            (i32.store offset=12
              (i32.add (local.get $out) (i32.shl (local.get $kept) (i32.const 3)))
              (i32.const -1))
            (local.set $kept (i32.add (local.get $kept) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (i32.store (local.get $out) (i32.const 0))
    (i32.store offset=4 (local.get $out) (local.get $kept))
    (i64.or
      (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
      (i64.extend_i32_u (i32.add (i32.const 8) (i32.shl (local.get $kept) (i32.const 3)))))))
