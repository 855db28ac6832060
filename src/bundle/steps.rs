//! Decoding the core bundle a slice at a time: on a phone the whole file was one task of
//! 100–200 ms (Lighthouse's 4x CPU), during which the page could neither paint nor answer
//! input. postcard writes a struct's fields in order and a sequence as its length then its
//! items, so the fields are read one after the other, and the two long sequences (the
//! points, the gazetteer's places) a few hundred items per step.
use serde::de::DeserializeOwned;

use super::{check_header, CoreBundle, LoadError};

/// Where [`CoreDecoder`] is in the file, in field order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Networks,
    Points,
    Places,
    Fsas,
    Basemap,
    InPerson,
    Retired,
    Done,
}

/// Decodes a core bundle file in steps; [`super::decode`] gives the same bundle at once.
#[derive(Debug)]
pub struct CoreDecoder<'a> {
    rest: &'a [u8],
    field: Field,
    /// Items of the current sequence still to read.
    left: usize,
    out: CoreBundle,
}

impl<'a> CoreDecoder<'a> {
    /// Checks the header (as [`super::decode`] does).
    pub fn new(bytes: &'a [u8]) -> Result<Self, LoadError> {
        Ok(Self { rest: check_header(bytes)?, field: Field::Networks, left: 0, out: CoreBundle::default() })
    }

    /// Reads the next field, or up to `items` items of a long one; false once all is read.
    pub fn step(&mut self, items: usize) -> Result<bool, LoadError> {
        match self.field {
            Field::Networks => {
                self.out.networks = self.take()?;
                self.start(Field::Points)?;
            }
            Field::Points => {
                for _ in 0..items.min(self.left) {
                    let p = self.take()?;
                    self.out.points.push(p);
                    self.left -= 1;
                }
                if self.left == 0 {
                    self.start(Field::Places)?;
                }
            }
            Field::Places => {
                for _ in 0..items.min(self.left) {
                    let p = self.take()?;
                    self.out.gazetteer.places.push(p);
                    self.left -= 1;
                }
                if self.left == 0 {
                    self.field = Field::Fsas;
                }
            }
            Field::Fsas => {
                self.out.gazetteer.fsas = self.take()?;
                self.field = Field::Basemap;
            }
            Field::Basemap => {
                self.out.basemap = self.take()?;
                self.field = Field::InPerson;
            }
            Field::InPerson => {
                self.out.in_person = self.take()?;
                self.field = Field::Retired;
            }
            Field::Retired => {
                self.out.retired = self.take()?;
                self.field = Field::Done;
            }
            Field::Done => {}
        }
        Ok(self.field != Field::Done)
    }

    /// The bundle; call once [`step`](Self::step) returned false.
    pub fn finish(self) -> CoreBundle {
        self.out
    }

    /// Reads a sequence's length and moves to it.
    fn start(&mut self, field: Field) -> Result<(), LoadError> {
        // A length is written as a varint, which is how postcard writes a u64 too.
        let len: u64 = self.take()?;
        self.left = usize::try_from(len).map_err(|_| LoadError::Decode(format!("{len} items")))?;
        // Not reserved from the length: a corrupt length must fail, not allocate.
        self.field = field;
        Ok(())
    }

    fn take<T: DeserializeOwned>(&mut self) -> Result<T, LoadError> {
        let (value, rest) = postcard::take_from_bytes(self.rest).map_err(|e| LoadError::Decode(e.to_string()))?;
        self.rest = rest;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::{decode, encode};

    fn in_steps(bytes: &[u8], items: usize) -> Result<(CoreBundle, usize), LoadError> {
        let mut d = CoreDecoder::new(bytes)?;
        let mut steps = 1;
        while d.step(items)? {
            steps += 1;
        }
        Ok((d.finish(), steps))
    }

    /// The real bundle: every step size gives what `decode` gives.
    #[test]
    fn same_bundle_as_decode_on_the_real_core() {
        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/core.bin")).expect("core.bin");
        let whole: CoreBundle = decode(&bytes).expect("decodes");
        assert!(whole.points.len() > 1000 && whole.gazetteer.places.len() > 7000);
        for items in [1, 300, 400, usize::MAX] {
            let (stepped, steps) = in_steps(&bytes, items).expect("decodes in steps");
            assert!(stepped == whole, "{items} items per step");
            let expected = 5
                + whole.points.len().div_ceil(items.min(whole.points.len()))
                + whole.gazetteer.places.len().div_ceil(items.min(whole.gazetteer.places.len()));
            assert_eq!(steps, expected, "{items} items per step");
        }
    }

    #[test]
    fn empty_bundle_and_bad_input() {
        let bytes = encode(&CoreBundle::default());
        assert_eq!(in_steps(&bytes, 10).unwrap().0, CoreBundle::default());
        assert!(matches!(in_steps(b"nonsense", 10), Err(LoadError::Decode(_))));
        // Cut short anywhere: an error, never a panic or a partial bundle.
        let real = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/core.bin")).unwrap();
        for cut in [9, 100, real.len() / 2, real.len() - 1] {
            assert!(in_steps(&real[..cut], 500).is_err(), "cut at {cut}");
        }
    }
}
