package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.types.Instruction;
import java.util.List;

/**
 * The address of an active data segment: its offset, a constant expression of {@code i32.const} and
 * {@code global.get}, combined with {@code i32.add}, {@code i32.sub} and {@code i32.mul} (the
 * extended-constant proposal), evaluated against the instance being built.
 */
final class SegmentOffset {
  private SegmentOffset() {}

  /** The offset's value, an unsigned 32-bit address held in an {@code int}. */
  static int of(Instance instance, List<Instruction> expression) {
    int[] stack = new int[expression.size()];
    int depth = 0;
    for (Instruction instruction : expression) {
      switch (instruction.opcode()) {
        case I32_CONST -> stack[depth++] = (int) instruction.operand(0);
        case GLOBAL_GET ->
            stack[depth++] = (int) instance.global((int) instruction.operand(0)).getValue();
        case I32_ADD, I32_SUB, I32_MUL -> {
          if (depth < 2) {
            throw unsupported("[" + instruction.opcode() + "] with fewer than two operands");
          }
          int right = stack[--depth];
          int left = stack[--depth];
          stack[depth++] =
              switch (instruction.opcode()) {
                case I32_ADD -> left + right;
                case I32_SUB -> left - right;
                default -> left * right;
              };
        }
        case END -> {
          // the expression's end
        }
        default -> throw unsupported("[" + instruction.opcode() + "]");
      }
    }
    if (depth != 1) {
      throw unsupported("[" + depth + "] values instead of one");
    }
    return stack[0];
  }

  private static UninstantiableException unsupported(String what) {
    return new UninstantiableException(
        "a data segment's offset is not an i32 constant expression: it has "
            + what
            + "; place the segment at an i32.const or global.get address");
  }
}
