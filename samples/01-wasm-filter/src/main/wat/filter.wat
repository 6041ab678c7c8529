;; DataFlare sample 01: error-filter, a filter plugin written by hand in WebAssembly text.
;;
;; Keeps the records whose value contains the bytes of the config key `needle`
;; (default "error") and drops the others. The ABI is described in docs/wasm-abi.md.
;;
;; Rebuild (from samples/01-wasm-filter):
;;   wat2wasm src/main/wat/filter.wat -o plugin/filter.wasm
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

  ;; Whether the len bytes at value contain the needle. Looks for the needle's first byte a word
  ;; (8 bytes) at a time, as C's memchr does, and compares the whole needle only where that
  ;; byte occurs; the last len % 8 bytes are looked at one by one.
  (func $contains (param $value i32) (param $len i32) (result i32)
    (local $n i32) (local $last i32) (local $p i32) (local $at i32)
    (local $first i64) (local $x i64) (local $hits i64)
    (local.set $n (global.get $needle_len))
    (if (i32.gt_u (local.get $n) (local.get $len))
      (then (return (i32.const 0))))
    (if (i32.eqz (local.get $n))
      (then (return (i32.const 1))))
    (local.set $last (i32.sub (local.get $len) (local.get $n)))
    ;; the needle's first byte in every byte of a word
    (local.set $first (i64.mul (i64.load8_u (i32.const 0)) (i64.const 0x0101010101010101)))
    ;; lengths are below 2^31 (the host's limit), so signed comparisons are safe from here on
    (block $words_done
      (loop $word
        (br_if $words_done (i32.gt_s (i32.add (local.get $p) (i32.const 8)) (local.get $len)))
        ;; a byte of x is zero where the value has the first byte; hits has the high bit of
        ;; each such byte set (and maybe of bytes above one, checked like any other)
        (local.set $x
          (i64.xor (i64.load (i32.add (local.get $value) (local.get $p))) (local.get $first)))
        (local.set $hits
          (i64.and
            (i64.and (i64.sub (local.get $x) (i64.const 0x0101010101010101))
                     (i64.xor (local.get $x) (i64.const -1)))
            (i64.const 0x8080808080808080)))
        (block $no_more
          (loop $hit
            (br_if $no_more (i64.eqz (local.get $hits)))
            (local.set $at
              (i32.add (local.get $p)
                       (i32.wrap_i64 (i64.shr_u (i64.ctz (local.get $hits)) (i64.const 3)))))
            (if (i32.gt_s (local.get $at) (local.get $last))
              (then (return (i32.const 0))))
            (if (call $equal (i32.add (local.get $value) (local.get $at)) (local.get $n)
                             (i32.const 0) (local.get $n))
              (then (return (i32.const 1))))
            (local.set $hits (i64.and (local.get $hits) (i64.sub (local.get $hits) (i64.const 1))))
            (br $hit)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $word)))
    (block $done
      (loop $byte
        (br_if $done (i32.gt_s (local.get $p) (local.get $last)))
        (if (call $equal (i32.add (local.get $value) (local.get $p)) (local.get $n)
                         (i32.const 0) (local.get $n))
          (then (return (i32.const 1))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $byte)))
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
