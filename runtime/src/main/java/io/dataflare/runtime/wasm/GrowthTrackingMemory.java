package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;

/**
 * An instance's linear memory: Chicory's {@link ByteArrayMemory} (the fastest memory for compiled
 * code here), remembering whether a {@code memory.grow} was refused since the last {@link
 * #clearRefusedGrowth}. A guest that traps or fails to allocate after a refused grow ran out of
 * memory: that is {@code MEMORY_LIMIT}, not a bug in its code.
 */
final class GrowthTrackingMemory implements Memory {
  private final ByteArrayMemory memory;
  private int refusedPages = -1;

  GrowthTrackingMemory(MemoryLimits limits) {
    this.memory = new ByteArrayMemory(limits);
  }

  /** Forgets refused growth; called before each guest call. */
  void clearRefusedGrowth() {
    refusedPages = -1;
  }

  /** Whether a grow was refused since the last clear. */
  boolean growthRefused() {
    return refusedPages >= 0;
  }

  /** The pages a refused grow asked for, or -1. */
  int refusedPages() {
    return refusedPages;
  }

  /** Current size in bytes. */
  long sizeBytes() {
    return (long) memory.pages() * WasmAbi.PAGE_BYTES;
  }

  @Override
  public int grow(int size) {
    int previous = memory.grow(size);
    if (previous < 0) {
      refusedPages = size;
    }
    return previous;
  }

  @Override
  public int pages() {
    return memory.pages();
  }

  @Override
  public int initialPages() {
    return memory.initialPages();
  }

  @Override
  public int maximumPages() {
    return memory.maximumPages();
  }

  @Override
  public boolean shared() {
    return memory.shared();
  }

  @Override
  public Object lock(int address) {
    return memory.lock(address);
  }

  @Override
  public int waitOn(int address, int expected, long timeout) {
    return memory.waitOn(address, expected, timeout);
  }

  @Override
  public int waitOn(int address, long expected, long timeout) {
    return memory.waitOn(address, expected, timeout);
  }

  @Override
  public int notify(int address, int maxThreads) {
    return memory.notify(address, maxThreads);
  }

  @Override
  public void initialize(Instance instance, DataSegment[] dataSegments) {
    memory.initialize(instance, dataSegments);
  }

  @Override
  public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
    memory.initPassiveSegment(segmentId, dest, offset, size);
  }

  @Override
  public void write(int address, byte[] data, int offset, int size) {
    memory.write(address, data, offset, size);
  }

  @Override
  public byte read(int address) {
    return memory.read(address);
  }

  @Override
  public byte[] readBytes(int address, int length) {
    return memory.readBytes(address, length);
  }

  @Override
  public void writeI32(int address, int value) {
    memory.writeI32(address, value);
  }

  @Override
  public int readInt(int address) {
    return memory.readInt(address);
  }

  @Override
  public void writeLong(int address, long value) {
    memory.writeLong(address, value);
  }

  @Override
  public long readLong(int address) {
    return memory.readLong(address);
  }

  @Override
  public void writeShort(int address, short value) {
    memory.writeShort(address, value);
  }

  @Override
  public short readShort(int address) {
    return memory.readShort(address);
  }

  @Override
  public long readU16(int address) {
    return memory.readU16(address);
  }

  @Override
  public void writeByte(int address, byte value) {
    memory.writeByte(address, value);
  }

  @Override
  public void writeF32(int address, float value) {
    memory.writeF32(address, value);
  }

  @Override
  public long readF32(int address) {
    return memory.readF32(address);
  }

  @Override
  public float readFloat(int address) {
    return memory.readFloat(address);
  }

  @Override
  public void writeF64(int address, double value) {
    memory.writeF64(address, value);
  }

  @Override
  public double readDouble(int address) {
    return memory.readDouble(address);
  }

  @Override
  public long readF64(int address) {
    return memory.readF64(address);
  }

  @Override
  public void zero() {
    memory.zero();
  }

  @Override
  public void fill(byte value, int fromIndex, int toIndex) {
    memory.fill(value, fromIndex, toIndex);
  }

  @Override
  public void drop(int segment) {
    memory.drop(segment);
  }
}
