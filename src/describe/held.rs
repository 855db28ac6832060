//! Where the service is held, in plain words (issue 21): "Service Canada, inside Access
//! PEI, 15 Green Street" / "Service Canada, chez Access PEI, 15, rue Green". French says
//! "chez", which needs no elision before a name that starts with a vowel.
use crate::domain::collaboration::CollabKind;
use crate::domain::model::Point;
use crate::i18n::{tr, Locale};

/// The line for a point hosted by a partner its sources name (`network`: the point's
/// network's name in `locale`); `None` when they name none.
///
/// ```
/// use guichet::describe::held::held;
/// use guichet::domain::collaboration::*;
/// use guichet::domain::model::{Point, Text};
/// use guichet::i18n::Locale;
/// let mut p = Point::bare("sc-1904", 0, None);
/// p.address.street = Some("Access PEI, 15 Green Street".into());
/// p.address.street_fr = Some("Access PEI, 15, rue Green".into());
/// p.collaboration = Some(Collaboration {
///     host: HostKind::Provincial,
///     kind: CollabKind::CoLocation,
///     evidence: vec![Evidence { field: Field::AddressLine, rule: "access-pei".into(), quote: Text::same("Access PEI") }],
/// });
/// assert_eq!(held(&p, "Service Canada", Locale::En).as_deref(), Some("Service Canada, inside Access PEI, 15 Green Street"));
/// assert_eq!(held(&p, "Service Canada", Locale::Fr).as_deref(), Some("Service Canada, chez Access PEI, 15, rue Green"));
/// ```
pub fn held(p: &Point, network: &str, locale: Locale) -> Option<String> {
    let c = p.collaboration.as_ref().filter(|c| c.hosted_by_partner())?;
    let partner = c.partner()?.show(locale);
    if c.kind == CollabKind::Integration {
        return Some(tr(locale, "held-by", &[("network", network.into()), ("partner", partner.into())]));
    }
    // The street without the partner's line, which the address repeats.
    let street = p.address.street(locale).unwrap_or_default();
    let rest =
        street.split(", ").filter(|part| !partner.split(", ").any(|q| q == *part)).collect::<Vec<_>>().join(", ");
    let args = [("network", network.into()), ("partner", partner.into()), ("address", rest.as_str().into())];
    Some(if rest.is_empty() { tr(locale, "held-inside-no-address", &args) } else { tr(locale, "held-inside", &args) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::collaboration::{Collaboration, Evidence, Field, HostKind};
    use crate::domain::model::Text;

    fn hosted(kind: CollabKind, field: Field, quote: Text) -> Point {
        let mut p = Point::bare("x", 0, None);
        p.collaboration = Some(Collaboration {
            host: HostKind::Indigenous,
            kind,
            evidence: vec![Evidence { field, rule: "r".into(), quote }],
        });
        p
    }

    #[test]
    fn lines_in_both_languages() {
        let mut p = hosted(CollabKind::HostedOutreach, Field::AddressLine, Text::same("Hamlet of Whale Cove"));
        p.address.street = Some("Hamlet of Whale Cove".into());
        assert_eq!(
            held(&p, "Service Canada", Locale::En).as_deref(),
            Some("Service Canada, inside Hamlet of Whale Cove")
        );
        assert_eq!(
            held(&p, "Service Canada", Locale::Fr).as_deref(),
            Some("Service Canada, chez Hamlet of Whale Cove")
        );
        let nwt =
            hosted(CollabKind::Integration, Field::TerritorialList, Text::en("Single Window Service Centre - Aklavik"));
        assert_eq!(
            held(&nwt, "Service Canada", Locale::En).as_deref(),
            Some("Service Canada services, delivered by the staff of Single Window Service Centre - Aklavik")
        );
        // A note alone names no host: no line.
        let note = hosted(CollabKind::HostedOutreach, Field::CompilerNote, Text::en("co-located in a town office"));
        assert_eq!(held(&note, "Service Canada", Locale::En), None);
        assert_eq!(held(&Point::bare("y", 0, None), "Service Canada", Locale::En), None);
    }
}
