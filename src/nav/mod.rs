//! Everything about URLs (pure, tested natively): the query codec (`query`), the typed
//! pages and links (`page`), and the state each view keeps in its URL: the finder's
//! (`finder`) and the insights page's (`insights`). The URL is the state: these are the
//! only places that read or write it.
pub mod finder;
pub mod insights;
pub mod open;
pub mod page;
pub mod query;

pub use finder::{FinderState, PAGE_SIZE, RADII_KM};
pub use page::{directions_href, Href, Page};
pub use query::{encode_query, join, parse_query, with_param};
