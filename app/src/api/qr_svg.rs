//! A QR code as an inline SVG image, drawn on the server (the browser gets no QR library).

/// The SVG of `data`, black on white with the quiet zone the standard asks for.
pub fn qr_svg(data: &str) -> String {
    match qrcode::QrCode::new(data.as_bytes()) {
        Ok(code) => {
            let svg = code
                .render::<qrcode::render::svg::Color>()
                .min_dimensions(220, 220)
                .quiet_zone(true)
                .build();
            // Without the XML declaration, which does not belong inside HTML.
            svg.find("<svg")
                .map(|at| svg[at..].to_owned())
                .unwrap_or_default()
        }
        Err(_) => String::new(),
    }
}
