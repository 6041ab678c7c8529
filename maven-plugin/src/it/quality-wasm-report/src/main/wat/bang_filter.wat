;; Test fixture of the quality module: a filter that keeps records with a value, drops empty ones
;; (counting them in $note_empty) and fails the batch at a value that starts with "!".
;; Rebuild (from this folder): wat2wasm src/main/wat/bang_filter.wat -o plugin/bang_filter.wasm
(module
  (memory (export "memory") 3)
  (global $INPUT i32 (i32.const 65536))
  (global $OUTPUT i32 (i32.const 131072))
  (global $empties (mut i32) (i32.const 0))
  (data (i32.const 0) "value starts with !")

  (func (export "dataflare_abi_version") (result i32) (i32.const 1))

  ;; One fixed input region of 64 KiB.
  (func (export "dataflare_alloc") (param $size i32) (result i32)
    (if (i32.gt_u (local.get $size) (i32.const 65536)) (then (return (i32.const 0))))
    (global.get $INPUT))

  (func $pack (param $ptr i32) (param $len i32) (result i64)
    (i64.or (i64.shl (i64.extend_i32_u (local.get $ptr)) (i64.const 32))
            (i64.extend_i32_u (local.get $len))))

  (func $note_empty
    (global.set $empties (i32.add (global.get $empties) (i32.const 1))))

  ;; Status 1 at record $index with the message at address 0.
  (func $fail (param $index i32) (result i64)
    (i32.store (global.get $OUTPUT) (i32.const 1))
    (i32.store offset=4 (global.get $OUTPUT) (local.get $index))
    (i32.store offset=8 (global.get $OUTPUT) (i32.const 19))
    (memory.copy (i32.add (global.get $OUTPUT) (i32.const 12)) (i32.const 0) (i32.const 19))
    (call $pack (global.get $OUTPUT) (i32.const 31)))

  (func (export "dataflare_filter") (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $i i32) (local $d i32) (local $w i32) (local $kept i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (local.set $w (i32.add (global.get $OUTPUT) (i32.const 8)))
    (block $done
      (loop $record
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $d (i32.add (local.get $in) (i32.add (i32.const 8) (i32.mul (local.get $i) (i32.const 48)))))
        (if (i32.eqz (i32.load offset=4 (local.get $d)))
          (then (call $note_empty))
          (else
            (if (i32.eq (i32.load8_u (i32.add (local.get $in) (i32.load (local.get $d)))) (i32.const 33))
              (then (return (call $fail (local.get $i)))))
            (i32.store (local.get $w) (local.get $i))
            (i32.store offset=4 (local.get $w) (i32.const -1))
            (local.set $w (i32.add (local.get $w) (i32.const 8)))
            (local.set $kept (i32.add (local.get $kept) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $record)))
    (i32.store (global.get $OUTPUT) (i32.const 0))
    (i32.store offset=4 (global.get $OUTPUT) (local.get $kept))
    (call $pack (global.get $OUTPUT) (i32.sub (local.get $w) (global.get $OUTPUT)))))
