//! Label placement without overlap: candidates in rank order, each kept only if its box
//! overlaps no box kept before it.
use super::projection::Screen;

/// A label to place: its anchor on screen and an estimate of its size.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub id: u32,
    pub anchor: Screen,
    /// Lower is more important.
    pub rank: u8,
    pub text_len: usize,
    /// Font size in pixels.
    pub size: f64,
}

/// A box on screen: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect(pub f64, pub f64, pub f64, pub f64);

impl Rect {
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.0 < o.2 && o.0 < self.2 && self.1 < o.3 && o.1 < self.3
    }
}

/// The box of a label centred on its anchor (average glyph 0.56 em wide, 2 px margin).
pub fn label_box(c: &Candidate) -> Rect {
    let w = c.text_len as f64 * c.size * 0.56 + 4.0;
    let h = c.size * 1.2 + 4.0;
    Rect(c.anchor.x - w / 2.0, c.anchor.y - h / 2.0, c.anchor.x + w / 2.0, c.anchor.y + h / 2.0)
}

/// The ids of the labels to draw, inside `width`×`height`, most important first; `taken`
/// are boxes already used (markers, controls).
///
/// ```
/// use guichet::map::labels::{place, Candidate};
/// use guichet::map::Screen;
/// let c = |id, x, rank| Candidate { id, anchor: Screen::new(x, 50.0), rank, text_len: 8, size: 12.0 };
/// // 2 overlaps 1 (more important) and is dropped; 3 is far enough.
/// assert_eq!(place(&[c(2, 60.0, 5), c(1, 50.0, 1), c(3, 300.0, 5)], 400.0, 100.0, &[]), vec![1, 3]);
/// ```
pub fn place(candidates: &[Candidate], width: f64, height: f64, taken: &[Rect]) -> Vec<u32> {
    let mut order: Vec<&Candidate> = candidates.iter().collect();
    order.sort_by(|a, b| a.rank.cmp(&b.rank).then(a.id.cmp(&b.id)));
    let mut kept: Vec<Rect> = taken.to_vec();
    let mut out = Vec::new();
    for c in order {
        let r = label_box(c);
        let inside = r.0 >= 0.0 && r.1 >= 0.0 && r.2 <= width && r.3 <= height;
        if inside && !kept.iter().any(|k| k.overlaps(&r)) {
            kept.push(r);
            out.push(c.id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_placed_labels_overlap() {
        let mut cands = Vec::new();
        for i in 0..300u32 {
            let x = f64::from((i * 37) % 800);
            let y = f64::from((i * 91) % 600);
            cands.push(Candidate {
                id: i,
                anchor: Screen::new(x, y),
                rank: (i % 7) as u8,
                text_len: 5 + (i % 9) as usize,
                size: 12.0,
            });
        }
        let placed = place(&cands, 800.0, 600.0, &[]);
        assert!(!placed.is_empty());
        let boxes: Vec<Rect> = placed.iter().map(|id| label_box(&cands[*id as usize])).collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b));
            }
        }
    }
}
