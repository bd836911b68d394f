//! A certificate as a PDF, made on the server: A4, DejaVu Sans embedded (so å, ä and ö are
//! the letters themselves, searchable and copyable), tagged for accessibility and checked
//! against PDF/UA-1 by krilla (title, language, headings and paragraphs in reading order).

use std::num::NonZeroU16;

use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{ContentTag, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, TextDirection};
use krilla::{Document, SerializeSettings};

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 64.0;
const BODY_SIZE: f32 = 11.0;
/// Characters a body line holds: DejaVu Sans averages well under 0.6 em, so 70 characters of
/// 11 pt fit the 467 pt between the margins with room for wide letters.
const LINE_CHARS: usize = 70;

/// What the PDF says, in Swedish (the certificate is issued in Swedish).
pub struct Content<'a> {
    pub title: &'a str,
    pub person: &'a str,
    pub personnummer: &'a str,
    pub issued: &'a str,
    pub valid_until: Option<&'a str>,
    pub body: &'a str,
    pub issuer: &'a str,
    pub clinic: &'a str,
}

/// Why no PDF came out (a fault in this code or the font, never in the content).
#[derive(Debug)]
pub struct PdfError(pub String);

/// `text` broken into lines of at most `LINE_CHARS` characters, at spaces; the paragraphs
/// the text has are kept.
pub fn wrap(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let needed =
                line.chars().count() + word.chars().count() + usize::from(!line.is_empty());
            if needed > LINE_CHARS && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

struct Writer<'s, 'p> {
    surface: &'s mut Surface<'p>,
    y: f32,
}

impl Writer<'_, '_> {
    /// Draws `text` as one tagged line at the current position and moves down.
    fn line(&mut self, font: &Font, size: f32, text: &str) -> krilla::tagging::Identifier {
        self.y += size * 1.45;
        let id = self
            .surface
            .start_tagged(ContentTag::Span(SpanTag::empty()));
        self.surface.draw_text(
            Point::from_xy(MARGIN, self.y),
            font.clone(),
            size,
            text,
            false,
            TextDirection::Auto,
        );
        self.surface.end_tagged();
        id
    }
}

/// The certificate as PDF bytes.
pub fn render(content: &Content<'_>) -> Result<Vec<u8>, PdfError> {
    let regular = Font::new(REGULAR.into(), 0).ok_or_else(|| PdfError("the font".into()))?;
    let bold = Font::new(BOLD.into(), 0).ok_or_else(|| PdfError("the bold font".into()))?;
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| PdfError(format!("{e:?}")))?;
    let mut document = Document::new_with(SerializeSettings {
        configuration,
        enable_tagging: true,
        ..Default::default()
    });
    let mut tree = TagTree::new();
    let mut page = document.start_page_with(
        PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| PdfError("the page".into()))?,
    );
    let mut surface = page.surface();
    let mut w = Writer {
        surface: &mut surface,
        y: MARGIN,
    };
    let mut heading = TagGroup::new(Tag::Hn(NonZeroU16::MIN, Some(content.title.to_owned())));
    heading.push(w.line(&bold, 18.0, content.title));
    tree.push(heading);
    w.y += 8.0;
    let mut facts = vec![
        format!("Namn: {}", content.person),
        format!("Personnummer: {}", content.personnummer),
        format!("Utfärdat: {}", content.issued),
    ];
    if let Some(until) = content.valid_until {
        facts.push(format!("Giltigt till: {until}"));
    }
    for fact in &facts {
        let mut p = TagGroup::new(Tag::P);
        p.push(w.line(&regular, BODY_SIZE, fact));
        tree.push(p);
    }
    w.y += 10.0;
    let mut body = TagGroup::new(Tag::P);
    for line in wrap(content.body) {
        body.push(w.line(&regular, BODY_SIZE, &line));
    }
    tree.push(body);
    w.y += 14.0;
    let mut signed = TagGroup::new(Tag::P);
    signed.push(w.line(&regular, BODY_SIZE, content.issuer));
    signed.push(w.line(&regular, BODY_SIZE, content.clinic));
    tree.push(signed);
    surface.finish();
    page.finish();
    document.set_metadata(
        Metadata::new()
            .title(content.title.to_owned())
            .language("sv".to_owned())
            .authors(vec![content.clinic.to_owned()]),
    );
    // PDF/UA asks for an outline: one entry, the certificate's title.
    let mut outline = Outline::new();
    outline.push_child(OutlineNode::new(
        content.title.to_owned(),
        XyzDestination::new(0, Point::from_xy(0.0, 0.0)),
    ));
    document.set_outline(outline);
    document.set_tag_tree(tree);
    document.finish().map_err(|e| PdfError(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_wrapped_at_spaces_and_paragraphs_are_kept() {
        let text = format!("{}\nNytt stycke.", "ordet ".repeat(40));
        let lines = wrap(&text);
        assert!(lines.iter().all(|l| l.chars().count() <= LINE_CHARS));
        assert!(lines.len() >= 4, "{lines:?}");
        assert_eq!(lines.last().unwrap(), "Nytt stycke.");
        assert_eq!(lines.concat().matches("ordet").count(), 40, "no word lost");
    }
}
