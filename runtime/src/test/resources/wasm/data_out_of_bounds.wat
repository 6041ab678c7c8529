;; Test fixture: a data segment that runs past the end of its memory, so instantiation fails.
(module
  (memory (export "memory") 1)
  (data (i32.const 65530) "12345678"))
