  ;; ---- planted by gate-experiment/variants/build-variants.sh (not part of sample 01) ----
  ;; Extra work in proportion to the records: called once per batch, after the record loop,
  ;; it runs @EIGHTHS@/8 rounds per record of a dependent multiply-add chain (14 WASM
  ;; instructions a round; a call costs 17 more) and leaves the result in a global, so neither
  ;; Chicory's compiler nor the JIT can drop it. Kept out of the record loop so that the
  ;; sample's own code compiles as before.
  (global $planted_sink (mut i32) (i32.const 0))
  (func $planted_work (param $records i32)
    (local $n i32) (local $acc i32)
    (local.set $acc (global.get $planted_sink))
    (local.set $n (i32.div_u (i32.mul (local.get $records) (i32.const @EIGHTHS@)) (i32.const 8)))
    (block $done
      (loop $round
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $acc (i32.add (i32.mul (local.get $acc) (i32.const 31)) (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $round)))
    (global.set $planted_sink (local.get $acc)))
  ;; ---- end of planted work ----
