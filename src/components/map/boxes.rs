//! Every map's box, known when the app is built (`build.rs` reads the map files), so that a
//! map takes its final shape on the page before its file has arrived: nothing moves when
//! the shapes come.

include!(concat!(env!("OUT_DIR"), "/map_boxes.rs"));

/// Width and height of the viewBox of map file `name` (`"sweden"`, `"18"`).
pub fn box_of(name: &str) -> (i64, i64) {
    MAP_BOXES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map_or((1, 1), |&(_, w, h)| (w, h))
}
