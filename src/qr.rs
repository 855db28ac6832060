//! QR codes (ISO/IEC 18004 Model 2) for the kiosk, which shows a link as a code the visitor
//! scans instead of leaving Guichet.
//!
//! The encoder is the `qrcodegen` crate; this module holds Guichet's choices and draws the
//! code. Byte mode, error correction M (L when M does not fit), versions 1 to 10 (a larger
//! code is harder to scan from a screen), the mask of lowest penalty. That holds 213 bytes
//! at M and 271 at L, more than any link Guichet shows. Pure: [`QrCode::encode`] gives the
//! module matrix, [`QrCode::svg_path`] draws it.
//!
//! ```
//! use guichet::qr::QrCode;
//! let code = QrCode::encode("https://www.openstreetmap.org/directions?to=45.42150%2C-75.69720").unwrap();
//! assert_eq!(code.version(), 5);
//! assert_eq!(code.size(), 37);
//! ```
use qrcodegen::{QrCodeEcc, QrSegment, Version};

/// Error correction level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ecc {
    /// Recovers about 7 % of the codewords.
    Low,
    /// Recovers about 15 % of the codewords.
    Medium,
}

/// Why no code could be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrError {
    /// More bytes than version [`MAX_VERSION`] holds at level L.
    TooLong { bytes: usize, max: usize },
}

impl std::fmt::Display for QrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QrError::TooLong { bytes, max } => write!(f, "{bytes} bytes do not fit in a QR code (at most {max})"),
        }
    }
}

impl std::error::Error for QrError {}

/// The largest version made.
pub const MAX_VERSION: u8 = 10;

/// Bytes that version [`MAX_VERSION`] holds at level L, by the standard's capacity table.
pub const MAX_BYTES: usize = 271;

/// A QR code: a square of dark and light modules, without the quiet zone.
#[derive(Clone, PartialEq, Eq)]
pub struct QrCode {
    code: qrcodegen::QrCode,
    ecc: Ecc,
}

impl std::fmt::Debug for QrCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QrCode").field("version", &self.version()).field("ecc", &self.ecc).finish_non_exhaustive()
    }
}

impl QrCode {
    /// Encodes `text` (UTF-8 bytes) at level M, or L when M does not fit, in the smallest
    /// version, with the mask of lowest penalty.
    pub fn encode(text: &str) -> Result<QrCode, QrError> {
        let segments = [QrSegment::make_bytes(text.as_bytes())];
        let at = |level: QrCodeEcc, ecc: Ecc| {
            qrcodegen::QrCode::encode_segments_advanced(
                &segments,
                level,
                Version::MIN,
                Version::new(MAX_VERSION),
                None,
                false,
            )
            .ok()
            .map(|code| QrCode { code, ecc })
        };
        at(QrCodeEcc::Medium, Ecc::Medium)
            .or_else(|| at(QrCodeEcc::Low, Ecc::Low))
            .ok_or(QrError::TooLong { bytes: text.len(), max: MAX_BYTES })
    }

    pub fn version(&self) -> u8 {
        self.code.version().value()
    }

    pub fn ecc(&self) -> Ecc {
        self.ecc
    }

    pub fn mask(&self) -> u8 {
        self.code.mask().value()
    }

    /// Modules per side (without the quiet zone).
    pub fn size(&self) -> usize {
        self.code.size() as usize
    }

    /// Whether the module at column `x`, row `y` is dark (false outside the symbol).
    pub fn get(&self, x: usize, y: usize) -> bool {
        x < self.size() && y < self.size() && self.code.get_module(x as i32, y as i32)
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
        for y in 0..self.size() {
            let mut x = 0;
            while x < self.size() {
                if !self.get(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size() && self.get(x, y) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_pick_level_m_and_the_smallest_version() {
        let url = "https://www.openstreetmap.org/directions?to=45.42150%2C-75.69720";
        let code = QrCode::encode(url).unwrap();
        assert_eq!((code.ecc(), code.version(), code.size()), (Ecc::Medium, 5, 37));
        // Byte capacities at M of versions 1 and 10, by the standard's capacity table.
        assert_eq!(QrCode::encode(&"x".repeat(14)).unwrap().version(), 1);
        assert_eq!(QrCode::encode(&"x".repeat(15)).unwrap().version(), 2);
        let full_m = QrCode::encode(&"x".repeat(213)).unwrap();
        assert_eq!((full_m.ecc(), full_m.version()), (Ecc::Medium, 10));
    }

    #[test]
    fn long_links_fall_back_to_level_l_then_fail() {
        let long = QrCode::encode(&"x".repeat(214)).unwrap();
        assert_eq!((long.ecc(), long.version()), (Ecc::Low, 9)); // 230 bytes at 9-L
        assert_eq!(QrCode::encode(&"x".repeat(MAX_BYTES)).unwrap().ecc(), Ecc::Low);
        assert_eq!(QrCode::encode(&"x".repeat(272)), Err(QrError::TooLong { bytes: 272, max: MAX_BYTES }));
    }

    #[test]
    fn modules_outside_the_symbol_are_light() {
        let code = QrCode::encode("Guichet").unwrap();
        let n = code.size();
        // The finder pattern's corner is dark; past the edge nothing is.
        assert!(code.get(0, 0) && code.get(n - 1, 0) && code.get(0, n - 1));
        assert!(!code.get(n, 0) && !code.get(0, n) && !code.get(usize::MAX, 3));
    }

    #[test]
    fn svg_path_covers_exactly_the_dark_modules() {
        let code = QrCode::encode("Guichet").unwrap();
        let n = code.size();
        let mut drawn = vec![false; n * n];
        for part in code.svg_path(4).split('M').filter(|p| !p.is_empty()) {
            let (at, rest) = part.split_once('h').unwrap();
            let (x, y) = at.split_once(' ').unwrap();
            let (x, y): (usize, usize) = (x.parse::<usize>().unwrap() - 4, y.parse::<usize>().unwrap() - 4);
            let run: usize = rest.split('v').next().unwrap().parse().unwrap();
            for dx in 0..run {
                assert!(!drawn[y * n + x + dx], "module drawn twice");
                drawn[y * n + x + dx] = true;
            }
        }
        for y in 0..n {
            for x in 0..n {
                assert_eq!(drawn[y * n + x], code.get(x, y), "module {x},{y}");
            }
        }
    }
}
