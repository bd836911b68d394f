//! Sweden's 290 municipalities with the position of their main town (content/municipalities.csv).

#[derive(Clone, Debug, PartialEq)]
pub struct Municipality {
    /// The official four-digit code (kommunkod).
    pub code: String,
    pub name: String,
    pub region_code: String,
    pub lat: f64,
    pub lon: f64,
}

/// Parses the simple CSV (no quoted fields) with the header `code,name,region_code,lat,lon`.
pub fn parse(csv: &str) -> Result<Vec<Municipality>, String> {
    let mut lines = csv.lines().filter(|l| !l.trim().is_empty());
    match lines.next() {
        Some("code,name,region_code,lat,lon") => {}
        other => return Err(format!("municipalities.csv: unexpected header {other:?}")),
    }
    lines
        .enumerate()
        .map(|(i, line)| {
            let fields: Vec<&str> = line.split(',').map(str::trim).collect();
            let bad = || format!("municipalities.csv line {}: {line:?}", i + 2);
            let [code, name, region_code, lat, lon] = fields[..] else {
                return Err(bad());
            };
            Ok(Municipality {
                code: code.to_owned(),
                name: name.to_owned(),
                region_code: region_code.to_owned(),
                lat: lat.parse().map_err(|_| bad())?,
                lon: lon.parse().map_err(|_| bad())?,
            })
        })
        .collect()
}
