;; A DataFlare map plugin in WebAssembly text: upper-cases each record's value (ASCII
;; letters; other bytes pass unchanged).
;;
;; The ABI (what the host writes, what it expects back): docs/wasm-abi.md of DataFlare TestKit.
;;
;; Build, from the project folder (`mvn verify` runs it when wat2wasm is on the PATH):
;;   wat2wasm src/main/wat/map.wat -o plugin/map.wasm
;;
;; Linear memory: [0, 64) constants; from 64 KiB the input region that dataflare_alloc hands
;; out, then the output buffer.
(module
  (memory (export "memory") 2)

  (global $INPUT i32 (i32.const 65536))
  (global $input_cap (mut i32) (i32.const 0))

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

  ;; Copies len bytes from src to dst, upper-casing ASCII letters.
  (func $upper (param $src i32) (param $dst i32) (param $len i32)
    (local $i i32) (local $c i32)
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $c (i32.load8_u (i32.add (local.get $src) (local.get $i))))
        (if (i32.lt_u (i32.sub (local.get $c) (i32.const 97)) (i32.const 26))
          (then (local.set $c (i32.sub (local.get $c) (i32.const 32)))))
        (i32.store8 (i32.add (local.get $dst) (local.get $i)) (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte))))

  ;; Input: u32 magic, u32 record_count, then one 48-byte descriptor per record (value_off at
  ;; +0, value_len at +4, relative to the input). Output: u32 status 0, u32 entry_count, then
  ;; for every record in order u32 source_index, i32 len and the len bytes of the new value.
  (func (export "dataflare_map") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $i i32) (local $d i32) (local $len i32) (local $out i32)
    (local $w i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    ;; the new values are no longer than the input holds
    (local.set $out
      (call $output (i32.add (i32.add (i32.const 8) (i32.shl (local.get $count) (i32.const 3)))
                             (local.get $in_len))))
    (local.set $w (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $record
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $d
          (i32.add (local.get $in) (i32.add (i32.const 8) (i32.mul (local.get $i) (i32.const 48)))))
        (local.set $len (i32.load offset=4 (local.get $d)))
        (i32.store (local.get $w) (local.get $i))
        (i32.store offset=4 (local.get $w) (local.get $len))
        (call $upper (i32.add (local.get $in) (i32.load (local.get $d)))
                     (i32.add (local.get $w) (i32.const 8))
                     (local.get $len))
        (local.set $w (i32.add (local.get $w) (i32.add (i32.const 8) (local.get $len))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (i32.store (local.get $out) (i32.const 0))
    (i32.store offset=4 (local.get $out) (local.get $count))
    (call $result (local.get $out) (local.get $w)))
)
