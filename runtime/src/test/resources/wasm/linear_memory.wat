;; Test fixture for the runtime's linear memory (LinearMemoryTests), not a plugin: data segments
;; placed by an imported global, by an extended constant expression and by a constant; a passive
;; segment; the bulk memory instructions; loads, stores and memory.grow.
(module
  (import "test" "base" (global $base i32))
  (memory (export "memory") 1 3)
  (data (global.get $base) "imported")
  (data (i32.add (i32.const 60) (i32.const 4)) "extended")
  (data (i32.const 16) "const")
  (data $later "passive!")
  (func (export "init_passive") (param $at i32) (param $from i32) (param $size i32)
    (memory.init $later (local.get $at) (local.get $from) (local.get $size)))
  (func (export "drop_passive") (data.drop $later))
  (func (export "copy") (param $to i32) (param $from i32) (param $size i32)
    (memory.copy (local.get $to) (local.get $from) (local.get $size)))
  (func (export "fill") (param $at i32) (param $value i32) (param $size i32)
    (memory.fill (local.get $at) (local.get $value) (local.get $size)))
  (func (export "load64") (param $at i32) (result i64) (i64.load (local.get $at)))
  (func (export "store64") (param $at i32) (param $value i64)
    (i64.store (local.get $at) (local.get $value)))
  (func (export "load8") (param $at i32) (result i32) (i32.load8_u (local.get $at)))
  (func (export "grow") (param $pages i32) (result i32) (memory.grow (local.get $pages)))
  (func (export "size") (result i32) (memory.size)))
