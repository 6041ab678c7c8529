  ;; ---- planted by gate-experiment/variants/build-variants.sh (not part of sample 01) ----
  ;; Extra work in proportion to the records: called once per batch, after the record loop,
  ;; it runs $planted_eighths/8 rounds per record of a dependent multiply-add chain (14 WASM
  ;; instructions a round; a call costs 19 more) and leaves the result in a global, so neither
  ;; Chicory's compiler nor the JIT can drop it. The rounds live in a mutable global, so every
  ;; variant compiles to the same code and only the global's initial value differs.
  (global $planted_eighths (mut i32) (i32.const @EIGHTHS@))
  (global $planted_sink (mut i32) (i32.const 0))
  (func $planted_work (param $records i32)
    (local $n i32) (local $acc i32)
    (local.set $acc (global.get $planted_sink))
    (local.set $n
      (i32.div_u (i32.mul (local.get $records) (global.get $planted_eighths)) (i32.const 8)))
    (block $done
      (loop $round
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $acc (i32.add (i32.mul (local.get $acc) (i32.const 31)) (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $round)))
    (global.set $planted_sink (local.get $acc)))
  ;; ---- end of planted work ----
