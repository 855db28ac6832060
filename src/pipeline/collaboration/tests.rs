//! The rules on real lines of the 2026 list, in English and French.
use super::*;

fn words<'a>(en: &'a str, fr: &'a str, notes: &'a str) -> Words<'a> {
    Words { address_en: en, address_fr: fr, notes, finder_note: Text::default() }
}

fn host(en: &str, fr: &str, notes: &str) -> (HostKind, Option<String>) {
    let c = classify(&Rules::embedded(), PointKind::Outreach, &words(en, fr, notes));
    (c.host, c.evidence.first().map(|e| e.rule.clone()))
}

#[test]
fn rules_parse_and_refuse_bad_tables() {
    let rules = Rules::embedded();
    assert!(rules.0.len() >= 30);
    assert!(Rules::parse("id,host,en,fr\nx,galaxy,a,b\n").is_err());
    assert!(Rules::parse("id,host,en,fr\nx,library,,\n").is_err());
    assert!(Rules::parse("id,host,en,fr\nx,library,a,\nx,library,b,\n").is_err());
    assert!(Rules::parse("id,host,en,fr\nservice-delivery-partner,library,a,\n").is_err());
}

/// Real address lines (office id, English, French, compiler's note) and the host the
/// rules give; English and French lines are also tried alone.
#[test]
fn real_lines_in_both_languages() {
    use HostKind::*;
    let cases: &[(&str, &str, &str, &str, HostKind, &str)] = &[
        ("1904", "Access PEI; 15 Green Street", "Access PEI; 15, rue Green", "", Provincial, "access-pei"),
        (
            "AB-SAI",
            "Alberta Works (Alberta Service Centre); 4919 51st Street",
            "Programme Alberta Works (Centre de services de l’Alberta); 4919 51e Rue",
            "",
            Provincial,
            "alberta-service-centre",
        ),
        (
            "AB-SAP",
            "Alberta Service Centre; 5136 51 Avenue, 2nd floor",
            "Centre de service de l’Alberta; 5136, avenue 51, 2e étage",
            "",
            Provincial,
            "alberta-service-centre",
        ),
        (
            "ON-SAP",
            "ServiceOntario; 33 Ambridge Drive",
            "ServiceOntario; 33, promenade Ambridge",
            "co-located in a ServiceOntario office",
            Provincial,
            "serviceontario",
        ),
        (
            "NU-SAB",
            "Chamber Office; Hamlet of Kinngait",
            "Chamber Office; Hamlet of Kinngait",
            "",
            Indigenous,
            "hamlet",
        ),
        (
            "ON-CAL",
            "Wapekeka First Nation Band Office; 15 Okimah Road",
            "Bureau du conseil de bande des Premières Nation de Wapekeka; 15, rue Okimah",
            "",
            Indigenous,
            "first-nation",
        ),
        (
            "SK-SBX",
            "Stanley Mission Band Office; 1101 Settee Street",
            "Bureau de Bande de Stanley Mission; 1101, rue Settee",
            "",
            Indigenous,
            "band-office",
        ),
        (
            "ON-SBH",
            "Elgin County – West Lorne Library; 160 Main Street",
            "Comté d’Elgin – Bibliothèque de West Lorne; 160, rue Main",
            "",
            Library,
            "library",
        ),
        (
            "QC-SCI",
            "Municipal Library; 230 de L’Annonciation Street South",
            "Bibliothèque municipale; 230, rue de l’Annonciation Sud",
            "",
            Library,
            "library",
        ),
        (
            "SK-SBK",
            "Ponteix Town Hall; 213 Centre Street",
            "Mairie de Ponteix; 213, rue Centre",
            "co-located in a town hall",
            Municipal,
            "town-hall",
        ),
        (
            "QC-SBC",
            "Municipality of Matapédia; 8 MacDonell Street",
            "La Municipalité de Matapédia; 8, rue MacDonell",
            "co-located in a municipal office",
            Municipal,
            "municipal",
        ),
        (
            "NF-SAC",
            "John Hoskins Community Centre; 575 A Main Street",
            "Centre communautaire John Hoskins; 575 A, rue Main",
            "",
            Community,
            "community-centre",
        ),
        (
            "NF-SAA",
            "School and Community Centre of Sainte-Anne; Route 463",
            "Centre scolaire-communautaire Sainte-Anne; Route 463",
            "",
            Community,
            "community-centre",
        ),
        (
            "NF-SAH",
            "College of the North Atlantic - Bonavista Campus; 301 Confederation Drive",
            "Collège du North Atlantic - campus Bonavista; 301, promenade Confederation",
            "",
            Other,
            "school",
        ),
        (
            "1502",
            "Federal Building; 495 Main Street, 2nd floor",
            "Édifice fédéral; 495, rue Main, 2e étage",
            "",
            Federal,
            "federal-building",
        ),
        (
            "ON-SEL",
            "Old Town Hall and Chambers Quarters; 60 Main Street, Main floor",
            "Ancienne mairie; 60, rue Main, étage principal",
            "",
            NoneStated,
            "",
        ),
        ("BC-SAM", "Heiltsuk Social Development Office", "Bureau de développement social Heiltsuk", "", NoneStated, ""),
        ("3131", "The Factory; 40 Sunset Boulevard", "The Factory; 40, boulevard Sunset", "", NoneStated, ""),
        (
            "MB-SAS",
            "Golden West Plaza; 113-125 Centre Ave E",
            "Golden West Plaza; 113-125 ave Centre E",
            "",
            NoneStated,
            "",
        ),
    ];
    for (id, en, fr, notes, want, rule) in cases {
        let (got, by) = host(en, fr, notes);
        assert_eq!(got, *want, "{id}: {en}");
        assert_eq!(by.as_deref().unwrap_or(""), *rule, "{id}: {en}");
        // Each language alone says the same (the table has both languages' words).
        if *want != NoneStated {
            assert_eq!(host(en, "", notes).0, *want, "{id} in English: {en}");
            assert_eq!(host("", fr, "").0, *want, "{id} in French: {fr}");
        }
    }
}

#[test]
fn civic_lines_are_not_read_and_kinds_follow_the_point() {
    // "559 College Street" is an address, not a college.
    assert_eq!(host("559 College Street", "559, rue College", "").0, HostKind::NoneStated);
    let rules = Rules::embedded();
    let pei = words("Access PEI; 15 Green Street", "Access PEI; 15, rue Green", "");
    let c = classify(&rules, PointKind::ServiceCentre, &pei);
    assert_eq!((c.host, c.kind), (HostKind::Provincial, CollabKind::CoLocation));
    assert_eq!(c.partner(), Some(&Text::both("Access PEI", "Access PEI")));
    assert_eq!(classify(&rules, PointKind::Outreach, &pei).kind, CollabKind::HostedOutreach);
    let federal = words("Federal Building; 22 Emmerson Street", "Édifice fédéral; 22, rue Emmerson", "");
    let c = classify(&rules, PointKind::ServiceCentre, &federal);
    assert_eq!((c.host, c.kind), (HostKind::Federal, CollabKind::NoneStated));
    assert!(!c.hosted_by_partner());
    // The address line and the compiler's note both kept as evidence.
    let ponteix = words(
        "Ponteix Town Hall; 213 Centre Street",
        "Mairie de Ponteix; 213, rue Centre",
        "co-located in a town hall",
    );
    let c = classify(&rules, PointKind::Outreach, &ponteix);
    let fields: Vec<Field> = c.evidence.iter().map(|e| e.field).collect();
    assert_eq!(fields, [Field::AddressLine, Field::CompilerNote]);
    assert_eq!(c.partner().and_then(|t| t.fr.as_deref()), Some("Mairie de Ponteix"));
}

#[test]
fn nwt_partners_named_from_the_territorial_list() {
    let mut sc = Point::bare("sc-NT-SAS", 0, None);
    sc.community = "Aklavik".into();
    sc.collaboration = Some(partner("Service Delivery Partner"));
    let mut other = Point { community: "Sachs Harbour".into(), ..sc.clone() };
    other.id = "sc-NT-SAX".into();
    let mut centre = Point::bare("pr-nwt-swsc-aklavik", 7, None);
    centre.community = "Aklavik".into();
    centre.name = Text::en("Single Window Service Centre - Aklavik");
    centre.services = Text::en("assistance; help accessing federal programs (network-level description)");
    let mut points = vec![sc, other, centre];
    assert_eq!(name_partners(&mut points, 7), 1);
    let named = points[0].collaboration.as_ref().expect("read");
    assert_eq!((named.host, named.kind), (HostKind::Provincial, CollabKind::Integration));
    assert_eq!(named.partner(), Some(&Text::en("Single Window Service Centre - Aklavik")));
    assert_eq!(named.evidence.len(), 3);
    let unnamed = points[1].collaboration.as_ref().expect("read");
    assert_eq!((unnamed.host, unnamed.kind, unnamed.partner()), (HostKind::NoneStated, CollabKind::Integration, None));
}
