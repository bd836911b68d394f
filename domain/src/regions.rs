//! The 21 regions (shared reference data in `samla_model::regions`).

pub use samla_model::regions::{REGIONS, RegionInfo};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn larger_towns_are_real_municipalities_of_their_region() {
        let content = crate::content::Content::get();
        for region in &REGIONS {
            for town in region.larger_towns {
                let m = content.municipalities.iter().find(|m| m.name == *town);
                assert_eq!(
                    m.map(|m| m.region_code.as_str()),
                    Some(region.code),
                    "{town}"
                );
            }
        }
    }
}
