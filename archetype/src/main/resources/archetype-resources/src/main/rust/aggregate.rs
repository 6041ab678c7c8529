//! A DataFlare aggregate plugin in Rust: counts the records across batches and, after each
//! non-empty batch, emits the running count as decimal text, attached to the batch's last record
//! (so it carries that record's key and metadata). The count lives in the instance until the host
//! calls dataflare_reset.
//!
//! The ABI (what the host writes, what it expects back): docs/wasm-abi.md of DataFlare TestKit.
//!
//! Build, from the project folder (`mvn verify` runs it when the wasm32 target is installed):
//!   cargo build --release --target wasm32-unknown-unknown --target-dir target/cargo
//!   cp target/cargo/wasm32-unknown-unknown/release/plugin.wasm plugin/aggregate.wasm

use std::cell::RefCell;

thread_local! {
    // The input region: u64 elements make it 8-byte aligned.
    static INPUT: RefCell<Vec<u64>> = RefCell::new(Vec::new());
    // The output must stay valid until the next entry call: it lives here.
    static OUTPUT: RefCell<Vec<u8>> = RefCell::new(Vec::new());
}

#[no_mangle]
pub extern "C" fn dataflare_abi_version() -> i32 {
    1
}

/// Keeps the region while it is large enough: the host asks again only when a batch outgrows it.
#[no_mangle]
pub extern "C" fn dataflare_alloc(size: i32) -> i32 {
    INPUT.with(|input| {
        let mut input = input.borrow_mut();
        let words = (size as u32 as usize + 7) / 8;
        if input.len() < words {
            *input = vec![0u64; words];
        }
        input.as_mut_ptr() as usize as i32
    })
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// The records of a batch: u32 magic, u32 record_count, then one 48-byte descriptor per record
/// (value_off at +0, value_len at +4, relative to the input).
fn values(input: &[u8]) -> impl Iterator<Item = &[u8]> {
    (0..u32_at(input, 4) as usize).map(move |i| {
        let d = 8 + 48 * i;
        let (off, len) = (u32_at(input, d) as usize, u32_at(input, d + 4) as usize);
        &input[off..off + len]
    })
}

/// Runs `fill` on an empty output (status 0, entry_count 0) and returns `(out << 32) | out_len`.
/// `fill` appends the entries (u32 source_index, i32 len, the len bytes) and returns their count.
fn respond(in_ptr: i32, in_len: i32, fill: impl FnOnce(&[u8], &mut Vec<u8>) -> u32) -> i64 {
    let input =
        unsafe { std::slice::from_raw_parts(in_ptr as usize as *const u8, in_len as usize) };
    OUTPUT.with(|out| {
        let mut out = out.borrow_mut();
        out.clear();
        out.extend_from_slice(&0u32.to_le_bytes()); // status ok
        out.extend_from_slice(&0u32.to_le_bytes()); // entry_count, set below
        let entries = fill(input, &mut out);
        out[4..8].copy_from_slice(&entries.to_le_bytes());
        ((out.as_ptr() as usize as i64) << 32) | out.len() as i64
    })
}

/// Appends one output entry: the record it comes from and its new value (`None`: keep the record).
fn entry(out: &mut Vec<u8>, source_index: usize, value: Option<&[u8]>) {
    out.extend_from_slice(&(source_index as u32).to_le_bytes());
    match value {
        Some(bytes) => {
            out.extend_from_slice(&(bytes.len() as i32).to_le_bytes());
            out.extend_from_slice(bytes);
        }
        None => out.extend_from_slice(&(-1i32).to_le_bytes()),
    }
}

thread_local! {
    static COUNT: RefCell<u64> = RefCell::new(0);
}

/// Forgets the count: the host calls this before an instance serves a new caller.
#[no_mangle]
pub extern "C" fn dataflare_reset() {
    COUNT.with(|count| *count.borrow_mut() = 0);
}

#[no_mangle]
pub extern "C" fn dataflare_aggregate(in_ptr: i32, in_len: i32) -> i64 {
    respond(in_ptr, in_len, |input, out| {
        let records = values(input).count();
        if records == 0 {
            return 0;
        }
        let total = COUNT.with(|count| {
            *count.borrow_mut() += records as u64;
            *count.borrow()
        });
        entry(out, records - 1, Some(total.to_string().as_bytes()));
        1
    })
}
