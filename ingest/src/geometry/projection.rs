//! Longitude/latitude to SWEREF 99 TM (EPSG:3006), the national grid of Sweden, with the
//! pure-Rust `proj4rs`: easting and northing in metres.

use proj4rs::proj::Proj;

/// The PROJ definition of EPSG:3006 (SWEREF 99 TM): UTM zone 33 on GRS 80. SWEREF 99 and
/// WGS 84 differ by well under a metre, so the boundary files' WGS 84 coordinates are taken
/// as SWEREF 99 (`towgs84=0`).
const SWEREF99_TM: &str =
    "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
const LONLAT: &str = "+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs";

/// A projection from longitude/latitude to SWEREF 99 TM.
pub struct Sweref99Tm {
    from: Proj,
    to: Proj,
}

impl Sweref99Tm {
    pub fn new() -> Sweref99Tm {
        Sweref99Tm {
            from: Proj::from_proj_string(LONLAT).expect("a valid PROJ string"),
            to: Proj::from_proj_string(SWEREF99_TM).expect("a valid PROJ string"),
        }
    }

    /// `(easting, northing)` in metres of a longitude and latitude in degrees.
    pub fn project(&self, lon: f64, lat: f64) -> Result<(f64, f64), String> {
        let mut p = (lon.to_radians(), lat.to_radians());
        proj4rs::transform::transform(&self.from, &self.to, &mut p)
            .map_err(|e| format!("cannot project ({lon}, {lat}): {e}"))?;
        Ok(p)
    }
}

impl Default for Sweref99Tm {
    fn default() -> Self {
        Sweref99Tm::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Degrees and minutes.
    type Angle = (f64, f64);

    /// Control points published by Lantmäteriet (the Swedish mapping authority),
    /// "Kontrollpunkter för SWEREF 99 TM", 2007-11-20: latitude and longitude in degrees and
    /// minutes, northing and easting in metres.
    const CONTROL_POINTS: &[(Angle, Angle, f64, f64)] = &[
        ((55.0, 0.0), (12.0, 45.0), 6_097_106.672, 356_083.438),
        ((57.0, 0.0), (19.0, 30.0), 6_326_392.707, 773_251.054),
        ((59.0, 0.0), (11.0, 15.0), 6_546_096.724, 284_626.066),
        ((61.0, 0.0), (12.0, 45.0), 6_764_877.311, 378_323.440),
        ((63.0, 0.0), (19.0, 30.0), 6_993_565.630, 727_798.671),
        ((69.0, 0.0), (21.0, 0.0), 7_666_089.698, 739_639.195),
    ];

    #[test]
    fn matches_lantmateriets_control_points_to_the_millimetre() {
        let p = Sweref99Tm::new();
        for &((lat_d, lat_m), (lon_d, lon_m), north, east) in CONTROL_POINTS {
            let (e, n) = p
                .project(lon_d + lon_m / 60.0, lat_d + lat_m / 60.0)
                .unwrap();
            assert!(
                (e - east).abs() < 0.001 && (n - north).abs() < 0.001,
                "{lat_d}°{lat_m}' N {lon_d}°{lon_m}' E: got E {e:.3} N {n:.3}, expected E {east} N {north}"
            );
        }
    }
}
