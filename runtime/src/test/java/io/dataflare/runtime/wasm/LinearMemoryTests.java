package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.Value;
import io.dataflare.runtime.ExecutionMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The runtime's own linear memory, driven by a real guest in both execution modes (data segments,
 * bulk memory instructions, loads and stores at the edges, {@code memory.grow}) and by the host.
 */
class LinearMemoryTests {
  private static final int PAGE = 65_536;
  private static final int BASE = 128;

  /** The {@code linear_memory} fixture, with its imported global {@code test.base} at 128. */
  private static Instance guest(ExecutionMode mode) {
    return guest(Parser.parse(fixture("linear_memory")), mode);
  }

  private static Instance guest(WasmModule module, ExecutionMode mode) {
    ImportValues imports =
        ImportValues.builder()
            .addGlobal(new ImportGlobal("test", "base", new GlobalInstance(Value.i32(BASE))))
            .build();
    Instance.Builder builder =
        Instance.builder(module).withImportValues(imports).withMemoryFactory(LinearMemory::new);
    if (mode == ExecutionMode.COMPILED) {
      builder.withMachineFactory(MachineFactoryCompiler.compile(module));
    }
    return builder.build();
  }

  private static LinearMemory memoryOf(Instance instance) {
    return (LinearMemory) instance.memory();
  }

  private static String text(LinearMemory memory, int at, int length) {
    return new String(memory.bytes(), at, length, StandardCharsets.UTF_8);
  }

  private static long call(Instance instance, String function, long... args) {
    ExportFunction export = instance.export(function);
    long[] results = export.apply(args);
    return results == null || results.length == 0 ? 0 : results[0];
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void placesActiveDataSegmentsWhereTheirOffsetsSay(ExecutionMode mode) {
    LinearMemory memory = memoryOf(guest(mode));

    assertThat(text(memory, BASE, 8)).as("at an imported global").isEqualTo("imported");
    assertThat(text(memory, 64, 8)).as("at an extended constant").isEqualTo("extended");
    assertThat(text(memory, 16, 5)).as("at a constant").isEqualTo("const");
    assertThat(memory.bytes()).hasSize(PAGE);
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void copiesAPassiveSegmentUntilItIsDropped(ExecutionMode mode) {
    Instance instance = guest(mode);
    LinearMemory memory = memoryOf(instance);

    call(instance, "init_passive", 1000, 0, 8);
    call(instance, "drop_passive");

    assertThat(text(memory, 1000, 8)).isEqualTo("passive!");
    assertThatThrownBy(() -> call(instance, "init_passive", 2000, 0, 1))
        .isInstanceOf(WasmRuntimeException.class)
        .hasMessageContaining("out of bounds memory access");
    assertThatThrownBy(() -> guestInitPastTheSegment(mode))
        .isInstanceOf(WasmRuntimeException.class)
        .hasMessageContaining("memory.init reads [4] bytes from offset [6]");
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void dropsAPassiveSegmentForItsOwnInstanceOnly(ExecutionMode mode) {
    WasmModule module = Parser.parse(fixture("linear_memory"));
    Instance dropping = guest(module, mode);
    Instance other = guest(module, mode);

    call(dropping, "drop_passive");
    call(other, "init_passive", 1000, 0, 8);

    assertThat(text(memoryOf(other), 1000, 8)).isEqualTo("passive!");
  }

  private static void guestInitPastTheSegment(ExecutionMode mode) {
    call(guest(mode), "init_passive", 1000, 6, 4);
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void copiesOverlappingRangesAsIfThroughABuffer(ExecutionMode mode) {
    Instance instance = guest(mode);
    LinearMemory memory = memoryOf(instance);

    call(instance, "copy", 66, 64, 8);

    assertThat(text(memory, 64, 10)).isEqualTo("exextended");
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void fillsAndTrapsOnAFillPastTheEnd(ExecutionMode mode) {
    Instance instance = guest(mode);
    LinearMemory memory = memoryOf(instance);

    call(instance, "fill", PAGE - 4, 'z', 4);

    assertThat(text(memory, PAGE - 4, 4)).isEqualTo("zzzz");
    assertThatThrownBy(() -> call(instance, "fill", PAGE - 4, 'z', 5))
        .isInstanceOf(WasmRuntimeException.class)
        .hasMessageContaining("out of bounds memory access");
    assertThat(text(memory, PAGE - 4, 4)).as("a trapping fill writes nothing").isEqualTo("zzzz");
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void trapsOnAnAccessThatEndsPastTheMemory(ExecutionMode mode) {
    Instance instance = guest(mode);

    call(instance, "store64", PAGE - 8, 0x0102030405060708L);

    assertThat(call(instance, "load64", PAGE - 8)).isEqualTo(0x0102030405060708L);
    assertThat(call(instance, "load8", PAGE - 1)).as("little-endian").isEqualTo(0x01);
    assertThatThrownBy(() -> call(instance, "load64", PAGE - 7))
        .isInstanceOf(WasmRuntimeException.class)
        .hasMessageContaining("out of bounds memory access: [8] bytes at address [65529]");
    assertThatThrownBy(() -> call(instance, "load8", 0xFFFF_FFFFL))
        .as("an address above 2 GiB, negative as a Java int")
        .isInstanceOf(WasmRuntimeException.class)
        .hasMessageContaining("out of bounds memory access");
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void growsToItsMaximumAndCountsTheGrowsItRefuses(ExecutionMode mode) {
    Instance instance = guest(mode);
    LinearMemory memory = memoryOf(instance);
    call(instance, "store64", 0, 42);

    assertThat(call(instance, "grow", 2)).as("the size before").isEqualTo(1);
    assertThat(call(instance, "grow", 1)).as("past the maximum of 3").isEqualTo(-1);
    assertThat(call(instance, "grow", 0)).isEqualTo(3);

    assertThat(call(instance, "size")).isEqualTo(3);
    assertThat(memory.bytes()).hasSize(3 * PAGE);
    assertThat(call(instance, "load64", 0)).as("kept across the grow").isEqualTo(42);
    assertThat(call(instance, "load64", 3 * PAGE - 8)).as("new pages are zero").isZero();
    assertThat(memory.refusedGrows()).isEqualTo(1);
  }

  @Test
  void refusesAModuleWhoseDataSegmentRunsPastTheMemory() {
    WasmModule module = Parser.parse(fixture("data_out_of_bounds"));

    assertThatThrownBy(() -> Instance.builder(module).withMemoryFactory(LinearMemory::new).build())
        .isInstanceOf(UninstantiableException.class)
        .hasMessageContaining("a data segment of [8] bytes at address [65530]")
        .hasMessageContaining("does not fit in the memory's [65536] bytes");
  }

  @Test
  void refusesASharedMemory() {
    assertThatThrownBy(() -> new LinearMemory(new MemoryLimits(1, 1, true)))
        .isInstanceOf(UninstantiableException.class)
        .hasMessageContaining("shared memory")
        .hasMessageContaining("build it without shared memory");
  }

  @Test
  void zeroesOnlyOnceItsDataIsWritten() {
    LinearMemory memory = new LinearMemory(new MemoryLimits(1, 1));
    memory.initialize(null, null);
    memory.writeI32(8, 7);

    memory.zero();

    assertThat(memory.readInt(8)).isZero();
  }

  @Test
  void readsAndWritesForTheHostWithinItsBounds() {
    LinearMemory memory = new LinearMemory(new MemoryLimits(1, 2));
    byte[] data = "hello".getBytes(StandardCharsets.UTF_8);

    memory.write(PAGE - 5, data, 0, 5);

    assertThat(memory.readBytes(PAGE - 5, 5)).isEqualTo(data);
    assertThat(memory.readString(PAGE - 5, 5)).isEqualTo("hello");
    assertThatThrownBy(() -> memory.write(PAGE - 4, data, 0, 5))
        .isInstanceOf(WasmRuntimeException.class)
        .hasMessage(
            "out of bounds memory access: [5] bytes at address [65532] in a memory of [65536]"
                + " bytes");
    assertThatThrownBy(() -> memory.readBytes(-1, 1)).isInstanceOf(WasmRuntimeException.class);
    assertThat(Arrays.copyOfRange(memory.bytes(), PAGE - 5, PAGE)).isEqualTo(data);
  }

  @Test
  void refusesAtomicWaitsAndWakesNoOne() {
    LinearMemory memory = new LinearMemory(new MemoryLimits(1, 1));

    assertThat(memory.notify(0, 1)).isZero();
    assertThatThrownBy(() -> memory.waitOn(0, 0, 10L))
        .isInstanceOf(WasmRuntimeException.class)
        .hasMessageContaining("not shared");
  }
}
