//! The maps: Sweden's counties on the front page, a county's municipalities on its page and,
//! small with the municipality marked, on each municipality's page. Everything they show is
//! a `catalog::map::DrawnMap` (statuses, colours, names, focus order, legends, pins); these
//! components only draw it: the SVG with a link per region (`canvas`, `region`), the
//! tooltip, the legend that highlights, the table beside the map, the SVG download.

pub mod boxes;
pub mod canvas;
pub mod county;
pub mod download;
pub mod figure;
pub mod legend;
pub mod region;
pub mod sweden;
pub mod table;
pub mod tooltip;
