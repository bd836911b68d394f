//! A `<textarea>`'s text, escaped. Leptos writes a textarea's children into the HTML without
//! escaping them (it treats the element as raw text), so a typed `</textarea><script>` would
//! end the element. The browser decodes the entities back (textarea content is RCDATA), so
//! the citizen sees exactly what they typed.

pub fn textarea_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_typed_into_a_textarea_stays_text() {
        assert_eq!(
            super::textarea_text("a & b </textarea><script>"),
            "a &amp; b &lt;/textarea&gt;&lt;script&gt;"
        );
    }
}
