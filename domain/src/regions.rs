//! Reference data: Sweden's 21 regions with some of their real municipalities,
//! and the kinds of clinic the portal knows.

/// A region and a few of its municipalities (the first is the seat).
pub struct RegionInfo {
    pub code: &'static str,
    pub name: &'static str,
    pub municipalities: &'static [&'static str],
}

pub const REGIONS: [RegionInfo; 21] = [
    region(
        "01",
        "Region Stockholm",
        &[
            "Stockholm",
            "Solna",
            "Södertälje",
            "Norrtälje",
            "Huddinge",
            "Nacka",
        ],
    ),
    region(
        "03",
        "Region Uppsala",
        &["Uppsala", "Enköping", "Östhammar", "Tierp"],
    ),
    region(
        "04",
        "Region Sörmland",
        &["Nyköping", "Eskilstuna", "Katrineholm", "Strängnäs"],
    ),
    region(
        "05",
        "Region Östergötland",
        &["Linköping", "Norrköping", "Motala", "Mjölby"],
    ),
    region(
        "06",
        "Region Jönköpings län",
        &["Jönköping", "Värnamo", "Nässjö", "Gislaved"],
    ),
    region(
        "07",
        "Region Kronoberg",
        &["Växjö", "Ljungby", "Älmhult", "Tingsryd"],
    ),
    region(
        "08",
        "Region Kalmar län",
        &["Kalmar", "Västervik", "Oskarshamn", "Nybro"],
    ),
    region("09", "Region Gotland", &["Gotland"]),
    region(
        "10",
        "Region Blekinge",
        &["Karlskrona", "Karlshamn", "Ronneby", "Sölvesborg"],
    ),
    region(
        "12",
        "Region Skåne",
        &[
            "Malmö",
            "Helsingborg",
            "Lund",
            "Kristianstad",
            "Landskrona",
            "Trelleborg",
        ],
    ),
    region(
        "13",
        "Region Halland",
        &["Halmstad", "Varberg", "Kungsbacka", "Falkenberg"],
    ),
    region(
        "14",
        "Västra Götalandsregionen",
        &[
            "Göteborg",
            "Borås",
            "Trollhättan",
            "Skövde",
            "Uddevalla",
            "Lidköping",
        ],
    ),
    region(
        "17",
        "Region Värmland",
        &["Karlstad", "Arvika", "Kristinehamn", "Torsby"],
    ),
    region(
        "18",
        "Region Örebro län",
        &["Örebro", "Karlskoga", "Lindesberg", "Kumla"],
    ),
    region(
        "19",
        "Region Västmanland",
        &["Västerås", "Köping", "Sala", "Fagersta"],
    ),
    region(
        "20",
        "Region Dalarna",
        &["Falun", "Borlänge", "Mora", "Ludvika"],
    ),
    region(
        "21",
        "Region Gävleborg",
        &["Gävle", "Sandviken", "Hudiksvall", "Bollnäs"],
    ),
    region(
        "22",
        "Region Västernorrland",
        &["Härnösand", "Sundsvall", "Örnsköldsvik", "Sollefteå"],
    ),
    region(
        "23",
        "Region Jämtland Härjedalen",
        &["Östersund", "Krokom", "Härjedalen", "Strömsund"],
    ),
    region(
        "24",
        "Region Västerbotten",
        &["Umeå", "Skellefteå", "Lycksele", "Vilhelmina"],
    ),
    region(
        "25",
        "Region Norrbotten",
        &["Luleå", "Piteå", "Kiruna", "Boden", "Gällivare"],
    ),
];

const fn region(
    code: &'static str,
    name: &'static str,
    municipalities: &'static [&'static str],
) -> RegionInfo {
    RegionInfo {
        code,
        name,
        municipalities,
    }
}

/// The kinds of clinic, with the share of generated clinics each gets (per mille).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClinicKind {
    HealthCentre,
    ChildHealth,
    MaternityHealth,
    Specialist,
    Emergency,
    Dental,
}

impl ClinicKind {
    pub const ALL: [ClinicKind; 6] = [
        ClinicKind::HealthCentre,
        ClinicKind::ChildHealth,
        ClinicKind::MaternityHealth,
        ClinicKind::Specialist,
        ClinicKind::Emergency,
        ClinicKind::Dental,
    ];

    /// Stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            ClinicKind::HealthCentre => "health_centre",
            ClinicKind::ChildHealth => "child_health",
            ClinicKind::MaternityHealth => "maternity_health",
            ClinicKind::Specialist => "specialist",
            ClinicKind::Emergency => "emergency",
            ClinicKind::Dental => "dental",
        }
    }

    pub fn from_code(code: &str) -> Option<ClinicKind> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// How common this kind is among clinics, per mille; the weights add up to 1000.
    pub fn weight(self) -> u32 {
        match self {
            ClinicKind::HealthCentre => 400,
            ClinicKind::ChildHealth => 120,
            ClinicKind::MaternityHealth => 100,
            ClinicKind::Specialist => 130,
            ClinicKind::Emergency => 50,
            ClinicKind::Dental => 200,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_codes_are_unique_and_every_region_has_a_seat() {
        let mut codes: Vec<_> = REGIONS.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 21);
        assert!(REGIONS.iter().all(|r| !r.municipalities.is_empty()));
    }

    #[test]
    fn kind_weights_add_up_and_codes_round_trip() {
        assert_eq!(
            ClinicKind::ALL.iter().map(|k| k.weight()).sum::<u32>(),
            1000
        );
        for kind in ClinicKind::ALL {
            assert_eq!(ClinicKind::from_code(kind.code()), Some(kind));
        }
    }
}
