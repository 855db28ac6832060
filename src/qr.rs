//! QR codes (ISO/IEC 18004 Model 2) for the kiosk, which shows a link as a code the visitor
//! scans instead of leaving Guichet.
//!
//! Deliberately small: byte mode only, error correction M (L when M does not fit),
//! versions 1 to 10. That holds 213 bytes at M and 271 at L, more than any link Guichet
//! shows. Pure: [`QrCode::encode`] gives the module matrix, [`QrCode::svg_path`] draws it.
//!
//! ```
//! use guichet::qr::QrCode;
//! let code = QrCode::encode("https://www.openstreetmap.org/directions?to=45.42150%2C-75.69720").unwrap();
//! assert_eq!(code.version(), 5);
//! assert_eq!(code.size(), 37);
//! ```

/// Error correction level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ecc {
    /// Recovers about 7 % of the codewords.
    Low,
    /// Recovers about 15 % of the codewords.
    Medium,
}

impl Ecc {
    const fn index(self) -> usize {
        match self {
            Ecc::Low => 0,
            Ecc::Medium => 1,
        }
    }

    /// The two bits of the format information.
    const fn format_bits(self) -> u32 {
        match self {
            Ecc::Low => 1,
            Ecc::Medium => 0,
        }
    }
}

/// Why no code could be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrError {
    /// More bytes than version 10 holds at this level.
    TooLong { bytes: usize, max: usize },
    /// A mask number above 7.
    BadMask(u8),
}

impl std::fmt::Display for QrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QrError::TooLong { bytes, max } => write!(f, "{bytes} bytes do not fit in a QR code (at most {max})"),
            QrError::BadMask(m) => write!(f, "no QR mask {m}"),
        }
    }
}

impl std::error::Error for QrError {}

/// The largest version this encoder makes.
pub const MAX_VERSION: u8 = 10;

/// Error-correction codewords per block, by level then version 1..=10 (ISO/IEC 18004
/// table 9).
const ECC_PER_BLOCK: [[usize; 10]; 2] =
    [[7, 10, 15, 20, 26, 18, 20, 24, 30, 18], [10, 16, 26, 18, 24, 16, 18, 22, 22, 26]];

/// Number of error-correction blocks, by level then version 1..=10 (same table).
const BLOCKS: [[usize; 10]; 2] = [[1, 1, 1, 1, 1, 2, 2, 2, 2, 4], [1, 1, 1, 2, 2, 4, 4, 4, 5, 5]];

/// Centre rows/columns of the alignment patterns, versions 2..=10 (annex E).
const ALIGNMENT: [&[usize]; 9] =
    [&[6, 18], &[6, 22], &[6, 26], &[6, 30], &[6, 34], &[6, 22, 38], &[6, 24, 42], &[6, 26, 46], &[6, 28, 50]];

/// A QR code: a square of dark (true) and light modules, without the quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrCode {
    version: u8,
    ecc: Ecc,
    mask: u8,
    size: usize,
    modules: Vec<bool>,
}

/// The symbol being built: modules plus which of them belong to function patterns.
struct Grid {
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    fn new(version: u8) -> Grid {
        let size = usize::from(version) * 4 + 17;
        let mut g = Grid { size, dark: vec![false; size * size], function: vec![false; size * size] };
        g.draw_function_patterns(version);
        g
    }

    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }

    fn draw_function_patterns(&mut self, version: u8) {
        let n = self.size;
        // Timing patterns (drawn first; finders and alignment overwrite their ends).
        for i in 0..n {
            self.set_function(6, i, i.is_multiple_of(2));
            self.set_function(i, 6, i.is_multiple_of(2));
        }
        // Finder patterns with their light separators.
        for (cx, cy) in [(3, 3), (n - 4, 3), (3, n - 4)] {
            for dy in -4i32..=4 {
                for dx in -4i32..=4 {
                    let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                    if x < 0 || y < 0 || x >= n as i32 || y >= n as i32 {
                        continue;
                    }
                    let ring = dx.abs().max(dy.abs());
                    self.set_function(x as usize, y as usize, ring != 2 && ring != 4);
                }
            }
        }
        // Alignment patterns, except where they would overlap a finder.
        if version >= 2 {
            let centres = ALIGNMENT[usize::from(version) - 2];
            let last = centres.len() - 1;
            for (i, &cy) in centres.iter().enumerate() {
                for (j, &cx) in centres.iter().enumerate() {
                    let corner = (i == 0 && (j == 0 || j == last)) || (i == last && j == 0);
                    if corner {
                        continue;
                    }
                    for dy in -2i32..=2 {
                        for dx in -2i32..=2 {
                            let ring = dx.abs().max(dy.abs());
                            self.set_function((cx as i32 + dx) as usize, (cy as i32 + dy) as usize, ring != 1);
                        }
                    }
                }
            }
        }
        // Format information areas (filled per mask later) and the dark module.
        self.draw_format(0);
        self.set_function(8, n - 8, true);
        // Version information (version 7 and up).
        if version >= 7 {
            let bits = version_bits(version);
            for i in 0..18 {
                let dark = (bits >> i) & 1 == 1;
                let (a, b) = (n - 11 + i % 3, i / 3);
                self.set_function(a, b, dark);
                self.set_function(b, a, dark);
            }
        }
    }

    /// Writes the 15 format bits (level M or L with `mask_and_level`) in both copies.
    fn draw_format(&mut self, bits: u32) {
        let n = self.size;
        let bit = |i: usize| (bits >> i) & 1 == 1;
        // Around the top-left finder.
        for i in 0..6 {
            self.set_function(8, i, bit(i));
        }
        self.set_function(8, 7, bit(6));
        self.set_function(8, 8, bit(7));
        self.set_function(7, 8, bit(8));
        for i in 9..15 {
            self.set_function(14 - i, 8, bit(i));
        }
        // Split between the other two finders.
        for i in 0..8 {
            self.set_function(n - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set_function(8, n - 15 + i, bit(i));
        }
    }

    /// Places the codewords in the two-column zigzag, right to left, skipping column 6.
    fn place(&mut self, codewords: &[u8]) {
        let n = self.size;
        let total_bits = codewords.len() * 8;
        let mut k = 0;
        let mut right = n - 1;
        let mut upward = true;
        loop {
            for step in 0..n {
                let y = if upward { n - 1 - step } else { step };
                for x in [right, right - 1] {
                    let i = y * n + x;
                    if self.function[i] {
                        continue;
                    }
                    // Remainder bits (past the last codeword) stay light.
                    if k < total_bits {
                        self.dark[i] = (codewords[k / 8] >> (7 - k % 8)) & 1 == 1;
                    }
                    k += 1;
                }
            }
            upward = !upward;
            if right < 3 {
                break;
            }
            right -= 2;
            if right == 6 {
                right = 5;
            }
        }
    }

    fn apply_mask(&mut self, mask: u8) {
        let n = self.size;
        for y in 0..n {
            for x in 0..n {
                let i = y * n + x;
                if !self.function[i] && masked(mask, x, y) {
                    self.dark[i] = !self.dark[i];
                }
            }
        }
    }

    /// Non-function modules: where the data goes.
    fn data_modules(&self) -> usize {
        self.function.iter().filter(|f| !**f).count()
    }
}

/// Whether mask `mask` flips the module at column `x`, row `y` (table 10).
fn masked(mask: u8, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (x + y).is_multiple_of(3),
        4 => (y / 2 + x / 3).is_multiple_of(2),
        5 => (x * y) % 2 + (x * y) % 3 == 0,
        6 => ((x * y) % 2 + (x * y) % 3).is_multiple_of(2),
        _ => ((x + y) % 2 + (x * y) % 3).is_multiple_of(2),
    }
}

/// Remainder of `value << degree` divided by `generator` (a BCH code over GF(2)).
fn bch(value: u32, degree: u32, generator: u32) -> u32 {
    let mut r = value << degree;
    for shift in (0..=(31 - degree)).rev() {
        if r >> (shift + degree) & 1 == 1 {
            r ^= generator << shift;
        }
    }
    r
}

/// The 15 format bits: level and mask, BCH(15,5), XOR mask 101010000010010.
fn format_bits(ecc: Ecc, mask: u8) -> u32 {
    let data = ecc.format_bits() << 3 | u32::from(mask);
    (data << 10 | bch(data, 10, 0b101_0011_0111)) ^ 0b101_0100_0001_0010
}

/// The 18 version bits: version and BCH(18,6).
fn version_bits(version: u8) -> u32 {
    let v = u32::from(version);
    v << 12 | bch(v, 12, 0b1_1111_0010_0101)
}

/// Multiplication in GF(2^8) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0u8;
    while b != 0 {
        if b & 1 == 1 {
            product ^= a;
        }
        let carry = a & 0x80 != 0;
        a <<= 1;
        if carry {
            a ^= 0x1d;
        }
        b >>= 1;
    }
    product
}

/// The Reed-Solomon generator polynomial of `degree`: (x - α^0)…(x - α^(degree-1)),
/// coefficients from the highest power (always 1) down.
fn rs_generator(degree: usize) -> Vec<u8> {
    let mut g = vec![1u8];
    let mut root = 1u8;
    for _ in 0..degree {
        let mut next = vec![0u8; g.len() + 1];
        for (k, &c) in g.iter().enumerate() {
            next[k] ^= c;
            next[k + 1] ^= gf_mul(c, root);
        }
        g = next;
        root = gf_mul(root, 2);
    }
    g
}

/// The error-correction codewords of `data` for `generator`.
fn rs_remainder(data: &[u8], generator: &[u8]) -> Vec<u8> {
    let n = generator.len() - 1;
    let mut rem = vec![0u8; n];
    for &b in data {
        let factor = b ^ rem[0];
        rem.rotate_left(1);
        rem[n - 1] = 0;
        for (r, &g) in rem.iter_mut().zip(&generator[1..]) {
            *r ^= gf_mul(g, factor);
        }
    }
    rem
}

/// Bits of the character count field in byte mode.
const fn count_bits(version: u8) -> usize {
    if version <= 9 {
        8
    } else {
        16
    }
}

/// Data codewords of `version` at `ecc` (total codewords less the error correction).
fn data_codewords(version: u8, ecc: Ecc) -> usize {
    let total = Grid::new(version).data_modules() / 8;
    let v = usize::from(version) - 1;
    total - ECC_PER_BLOCK[ecc.index()][v] * BLOCKS[ecc.index()][v]
}

/// The most bytes `version` holds at `ecc`.
fn capacity(version: u8, ecc: Ecc) -> usize {
    (data_codewords(version, ecc) * 8 - 4 - count_bits(version)) / 8
}

/// Appends the `len` low bits of `value`, most significant first.
fn push_bits(bits: &mut Vec<bool>, value: usize, len: usize) {
    for i in (0..len).rev() {
        bits.push((value >> i) & 1 == 1);
    }
}

/// Byte-mode segment, terminator and padding, as `capacity` data codewords.
fn data_stream(data: &[u8], version: u8, capacity: usize) -> Vec<u8> {
    let mut bits = Vec::with_capacity(capacity * 8);
    push_bits(&mut bits, 0b0100, 4);
    push_bits(&mut bits, data.len(), count_bits(version));
    for &b in data {
        push_bits(&mut bits, usize::from(b), 8);
    }
    let room = capacity * 8;
    let terminator = (room - bits.len()).min(4);
    bits.extend(std::iter::repeat_n(false, terminator));
    while !bits.len().is_multiple_of(8) {
        bits.push(false);
    }
    let mut bytes: Vec<u8> = bits.chunks(8).map(|c| c.iter().fold(0u8, |acc, &b| acc << 1 | u8::from(b))).collect();
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if bytes.len() >= capacity {
            break;
        }
        bytes.push(pad);
    }
    bytes
}

/// Splits the data into blocks, adds each block's error correction, interleaves.
fn add_error_correction(data: &[u8], version: u8, ecc: Ecc, total: usize) -> Vec<u8> {
    let v = usize::from(version) - 1;
    let blocks = BLOCKS[ecc.index()][v];
    let ecc_len = ECC_PER_BLOCK[ecc.index()][v];
    let short_total = total / blocks;
    let long_blocks = total % blocks;
    let short_data = short_total - ecc_len;
    let generator = rs_generator(ecc_len);
    let mut split: Vec<(&[u8], Vec<u8>)> = Vec::with_capacity(blocks);
    let mut at = 0;
    for b in 0..blocks {
        let len = short_data + usize::from(b >= blocks - long_blocks);
        let block = &data[at..at + len];
        at += len;
        split.push((block, rs_remainder(block, &generator)));
    }
    let mut out = Vec::with_capacity(total);
    for i in 0..=short_data {
        for (block, _) in &split {
            if let Some(&c) = block.get(i) {
                out.push(c);
            }
        }
    }
    for i in 0..ecc_len {
        for (_, ec) in &split {
            out.push(ec[i]);
        }
    }
    out
}

impl QrCode {
    /// Encodes `text` (UTF-8 bytes) at level M, or L when M does not fit, in the smallest
    /// version, with the mask of lowest penalty.
    pub fn encode(text: &str) -> Result<QrCode, QrError> {
        QrCode::encode_bytes(text.as_bytes(), Ecc::Medium, None)
            .or_else(|_| QrCode::encode_bytes(text.as_bytes(), Ecc::Low, None))
    }

    /// Encodes `data` at `ecc` in the smallest version; `mask` fixes the mask (0..=7),
    /// `None` picks the one with the lowest penalty.
    pub fn encode_bytes(data: &[u8], ecc: Ecc, mask: Option<u8>) -> Result<QrCode, QrError> {
        if let Some(m) = mask.filter(|m| *m > 7) {
            return Err(QrError::BadMask(m));
        }
        let version = (1..=MAX_VERSION)
            .find(|&v| capacity(v, ecc) >= data.len())
            .ok_or(QrError::TooLong { bytes: data.len(), max: capacity(MAX_VERSION, ecc) })?;
        let mut grid = Grid::new(version);
        let total = grid.data_modules() / 8;
        let stream = data_stream(data, version, data_codewords(version, ecc));
        grid.place(&add_error_correction(&stream, version, ecc, total));
        let mask = match mask {
            Some(m) => m,
            None => (0..8u8)
                .min_by_key(|&m| {
                    let mut trial = Grid { size: grid.size, dark: grid.dark.clone(), function: grid.function.clone() };
                    trial.apply_mask(m);
                    trial.draw_format(format_bits(ecc, m));
                    penalty(&trial.dark, trial.size)
                })
                .unwrap_or(0),
        };
        grid.apply_mask(mask);
        grid.draw_format(format_bits(ecc, mask));
        Ok(QrCode { version, ecc, mask, size: grid.size, modules: grid.dark })
    }

    pub fn version(&self) -> u8 {
        self.version
    }

    pub fn ecc(&self) -> Ecc {
        self.ecc
    }

    pub fn mask(&self) -> u8 {
        self.mask
    }

    /// Modules per side (without the quiet zone).
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at column `x`, row `y` is dark (false outside the symbol).
    pub fn get(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// An SVG path of the dark modules in module units, offset by `quiet` modules of
    /// quiet zone: use it in a `viewBox` of `size + 2 × quiet` on each side. Horizontal
    /// runs are merged, which keeps the path short.
    ///
    /// ```
    /// let code = guichet::qr::QrCode::encode("A").unwrap();
    /// assert!(code.svg_path(4).starts_with("M4 4h7v1h-7z"));
    /// ```
    pub fn svg_path(&self, quiet: usize) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.get(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size && self.get(x, y) {
                    x += 1;
                }
                let run = x - start;
                d.push('M');
                d.push_str(&(start + quiet).to_string());
                d.push(' ');
                d.push_str(&(y + quiet).to_string());
                d.push('h');
                d.push_str(&run.to_string());
                d.push_str("v1h-");
                d.push_str(&run.to_string());
                d.push('z');
            }
        }
        d
    }
}

/// The mask penalty of a finished symbol (ISO/IEC 18004 7.8.3): runs, 2×2 blocks,
/// finder-like patterns (the light area around the symbol counts as light) and balance.
fn penalty(dark: &[bool], n: usize) -> u32 {
    let at = |x: usize, y: usize| dark[y * n + x];
    let mut score = 0u32;
    // N1 and N3, on rows then columns.
    for transpose in [false, true] {
        for a in 0..n {
            let line: Vec<bool> = (0..n).map(|b| if transpose { at(a, b) } else { at(b, a) }).collect();
            let mut run = 1;
            for b in 1..=n {
                if b < n && line[b] == line[b - 1] {
                    run += 1;
                    continue;
                }
                if run >= 5 {
                    score += 3 + (run - 5);
                }
                run = 1;
            }
            let padded: Vec<bool> =
                std::iter::repeat_n(false, 4).chain(line).chain(std::iter::repeat_n(false, 4)).collect();
            const PATTERN: [bool; 11] = [true, false, true, true, true, false, true, false, false, false, false];
            for w in padded.windows(11) {
                if w.iter().eq(PATTERN.iter()) || w.iter().eq(PATTERN.iter().rev()) {
                    score += 40;
                }
            }
        }
    }
    // N2: 2×2 blocks of one colour.
    for y in 0..n - 1 {
        for x in 0..n - 1 {
            let c = at(x, y);
            if at(x + 1, y) == c && at(x, y + 1) == c && at(x + 1, y + 1) == c {
                score += 3;
            }
        }
    }
    // N4: 10 points per 5 % away from half dark.
    let total = (n * n) as u32;
    let darks = dark.iter().filter(|d| **d).count() as u32;
    score + 10 * ((darks * 100).abs_diff(total * 50) / (total * 5))
}

// Native only: the test dependencies (proptest, qrcodegen) are not built for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use qrcodegen::{Mask, QrCode as Reference, QrCodeEcc, QrSegment, Version};

    fn reference(data: &[u8], ecc: Ecc, version: u8, mask: u8) -> Reference {
        let level = match ecc {
            Ecc::Low => QrCodeEcc::Low,
            Ecc::Medium => QrCodeEcc::Medium,
        };
        Reference::encode_segments_advanced(
            &[QrSegment::make_bytes(data)],
            level,
            Version::new(version),
            Version::new(version),
            Some(Mask::new(mask)),
            false,
        )
        .unwrap()
    }

    fn same_modules(ours: &QrCode, theirs: &Reference) -> bool {
        let n = ours.size();
        theirs.size() as usize == n
            && (0..n).all(|y| (0..n).all(|x| ours.get(x, y) == theirs.get_module(x as i32, y as i32)))
    }

    #[test]
    fn reed_solomon_matches_the_worked_example() {
        // "HELLO WORLD", version 1-M: the standard's tutorial data and its 10 EC codewords.
        let data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
        assert_eq!(rs_remainder(&data, &rs_generator(10)), vec![196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
    }

    #[test]
    fn format_and_version_bits_match_the_tables() {
        // Annex C: level M mask 0 is 101010000010010; level L mask 4 is 110011000101111.
        assert_eq!(format_bits(Ecc::Medium, 0), 0b101_0100_0001_0010);
        assert_eq!(format_bits(Ecc::Low, 4), 0b110_0110_0010_1111);
        // Annex D: version 7 is 000111110010010100.
        assert_eq!(version_bits(7), 0b00_0111_1100_1001_0100);
    }

    #[test]
    fn capacities_match_the_table() {
        let m: Vec<usize> = (1..=10).map(|v| capacity(v, Ecc::Medium)).collect();
        assert_eq!(m, vec![14, 26, 42, 62, 84, 106, 122, 152, 180, 213]);
        let l: Vec<usize> = (1..=10).map(|v| capacity(v, Ecc::Low)).collect();
        assert_eq!(l, vec![17, 32, 53, 78, 106, 134, 154, 192, 230, 271]);
    }

    /// Every version, both levels, every mask: module for module the reference encoder's.
    #[test]
    fn matches_the_reference_encoder() {
        for version in 1..=MAX_VERSION {
            for ecc in [Ecc::Low, Ecc::Medium] {
                let len = capacity(version, ecc);
                // Full to the byte, and a shorter message that pads.
                for n in [len, len.saturating_sub(7).max(1)] {
                    let data: Vec<u8> = (0..n).map(|i| (i * 37 + usize::from(version)) as u8).collect();
                    for mask in 0..8 {
                        let ours = QrCode::encode_bytes(&data, ecc, Some(mask)).unwrap();
                        if ours.version() != version {
                            continue; // the short message fits a smaller version
                        }
                        let theirs = reference(&data, ecc, version, mask);
                        assert!(same_modules(&ours, &theirs), "version {version} {ecc:?} {n} bytes mask {mask}");
                    }
                }
            }
        }
    }

    #[test]
    fn urls_pick_level_m_and_the_smallest_version() {
        let url = "https://www.openstreetmap.org/directions?to=45.42150%2C-75.69720";
        let ours = QrCode::encode(url).unwrap();
        assert_eq!(ours.ecc(), Ecc::Medium);
        let theirs = reference(url.as_bytes(), Ecc::Medium, ours.version(), ours.mask());
        assert!(same_modules(&ours, &theirs));
        // The reference's own choice of version agrees.
        assert_eq!(
            Reference::encode_binary(url.as_bytes(), QrCodeEcc::Medium).unwrap().version().value(),
            ours.version()
        );
    }

    #[test]
    fn long_links_fall_back_to_level_l_then_fail() {
        let long = "x".repeat(250);
        assert_eq!(QrCode::encode(&long).unwrap().ecc(), Ecc::Low);
        assert_eq!(QrCode::encode(&"x".repeat(272)), Err(QrError::TooLong { bytes: 272, max: 271 }));
        assert_eq!(QrCode::encode_bytes(b"a", Ecc::Low, Some(8)), Err(QrError::BadMask(8)));
    }

    #[test]
    fn the_chosen_mask_has_the_lowest_penalty() {
        let text = b"https://www.canada.ca/en/employment-social-development/corporate/contact/sin.html";
        let best = QrCode::encode_bytes(text, Ecc::Medium, None).unwrap();
        let score = |c: &QrCode| penalty(&c.modules, c.size);
        for m in 0..8 {
            let other = QrCode::encode_bytes(text, Ecc::Medium, Some(m)).unwrap();
            assert!(score(&best) <= score(&other));
        }
    }

    #[test]
    fn svg_path_covers_exactly_the_dark_modules() {
        let code = QrCode::encode("Guichet").unwrap();
        let d = code.svg_path(0);
        let mut dark = 0;
        for part in d.split('M').filter(|p| !p.is_empty()) {
            let (_, rest) = part.split_once('h').unwrap();
            let run: usize = rest.split('v').next().unwrap().parse().unwrap();
            dark += run;
        }
        assert_eq!(dark, code.modules.iter().filter(|m| **m).count());
    }
}
