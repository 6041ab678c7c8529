package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A plugin instance's linear memory: one byte array, exactly as large as the memory's pages, that
 * the runtime owns, so the host writes a batch straight into it and reads the outputs straight out
 * of it ({@link #bytes()}), with no staging copy through {@link Memory}'s methods.
 *
 * <p>The guest's loads and stores are bounds-checked by the array itself: an access past the end
 * traps with an out-of-bounds {@link WasmRuntimeException}, as the WebAssembly specification asks.
 * A {@code memory.grow} past the maximum returns -1 and is counted ({@link #refusedGrows()}).
 *
 * <p>Not shared (the threads proposal): a plugin instance runs on one thread at a time, and the
 * module contract refuses modules that declare a shared memory. Not thread-safe.
 */
final class LinearMemory implements Memory {
  /** The most pages a Java array can hold: 32,767 of 64 KiB, just under 2 GiB. */
  private static final int MAX_ARRAY_PAGES = Integer.MAX_VALUE / PAGE_SIZE;

  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle FLOAT =
      MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle DOUBLE =
      MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

  private final int initialPages;
  private final int maximumPages;
  private byte[] bytes;
  private int pages;
  private int refusedGrows;
  private DataSegment[] segments = new DataSegment[0];

  /** Whether the data segments are written: before that, the array is as the JVM zeroed it. */
  private boolean initialized;

  LinearMemory(MemoryLimits limits) {
    if (limits.shared()) {
      throw new UninstantiableException(
          "the module declares a shared memory (the threads proposal), which plugins cannot use:"
              + " build it without shared memory");
    }
    this.initialPages = limits.initialPages();
    this.maximumPages = Math.min(limits.maximumPages(), MAX_ARRAY_PAGES);
    if (initialPages > maximumPages) {
      throw new UninstantiableException(
          "the memory's initial size of ["
              + initialPages
              + "] pages is above its maximum of ["
              + maximumPages
              + "] pages");
    }
    this.pages = initialPages;
    this.bytes = new byte[initialPages * PAGE_SIZE];
  }

  /**
   * The memory's bytes now: offset {@code i} is the guest's address {@code i}. A {@code
   * memory.grow} replaces the array, so fetch it again after every guest call.
   */
  byte[] bytes() {
    return bytes;
  }

  /** The memory's size in bytes: its pages times 64 KiB. */
  int sizeBytes() {
    return bytes.length;
  }

  /** How many {@code memory.grow} calls were refused because they would pass the maximum. */
  int refusedGrows() {
    return refusedGrows;
  }

  @Override
  public int pages() {
    return pages;
  }

  @Override
  public int initialPages() {
    return initialPages;
  }

  @Override
  public int maximumPages() {
    return maximumPages;
  }

  @Override
  public boolean shared() {
    return false;
  }

  @Override
  public int grow(int delta) {
    int before = pages;
    long after = (long) before + delta;
    if (delta < 0 || after > maximumPages) {
      refusedGrows++;
      return -1;
    }
    if (delta > 0) {
      bytes = Arrays.copyOf(bytes, (int) after * PAGE_SIZE);
      pages = (int) after;
    }
    return before;
  }

  /** A monitor for an atomic read-modify-write: this memory is only ever used by one thread. */
  @Override
  public Object lock(int address) {
    return this;
  }

  @Override
  public int waitOn(int address, int expected, long timeout) {
    throw notShared();
  }

  @Override
  public int waitOn(int address, long expected, long timeout) {
    throw notShared();
  }

  /** Wakes no one: no thread can wait on a memory that is not shared. */
  @Override
  public int notify(int address, int count) {
    return 0;
  }

  private static WasmRuntimeException notShared() {
    return new WasmRuntimeException("memory.atomic.wait on a memory that is not shared");
  }

  @Override
  public void initialize(Instance instance, DataSegment[] dataSegments) {
    // Chicory hands each instance its own array, so data.drop below empties this instance's only
    segments = dataSegments == null ? new DataSegment[0] : dataSegments;
    for (DataSegment segment : segments) {
      if (segment instanceof ActiveDataSegment active) {
        int at = SegmentOffset.of(instance, active.offsetInstructions());
        byte[] data = active.data();
        if (outside(at, data.length)) {
          throw new UninstantiableException(
              "out of bounds memory access: a data segment of ["
                  + data.length
                  + "] bytes at address ["
                  + Integer.toUnsignedString(at)
                  + "] does not fit in the memory's ["
                  + bytes.length
                  + "] bytes");
        }
        System.arraycopy(data, 0, bytes, at, data.length);
      } else if (!(segment instanceof PassiveDataSegment)) {
        throw new ChicoryException("a data segment is neither active nor passive: " + segment);
      }
    }
    initialized = true;
  }

  @Override
  public void initPassiveSegment(int segment, int destination, int offset, int size) {
    byte[] data = segments[segment].data();
    if (offset < 0 || size < 0 || (long) offset + size > data.length) {
      throw new WasmRuntimeException(
          "out of bounds memory access: memory.init reads ["
              + size
              + "] bytes from offset ["
              + Integer.toUnsignedString(offset)
              + "] of a data segment of ["
              + data.length
              + "] bytes");
    }
    write(destination, data, offset, size);
  }

  @Override
  public void drop(int segment) {
    segments[segment] = PassiveDataSegment.EMPTY;
  }

  /** Zeroes the memory; a memory whose data segments are not written yet is still all zeros. */
  @Override
  public void zero() {
    if (initialized) {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  @Override
  public void fill(byte value, int from, int to) {
    if (from < 0 || to < from || to > bytes.length) {
      throw outOfBounds(from, to - from);
    }
    Arrays.fill(bytes, from, to, value);
  }

  @Override
  public void copy(int destination, int source, int size) {
    if (outside(source, size) || outside(destination, size)) {
      throw outOfBounds(outside(source, size) ? source : destination, size);
    }
    System.arraycopy(bytes, source, bytes, destination, size);
  }

  @Override
  public void write(int address, byte[] data, int offset, int size) {
    if (outside(address, size)) {
      throw outOfBounds(address, size);
    }
    System.arraycopy(data, offset, bytes, address, size);
  }

  @Override
  public byte[] readBytes(int address, int size) {
    if (outside(address, size)) {
      throw outOfBounds(address, size);
    }
    return Arrays.copyOfRange(bytes, address, address + size);
  }

  @Override
  public byte read(int address) {
    try {
      return bytes[address];
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 1);
    }
  }

  @Override
  public void writeByte(int address, byte value) {
    try {
      bytes[address] = value;
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 1);
    }
  }

  @Override
  public short readShort(int address) {
    try {
      return (short) SHORT.get(bytes, address);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 2);
    }
  }

  @Override
  public long readU16(int address) {
    return readShort(address) & 0xFFFFL;
  }

  @Override
  public void writeShort(int address, short value) {
    try {
      SHORT.set(bytes, address, value);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 2);
    }
  }

  @Override
  public int readInt(int address) {
    try {
      return (int) INT.get(bytes, address);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 4);
    }
  }

  @Override
  public void writeI32(int address, int value) {
    try {
      INT.set(bytes, address, value);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 4);
    }
  }

  @Override
  public long readLong(int address) {
    try {
      return (long) LONG.get(bytes, address);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 8);
    }
  }

  @Override
  public void writeLong(int address, long value) {
    try {
      LONG.set(bytes, address, value);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 8);
    }
  }

  /** The float at {@code address} as its raw bits, widened. */
  @Override
  public long readF32(int address) {
    return readInt(address);
  }

  @Override
  public float readFloat(int address) {
    try {
      return (float) FLOAT.get(bytes, address);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 4);
    }
  }

  @Override
  public void writeF32(int address, float value) {
    try {
      FLOAT.set(bytes, address, value);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 4);
    }
  }

  /** The double at {@code address} as its raw bits. */
  @Override
  public long readF64(int address) {
    return readLong(address);
  }

  @Override
  public double readDouble(int address) {
    try {
      return (double) DOUBLE.get(bytes, address);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 8);
    }
  }

  @Override
  public void writeF64(int address, double value) {
    try {
      DOUBLE.set(bytes, address, value);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(address, 8);
    }
  }

  /** Whether {@code [address, address + size)} leaves the memory (addresses are unsigned). */
  private boolean outside(int address, int size) {
    return address < 0 || size < 0 || (long) address + size > bytes.length;
  }

  private WasmRuntimeException outOfBounds(int address, int size) {
    return new WasmRuntimeException(
        "out of bounds memory access: ["
            + size
            + "] bytes at address ["
            + Integer.toUnsignedString(address)
            + "] in a memory of ["
            + bytes.length
            + "] bytes");
  }
}
