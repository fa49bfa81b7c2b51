//! FNV-1a, 64 bits: a catalog's fingerprint and the caches of a team's cells and verdicts, which hash
//! short keys thousands of times (the standard hasher's protection against crafted keys cost a tenth
//! of a count, and the file is the user's own, on their own device). Std only: `build.rs` uses it too.

/// Builds an [`FnvHasher`] (for a `HashMap`).
#[derive(Default, Clone, Copy)]
pub struct Fnv;

impl std::hash::BuildHasher for Fnv {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher::default()
    }
}

pub struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}
