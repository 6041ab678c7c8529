/*
 * A DataFlare filter_map plugin in freestanding C (no libc): drops the records with an empty
 * value and upper-cases the others (ASCII letters; other bytes pass unchanged).
 *
 * The ABI (what the host writes, what it expects back): docs/wasm-abi.md of DataFlare TestKit.
 *
 * Build, from the project folder (`mvn verify` runs it when clang and wasm-ld are on the PATH):
 *   clang --target=wasm32 -nostdlib -O2 -mbulk-memory -Wl,--no-entry \
 *     -Wl,--export=dataflare_abi_version -Wl,--export=dataflare_alloc \
 *     -Wl,--export=dataflare_filter_map \
 *     -o plugin/filter_map.wasm src/main/c/filter_map.c
 */

typedef unsigned char u8;
typedef unsigned int u32;
typedef unsigned long long u64;

#define PAGE 65536u
#define DESCRIPTOR 48u

/* Where the linker lets the heap begin: the input region starts there. */
extern u8 __heap_base;

static u8 *input;
static u32 input_cap;

static u32 read_u32(const u8 *p) {
  return (u32)p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24;
}

static void write_u32(u8 *p, u32 v) {
  p[0] = (u8)v;
  p[1] = (u8)(v >> 8);
  p[2] = (u8)(v >> 16);
  p[3] = (u8)(v >> 24);
}

/* Grows linear memory so that [0, end) is addressable; returns 0 when it cannot. */
static int ensure(u32 end) {
  u32 have = (u32)__builtin_wasm_memory_size(0) * PAGE;
  if (end <= have) return 1;
  return __builtin_wasm_memory_grow(0, (end - have + PAGE - 1) / PAGE) != (unsigned long)-1;
}

static u8 *align8(u8 *p) { return (u8 *)(((unsigned long)p + 7) & ~7ul); }

/* The output buffer: right after the input region, with room for size bytes. When the memory
 * limit refuses to grow, the trap is reported as MEMORY_LIMIT. */
static u8 *output(u32 size) {
  u8 *out = align8(input + input_cap);
  if (!ensure((u32)(unsigned long)out + size)) __builtin_trap();
  return out;
}

/* The entry point's result: (out << 32) | (end - out). */
static u64 result(u8 *out, u8 *end) {
  return (u64)(unsigned long)out << 32 | (u32)(end - out);
}

u32 dataflare_abi_version(void) { return 1; }

/* Always the same region: the host asks again only when a batch outgrows the last one. */
u8 *dataflare_alloc(u32 size) {
  u8 *region = align8(&__heap_base);
  if (!ensure((u32)(unsigned long)region + size)) return 0;
  input = region;
  input_cap = size;
  return region;
}

/* Copies len bytes from src to dst, upper-casing ASCII letters. */
static void upper(const u8 *src, u8 *dst, u32 len) {
  for (u32 i = 0; i < len; i++) {
    u8 c = src[i];
    dst[i] = (u8)(c - 'a' < 26u ? c - 32 : c);
  }
}

/* Input: u32 magic, u32 record_count, then one 48-byte descriptor per record (value_off at +0,
 * value_len at +4, relative to the input). Output: u32 status 0, u32 entry_count, then per kept
 * record u32 source_index, i32 len and the len bytes of the new value. */
u64 dataflare_filter_map(const u8 *in, u32 in_len) {
  u32 count = read_u32(in + 4);
  u8 *out = output(8 + 8 * count + in_len);
  u8 *w = out + 8;
  u32 kept = 0;
  for (u32 i = 0; i < count; i++) {
    const u8 *d = in + 8 + DESCRIPTOR * i;
    u32 len = read_u32(d + 4);
    if (len == 0) continue;
    write_u32(w, i);
    write_u32(w + 4, len);
    upper(in + read_u32(d), w + 8, len);
    w += 8 + len;
    kept++;
  }
  write_u32(out, 0);
  write_u32(out + 4, kept);
  return result(out, w);
}
