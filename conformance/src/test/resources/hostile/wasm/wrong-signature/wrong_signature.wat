;; Hostile fixture [wrong-signature]: dataflare_filter takes one parameter instead of (in_ptr, in_len).
;; Copied from runtime/src/test/resources/wasm/wrong_signature.wat (the runtime's own test).
;; Expected: INVALID_MODULE at load
;; Rebuild: wat2wasm wrong_signature.wat -o wrong_signature.wasm   (all fixtures: hostile/wasm/build.sh)
(module
  (memory (export "memory") 1)
  (func (export "dataflare_abi_version") (result i32) (i32.const 1))
  (func (export "dataflare_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dataflare_filter") (param i32) (result i64) (i64.const 0)))
