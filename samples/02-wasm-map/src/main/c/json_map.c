/*
 * DataFlare sample 02: json-upper, a map plugin in freestanding C (no libc).
 *
 * In each record's value, a JSON object, upper-cases the string value of the top-level field
 * named by the config key `field` (default "name"):
 *   {"name":"ada","id":1}  ->  {"name":"ADA","id":1}
 * A record without that field (or whose field is not a string) passes unchanged. A value that is
 * not a JSON object fails the batch with a plugin error (status 1) naming the record and why.
 * The ABI is described in docs/wasm-abi.md.
 *
 * The scanner is deliberately tiny. Its limits:
 *   - it looks at top-level fields only, and compares field names byte for byte (a name written
 *     with escapes, such as "n\u0061me", does not match);
 *   - it upper-cases ASCII letters only, and leaves escape sequences (\n, \u00e9) intact;
 *   - it checks the structure it walks (quotes, colons, commas, brackets up to the field) but is
 *     not a JSON validator: bytes after the field, or after the closing brace, are not checked.
 *
 * Rebuild (from samples/02-wasm-map), with Debian's clang and lld:
 *   clang --target=wasm32 -nostdlib -O2 -mbulk-memory -Wl,--no-entry \
 *     -Wl,--export=dataflare_abi_version -Wl,--export=dataflare_alloc \
 *     -Wl,--export=dataflare_init -Wl,--export=dataflare_map \
 *     -o plugin/json_map.wasm src/main/c/json_map.c
 * (-mbulk-memory turns the compiler's memcpy into the memory.copy instruction: without libc
 * there is no memcpy to import.)
 */

typedef unsigned char u8;
typedef unsigned int u32;
typedef int i32;
typedef unsigned long long u64;

#define PAGE 65536u
#define FIELD_MAX 64u

/* The end of the static data and stack, where the linker lets the heap begin. */
extern u8 __heap_base;

static u8 field[FIELD_MAX] = "name";
static u32 field_len = 4;

/* The input region the host writes each batch into, handed out by dataflare_alloc. */
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

static int same(const u8 *a, const u8 *b, u32 n) {
  for (u32 i = 0; i < n; i++) {
    if (a[i] != b[i]) return 0;
  }
  return 1;
}

/* Grows linear memory so that [0, end) is addressable; returns 0 when it cannot. */
static int ensure(u32 end) {
  u32 have = (u32)__builtin_wasm_memory_size(0) * PAGE;
  if (end <= have) return 1;
  return __builtin_wasm_memory_grow(0, (end - have + PAGE - 1) / PAGE) != (unsigned long)-1;
}

static u8 *align8(u8 *p) { return (u8 *)(((unsigned long)p + 7) & ~7ul); }

u32 dataflare_abi_version(void) { return 1; }

/* Always the same place: the host asks again only when a batch outgrows the last region. */
u8 *dataflare_alloc(u32 size) {
  u8 *region = align8(&__heap_base);
  if (!ensure((u32)(unsigned long)region + size)) return 0;
  input = region;
  input_cap = size;
  return region;
}

/* Config: u32 count, then per entry u32 key_len, key, u32 value_len, value. Keeps a copy of
 * `field`: the config buffer is only valid during this call. */
i32 dataflare_init(const u8 *cfg, u32 len) {
  (void)len;
  u32 count = read_u32(cfg);
  const u8 *p = cfg + 4;
  for (u32 i = 0; i < count; i++) {
    u32 key_len = read_u32(p);
    const u8 *key = p + 4;
    u32 value_len = read_u32(key + key_len);
    const u8 *value = key + key_len + 4;
    if (key_len == 5 && same(key, (const u8 *)"field", 5)) {
      if (value_len == 0 || value_len > FIELD_MAX) return 2; /* empty or too long */
      for (u32 j = 0; j < value_len; j++) field[j] = value[j];
      field_len = value_len;
    }
    p = value + value_len;
  }
  return 0;
}

/* --- the scanner ---------------------------------------------------------------------- */

typedef struct {
  const u8 *s;
  u32 n;
  u32 i;
  const char *error; /* set when the value is not what we expect */
} Scan;

static void skip_space(Scan *c) {
  while (c->i < c->n && (c->s[c->i] == ' ' || c->s[c->i] == '\t' || c->s[c->i] == '\n' ||
                         c->s[c->i] == '\r')) {
    c->i++;
  }
}

/* At an opening quote: moves past the closing quote. */
static int skip_string(Scan *c) {
  for (c->i++; c->i < c->n; c->i++) {
    if (c->s[c->i] == '\\') {
      c->i++;
    } else if (c->s[c->i] == '"') {
      c->i++;
      return 1;
    }
  }
  c->error = "unterminated string";
  return 0;
}

/* Moves past one value: a string, an object or array (brackets counted outside strings), or a
 * number or literal (up to the next ',' '}' or ']'). */
static int skip_value(Scan *c) {
  if (c->i >= c->n) {
    c->error = "missing value";
    return 0;
  }
  if (c->s[c->i] == '"') return skip_string(c);
  if (c->s[c->i] == '{' || c->s[c->i] == '[') {
    u32 depth = 0;
    while (c->i < c->n) {
      u8 b = c->s[c->i];
      if (b == '"') {
        if (!skip_string(c)) return 0;
        continue;
      }
      if (b == '{' || b == '[') depth++;
      if (b == '}' || b == ']') {
        if (--depth == 0) {
          c->i++;
          return 1;
        }
      }
      c->i++;
    }
    c->error = "unterminated object or array";
    return 0;
  }
  u32 start = c->i;
  while (c->i < c->n && c->s[c->i] != ',' && c->s[c->i] != '}' && c->s[c->i] != ']') c->i++;
  if (c->i == start) c->error = "missing value";
  return c->i > start;
}

/* Finds the field's string value. Returns 1 with [*start, *end) the bytes between its quotes,
 * 0 when the object has no such string field, -1 with c->error set when the value is not an
 * object we can read. */
static int find_field(Scan *c, u32 *start, u32 *end) {
  skip_space(c);
  if (c->i >= c->n || c->s[c->i] != '{') {
    c->error = "value is not a JSON object";
    return -1;
  }
  c->i++;
  skip_space(c);
  if (c->i < c->n && c->s[c->i] == '}') return 0;
  for (;;) {
    skip_space(c);
    if (c->i >= c->n || c->s[c->i] != '"') {
      c->error = "expected a field name";
      return -1;
    }
    u32 name = c->i + 1;
    if (!skip_string(c)) return -1;
    u32 name_len = c->i - 1 - name;
    skip_space(c);
    if (c->i >= c->n || c->s[c->i] != ':') {
      c->error = "expected ':' after a field name";
      return -1;
    }
    c->i++;
    skip_space(c);
    int match = name_len == field_len && same(c->s + name, field, field_len);
    if (match && c->i < c->n && c->s[c->i] == '"') {
      *start = c->i + 1;
      if (!skip_string(c)) return -1;
      *end = c->i - 1;
      return 1;
    }
    if (!skip_value(c)) return -1;
    skip_space(c);
    if (c->i < c->n && c->s[c->i] == ',') {
      c->i++;
      continue;
    }
    if (c->i < c->n && c->s[c->i] == '}') return 0;
    c->error = "expected ',' or '}' after a field";
    return -1;
  }
}

/* --- the entry point ---------------------------------------------------------------------- */

static u64 pack(u8 *ptr, u32 len) { return (u64)(unsigned long)ptr << 32 | len; }

/* Status 1: the batch fails at this record with "<problem> at byte <n>". */
static u64 plugin_error(u8 *out, u32 record, const char *problem, u32 at) {
  u8 *msg = out + 12;
  u32 len = 0;
  while (problem[len]) {
    msg[len] = (u8)problem[len];
    len++;
  }
  const char *where = " at byte ";
  for (u32 k = 0; where[k]; k++) msg[len++] = (u8)where[k];
  u8 digits[10];
  u32 d = 0;
  do {
    digits[d++] = (u8)('0' + at % 10);
    at /= 10;
  } while (at);
  while (d) msg[len++] = digits[--d];
  write_u32(out, 1);
  write_u32(out + 4, record);
  write_u32(out + 8, len);
  return pack(out, 12 + len);
}

/* Input: u32 magic, u32 record_count, then 48-byte descriptors (value_off at +0, value_len at
 * +4, offsets relative to the input). Output, after the input region: u32 status, u32
 * entry_count, then per record u32 source_index, i32 len (-1: unchanged) and the new value. */
u64 dataflare_map(const u8 *in, u32 in_len) {
  u32 count = read_u32(in + 4);
  u8 *out = align8(input + input_cap);
  /* every value copied once, 8 bytes per entry, and room for an error message */
  if (!ensure((u32)(unsigned long)out + 8 + count * 8 + in_len + 256)) __builtin_trap();
  u8 *w = out + 8;
  for (u32 r = 0; r < count; r++) {
    const u8 *descriptor = in + 8 + 48 * r;
    const u8 *value = in + read_u32(descriptor);
    u32 value_len = read_u32(descriptor + 4);
    Scan scan = {value, value_len, 0, 0};
    u32 start = 0, end = 0;
    int found = find_field(&scan, &start, &end);
    if (found < 0) return plugin_error(out, r, scan.error, scan.i);
    write_u32(w, r);
    if (!found) {
      write_u32(w + 4, (u32)-1); /* keep the record as it is */
      w += 8;
      continue;
    }
    write_u32(w + 4, value_len);
    u8 *copy = w + 8;
    for (u32 k = 0; k < value_len; k++) {
      u8 b = value[k];
      if (k >= start && k < end) {
        if (b == '\\') { /* keep an escape sequence's next byte as it is */
          copy[k] = b;
          k++;
          if (k < value_len) copy[k] = value[k];
          continue;
        }
        if (b >= 'a' && b <= 'z') b = (u8)(b - 32);
      }
      copy[k] = b;
    }
    w += 8 + value_len;
  }
  write_u32(out, 0);
  write_u32(out + 4, count);
  return pack(out, (u32)(w - out));
}
