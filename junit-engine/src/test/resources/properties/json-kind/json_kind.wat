;; Test fixture, planted bug: output that differs from its twin for one kind of JSON.
;; A map that replaces each value with the kind of JSON it starts with (after blanks): object,
;; array, string, boolean, null, number, or other. Its Java twin
;; (io.dataflare.engine.fixtures.plugins.JsonKindTwin) does the same, but this module calls
;; arrays "object": the differential contract catches it and shrinks the input to one array.
;; Rebuild: wat2wasm json_kind.wat -o json_kind.wasm
(module
  (memory (export "memory") 2)
  (global $INPUT i32 (i32.const 65536))
  (global $input_cap (mut i32) (i32.const 0))

  ;; the kinds, 8 bytes apart
  (data (i32.const 0) "object")
  (data (i32.const 8) "array")
  (data (i32.const 16) "string")
  (data (i32.const 24) "boolean")
  (data (i32.const 32) "null")
  (data (i32.const 40) "number")
  (data (i32.const 48) "other")

  (func (export "dataflare_abi_version") (result i32) (i32.const 1))

  (func $ensure (param $end i32) (result i32)
    (local $have i32)
    (local.set $have (i32.shl (memory.size) (i32.const 16)))
    (if (i32.le_u (local.get $end) (local.get $have)) (then (return (i32.const 1))))
    (i32.ne
      (memory.grow
        (i32.shr_u (i32.add (i32.sub (local.get $end) (local.get $have)) (i32.const 65535))
                   (i32.const 16)))
      (i32.const -1)))

  (func (export "dataflare_alloc") (param $size i32) (result i32)
    (if (i32.eqz (call $ensure (i32.add (global.get $INPUT) (local.get $size))))
      (then (return (i32.const 0))))
    (global.set $input_cap (local.get $size))
    (global.get $INPUT))

  ;; The first byte of the value that is not a blank (space, tab, newline, return), or -1.
  (func $first (param $value i32) (param $len i32) (result i32)
    (local $i i32) (local $b i32)
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $b (i32.load8_u (i32.add (local.get $value) (local.get $i))))
        (if (i32.and
              (i32.and (i32.ne (local.get $b) (i32.const 32)) (i32.ne (local.get $b) (i32.const 9)))
              (i32.and (i32.ne (local.get $b) (i32.const 10)) (i32.ne (local.get $b) (i32.const 13))))
          (then (return (local.get $b))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const -1))

  ;; The address of the kind of a first byte (its length is at the next call).
  (func $kind (param $b i32) (result i32)
    (if (i32.eq (local.get $b) (i32.const 123)) (then (return (i32.const 0))))   ;; {
    (if (i32.eq (local.get $b) (i32.const 91)) (then (return (i32.const 0))))    ;; [ (the bug: 8)
    (if (i32.eq (local.get $b) (i32.const 34)) (then (return (i32.const 16))))   ;; "
    (if (i32.or (i32.eq (local.get $b) (i32.const 116)) (i32.eq (local.get $b) (i32.const 102)))
      (then (return (i32.const 24))))                                            ;; t f
    (if (i32.eq (local.get $b) (i32.const 110)) (then (return (i32.const 32))))  ;; n
    (if (i32.or (i32.eq (local.get $b) (i32.const 45))
                (i32.and (i32.ge_s (local.get $b) (i32.const 48)) (i32.le_s (local.get $b) (i32.const 57))))
      (then (return (i32.const 40))))                                            ;; - 0-9
    (i32.const 48))

  (func $length (param $kind i32) (result i32)
    (if (result i32) (i32.eq (local.get $kind) (i32.const 24)) (then (i32.const 7))
      (else (if (result i32) (i32.eq (local.get $kind) (i32.const 32)) (then (i32.const 4))
        (else (if (result i32) (i32.or (i32.eq (local.get $kind) (i32.const 8)) (i32.eq (local.get $kind) (i32.const 48)))
          (then (i32.const 5)) (else (i32.const 6))))))))

  ;; Output: status 0, count, then per record: source index, length, the kind's bytes.
  (func (export "dataflare_map") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $out i32) (local $at i32) (local $i i32) (local $d i32)
    (local $kind i32) (local $len i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (local.set $out
      (i32.and (i32.add (i32.add (global.get $INPUT) (global.get $input_cap)) (i32.const 7))
               (i32.const -8)))
    (if (i32.eqz (call $ensure
          (i32.add (local.get $out) (i32.add (i32.const 8) (i32.shl (local.get $count) (i32.const 4))))))
      (then unreachable))
    (local.set $at (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $record
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $d (i32.add (i32.add (local.get $in) (i32.const 8)) (i32.mul (local.get $i) (i32.const 48))))
        (local.set $kind
          (call $kind (call $first (i32.add (local.get $in) (i32.load (local.get $d)))
                                   (i32.load offset=4 (local.get $d)))))
        (local.set $len (call $length (local.get $kind)))
        (i32.store (local.get $at) (local.get $i))
        (i32.store offset=4 (local.get $at) (local.get $len))
        (memory.copy (i32.add (local.get $at) (i32.const 8)) (local.get $kind) (local.get $len))
        (local.set $at (i32.add (local.get $at) (i32.add (i32.const 8) (local.get $len))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (i32.store (local.get $out) (i32.const 0))
    (i32.store offset=4 (local.get $out) (local.get $count))
    (i64.or
      (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
      (i64.extend_i32_u (i32.sub (local.get $at) (local.get $out))))))
