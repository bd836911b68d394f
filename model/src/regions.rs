//! Reference data: Sweden's 21 regions. Each names its larger towns (the first is the seat),
//! which get more clinics in generated data; all 290 municipalities are in content/.

pub struct RegionInfo {
    pub code: &'static str,
    pub name: &'static str,
    pub larger_towns: &'static [&'static str],
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
    larger_towns: &'static [&'static str],
) -> RegionInfo {
    RegionInfo {
        code,
        name,
        larger_towns,
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
        assert!(REGIONS.iter().all(|r| !r.larger_towns.is_empty()));
    }
}
