//! Distance on the earth's surface.

/// Great-circle distance in kilometres between two (latitude, longitude) points.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0;
    let (lat1, lat2) = (a.0.to_radians(), b.0.to_radians());
    let (dlat, dlon) = ((b.0 - a.0).to_radians(), (b.1 - a.1).to_radians());
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::distance_km;

    #[test]
    fn stockholm_to_goteborg_is_about_400_km() {
        let d = distance_km((59.3293, 18.0686), (57.7089, 11.9746));
        assert!((390.0..405.0).contains(&d), "{d}");
        assert_eq!(distance_km((60.0, 15.0), (60.0, 15.0)), 0.0);
    }
}
