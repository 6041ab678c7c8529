;; Test fixture: a plugin that misbehaves on purpose. The first byte of the value of its first
;; config entry picks how (the tests pass whole words; only the first letter counts):
;;   k keep         ok: keeps every record (entry per record, len -1); valid for every type
;;   u unreachable  traps on `unreachable`
;;   z zero         traps dividing by zero
;;   r recursion    recurses without end (stack exhaustion)
;;   g grow         grows memory a page at a time until refused, then traps, as an allocator aborts
;;   h huge         asks memory.grow for 60000 pages at once, is refused, then traps
;;   f forever      loops forever
;;   a alloc-null   dataflare_alloc returns 0 for batches
;;   x x-refused    dataflare_alloc asks memory.grow for 60000 pages for batches, is refused, returns 0
;;   o outside      dataflare_alloc returns a region past the end of memory
;;   n not-aligned  dataflare_alloc returns a pointer that is not 8-byte aligned
;;   p pointer      output pointer past the end of memory
;;   l length       output length past the end of memory
;;   s status-error status 1 at record_index 1 with the message "bad record"
;;   b bad-status   status 7
;;   i index        one entry whose source_index is record_count + 2
;;   d descending   two entries, source_index 1 then 0
;;   m many         1024 * record_count + 1 entries (source_index 0, len 0)
;;   e entry-overflow one entry of len 1000 in a 16-byte buffer
;; It exports one entry function under all five entry names, so one module serves every type.
;; Rebuild: runtime/src/test/resources/wasm/build.sh
(module
  (memory (export "memory") 4)
  (global $mode (mut i32) (i32.const 107)) ;; 'k'
  (global $zero (mut i32) (i32.const 0))
  (global $INPUT i32 (i32.const 65536))
  (global $OUTPUT i32 (i32.const 131072))
  (data (i32.const 1024) "bad record")

  (func (export "dataflare_abi_version") (result i32) (i32.const 1))

  (func (export "dataflare_alloc") (param $size i32) (result i32)
    (if (i32.gt_u (local.get $size) (i32.const 65536)) (then (return (i32.const 0))))
    (if (i32.eq (global.get $mode) (i32.const 97)) (then (return (i32.const 0))))          ;; a
    (if (i32.eq (global.get $mode) (i32.const 120))                                        ;; x
      (then (drop (memory.grow (i32.const 60000))) (return (i32.const 0))))
    (if (i32.eq (global.get $mode) (i32.const 111)) (then (return (i32.const 262000))))    ;; o
    (if (i32.eq (global.get $mode) (i32.const 110)) (then (return (i32.const 65540))))     ;; n
    (global.get $INPUT))

  (func (export "dataflare_init") (param $cfg i32) (param $len i32) (result i32)
    (local $key_len i32) (local $value i32)
    (if (i32.eqz (i32.load (local.get $cfg))) (then (return (i32.const 0))))
    (local.set $key_len (i32.load offset=4 (local.get $cfg)))
    (local.set $value (i32.add (i32.add (local.get $cfg) (i32.const 12)) (local.get $key_len)))
    (global.set $mode (i32.load8_u (local.get $value)))
    (i32.const 0))

  (func (export "dataflare_reset"))

  (func $recurse (param $depth i32) (result i32)
    (i32.add (call $recurse (i32.add (local.get $depth) (i32.const 1))) (i32.const 1)))

  (func $pack (param $ptr i32) (param $len i32) (result i64)
    (i64.or (i64.shl (i64.extend_i32_u (local.get $ptr)) (i64.const 32))
            (i64.extend_i32_u (local.get $len))))

  ;; Writes entry n (source_index, len) of the output at $OUTPUT, with no value bytes.
  (func $entry (param $n i32) (param $source i32) (param $len i32)
    (local $at i32)
    (local.set $at (i32.add (global.get $OUTPUT) (i32.add (i32.const 8) (i32.shl (local.get $n) (i32.const 3)))))
    (i32.store (local.get $at) (local.get $source))
    (i32.store offset=4 (local.get $at) (local.get $len)))

  (func $ok (param $entries i32) (result i64)
    (i32.store (global.get $OUTPUT) (i32.const 0))
    (i32.store offset=4 (global.get $OUTPUT) (local.get $entries))
    (call $pack (global.get $OUTPUT)
      (i32.add (i32.const 8) (i32.shl (local.get $entries) (i32.const 3)))))

  (func $process (param $in i32) (param $in_len i32) (result i64)
    (local $count i32) (local $i i32) (local $m i32)
    (local.set $count (i32.load offset=4 (local.get $in)))
    (local.set $m (global.get $mode))
    (if (i32.eq (local.get $m) (i32.const 117)) (then unreachable))                            ;; u
    (if (i32.eq (local.get $m) (i32.const 122))                                                ;; z
      (then (return (i64.extend_i32_u (i32.div_u (i32.const 1) (global.get $zero))))))
    (if (i32.eq (local.get $m) (i32.const 114))                                                ;; r
      (then (return (i64.extend_i32_u (call $recurse (i32.const 0))))))
    (if (i32.eq (local.get $m) (i32.const 103))                                                ;; g
      (then
        (loop $grow (br_if $grow (i32.ne (memory.grow (i32.const 1)) (i32.const -1))))
        unreachable))
    (if (i32.eq (local.get $m) (i32.const 104))                                                ;; h
      (then (drop (memory.grow (i32.const 60000))) unreachable))
    (if (i32.eq (local.get $m) (i32.const 102)) (then (loop $forever (br $forever))))          ;; f
    (if (i32.eq (local.get $m) (i32.const 112))                                                ;; p
      (then (return (call $pack (i32.const -16) (i32.const 8)))))
    (if (i32.eq (local.get $m) (i32.const 108))                                                ;; l
      (then (return (call $pack (global.get $OUTPUT) (i32.const 200000)))))
    (if (i32.eq (local.get $m) (i32.const 115))                                                ;; s
      (then
        (i32.store (global.get $OUTPUT) (i32.const 1))
        (i32.store offset=4 (global.get $OUTPUT) (i32.const 1))
        (i32.store offset=8 (global.get $OUTPUT) (i32.const 10))
        (memory.copy (i32.add (global.get $OUTPUT) (i32.const 12)) (i32.const 1024) (i32.const 10))
        (return (call $pack (global.get $OUTPUT) (i32.const 22)))))
    (if (i32.eq (local.get $m) (i32.const 98))                                                 ;; b
      (then
        (i32.store (global.get $OUTPUT) (i32.const 7))
        (return (call $pack (global.get $OUTPUT) (i32.const 8)))))
    (if (i32.eq (local.get $m) (i32.const 105))                                                ;; i
      (then
        (call $entry (i32.const 0) (i32.add (local.get $count) (i32.const 2)) (i32.const -1))
        (return (call $ok (i32.const 1)))))
    (if (i32.eq (local.get $m) (i32.const 100))                                                ;; d
      (then
        (call $entry (i32.const 0) (i32.const 1) (i32.const -1))
        (call $entry (i32.const 1) (i32.const 0) (i32.const -1))
        (return (call $ok (i32.const 2)))))
    (if (i32.eq (local.get $m) (i32.const 109))                                                ;; m
      (then
        (local.set $m (i32.add (i32.shl (local.get $count) (i32.const 10)) (i32.const 1)))
        (block $done
          (loop $many
            (br_if $done (i32.ge_u (local.get $i) (local.get $m)))
            (call $entry (local.get $i) (i32.const 0) (i32.const 0))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $many)))
        (return (call $ok (local.get $m)))))
    (if (i32.eq (local.get $m) (i32.const 101))                                                ;; e
      (then
        (call $entry (i32.const 0) (i32.const 0) (i32.const 1000))
        (drop (call $ok (i32.const 1)))
        (return (call $pack (global.get $OUTPUT) (i32.const 16)))))
    ;; k (and anything else): keep every record
    (block $done
      (loop $keep
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (call $entry (local.get $i) (local.get $i) (i32.const -1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $keep)))
    (call $ok (local.get $count)))

  (export "dataflare_filter" (func $process))
  (export "dataflare_map" (func $process))
  (export "dataflare_filter_map" (func $process))
  (export "dataflare_flat_map" (func $process))
  (export "dataflare_aggregate" (func $process)))
