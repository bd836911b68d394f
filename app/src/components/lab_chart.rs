//! A small chart of one analysis's results, drawn on the server as SVG: the reference range as
//! a band, the results as a line with points. It is an image with a text alternative that says
//! what it shows; the values themselves are in the table beside it.

/// The SVG of `points` (date, value) against the range `low`..`high`, labelled `label`.
pub fn chart_svg(points: &[(String, f64)], low: f64, high: f64, unit: &str, label: &str) -> String {
    const W: f64 = 320.0;
    const H: f64 = 140.0;
    const PAD_L: f64 = 44.0;
    const PAD_R: f64 = 8.0;
    const PAD_Y: f64 = 14.0;
    let values = points.iter().map(|(_, v)| *v);
    let min = values.clone().fold(low, f64::min);
    let max = values.fold(high, f64::max);
    let span = if max > min { max - min } else { 1.0 };
    let (bottom, top) = (min - span * 0.1, max + span * 0.1);
    let y = |v: f64| PAD_Y + (top - v) / (top - bottom) * (H - 2.0 * PAD_Y);
    let x = |i: usize| {
        if points.len() <= 1 {
            PAD_L + (W - PAD_L - PAD_R) / 2.0
        } else {
            PAD_L + i as f64 * (W - PAD_L - PAD_R) / (points.len() - 1) as f64
        }
    };
    let line: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| format!("{:.1},{:.1}", x(i), y(*v)))
        .collect();
    let dots: String = points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| format!(r#"<circle cx="{:.1}" cy="{:.1}" r="3"/>"#, x(i), y(*v)))
        .collect();
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('"', "&quot;")
    };
    let number = |v: f64| format!("{v}").replace('.', ",");
    format!(
        concat!(
            r#"<svg class="lab-chart" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{label}" xmlns="http://www.w3.org/2000/svg">"#,
            r#"<rect class="lab-chart__range" x="{pl}" y="{ry:.1}" width="{rw}" height="{rh:.1}"/>"#,
            r#"<text class="lab-chart__axis" x="{tx}" y="{hy:.1}" text-anchor="end">{high} {unit}</text>"#,
            r#"<text class="lab-chart__axis" x="{tx}" y="{ly:.1}" text-anchor="end">{low}</text>"#,
            r#"<polyline class="lab-chart__line" points="{line}"/><g class="lab-chart__dots">{dots}</g></svg>"#
        ),
        w = W,
        h = H,
        label = escape(label),
        pl = PAD_L,
        ry = y(high),
        rw = W - PAD_L - PAD_R,
        rh = y(low) - y(high),
        tx = PAD_L - 4.0,
        hy = y(high) + 4.0,
        ly = y(low) + 4.0,
        high = number(high),
        low = number(low),
        unit = escape(unit),
        line = line.join(" "),
        dots = dots,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_has_a_point_per_result_the_range_and_its_text_alternative() {
        let points = vec![
            ("2025-01-01".to_owned(), 2.0),
            ("2026-01-01".to_owned(), 5.5),
        ];
        let svg = chart_svg(
            &points,
            0.4,
            4.0,
            "mIE/l",
            "TSH: 2 värden, senast 5,5 <över>",
        );
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(svg.contains(r#"role="img""#));
        assert!(
            svg.contains("aria-label=\"TSH: 2 värden, senast 5,5 &lt;över>\""),
            "{svg}"
        );
        assert!(svg.contains(">4 mIE/l</text>") && svg.contains(">0,4</text>"));
        // The higher value is drawn higher up (a smaller y).
        let ys: Vec<f64> = svg
            .split("cy=\"")
            .skip(1)
            .map(|r| r.split('"').next().unwrap().parse().unwrap())
            .collect();
        assert!(ys[1] < ys[0], "{ys:?}");
    }
}
