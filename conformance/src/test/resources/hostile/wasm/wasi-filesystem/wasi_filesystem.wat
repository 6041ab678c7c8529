;; Hostile fixture [wasi-filesystem]: A filter that, for a batch with a value starting with "!", tries to open
;; /etc/passwd with WASI path_open through fd 3 (the first preopened directory, if any) and
;; reports the result as a plugin error: "path_open(/etc/passwd) returned errno NN"
;; (00 would mean it opened the file). Other batches are kept whole.
;; Expected: POLICY_VIOLATION at load without [permissions] wasi = true (wasi-filesystem/plugin.toml);
;;   with it (wasi-filesystem/permitted/plugin.toml), PLUGIN_ERROR at record [0] with errno 08
;;   (EBADF): WASI gets no preopened directory, so there is no file to open
;; Rebuild: wat2wasm wasi_filesystem.wat -o wasi_filesystem.wasm   (all fixtures: hostile/wasm/build.sh)
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (data (i32.const 256) "/etc/passwd")
  (data (i32.const 512) "path_open(/etc/passwd) returned errno NN")
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
    (local $errno i32)
    (if (call $triggered (local.get $in))
      (then
        ;; path_open(dirfd 3, lookup 0, path, 11 bytes, oflags 0, rights: read, inheriting 0,
        ;; fdflags 0, opened fd at 128)
        (local.set $errno
          (call $path_open (i32.const 3) (i32.const 0) (i32.const 256) (i32.const 11)
            (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 128)))
        (if (i32.eqz (local.get $errno))
          (then ;; opened: read from it, which a plugin must never be able to do
            (drop (call $fd_read (i32.load (i32.const 128)) (i32.const 0) (i32.const 0) (i32.const 0)))))
        ;; the two errno digits replace "NN"
        (i32.store8 (i32.const 550) (i32.add (i32.const 48) (i32.div_u (local.get $errno) (i32.const 10))))
        (i32.store8 (i32.const 551) (i32.add (i32.const 48) (i32.rem_u (local.get $errno) (i32.const 10))))
        ;; status 1 at record 0 with the 40-byte message
        (i32.store (global.get $OUT) (i32.const 1))
        (i32.store offset=4 (global.get $OUT) (i32.const 0))
        (i32.store offset=8 (global.get $OUT) (i32.const 40))
        (memory.copy (i32.add (global.get $OUT) (i32.const 12)) (i32.const 512) (i32.const 40))
        (return (call $pack (global.get $OUT) (i32.const 52)))))
    (call $keep_all (local.get $in))))
