//! The small text markup of content files (see content/README.md), parsed the same way on the
//! server and in the browser so hydration sees identical blocks.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    Bullets(Vec<String>),
}

/// Splits a text into headings (`## `), bullet lists (`- `) and paragraphs (blank-line separated).
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(paragraph.join(" ")));
            paragraph.clear();
        }
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            flush(&mut paragraph, &mut blocks);
        } else if let Some(heading) = line.strip_prefix("## ") {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Heading(heading.trim().to_owned()));
        } else if let Some(item) = line.strip_prefix("- ") {
            flush(&mut paragraph, &mut blocks);
            match blocks.last_mut() {
                Some(Block::Bullets(items)) => items.push(item.trim().to_owned()),
                _ => blocks.push(Block::Bullets(vec![item.trim().to_owned()])),
            }
        } else {
            // A line after a bullet without a blank line continues that bullet.
            match (paragraph.is_empty(), blocks.last_mut()) {
                (true, Some(Block::Bullets(items))) if !text_ends_block(text, line) => {
                    let last = items.last_mut().expect("a list has an item");
                    last.push(' ');
                    last.push_str(line);
                }
                _ => paragraph.push(line),
            }
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}

/// Whether `line` starts after a blank line (then it is a new paragraph, not a continuation).
fn text_ends_block(text: &str, line: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    lines
        .iter()
        .position(|l| *l == line)
        .is_some_and(|i| i > 0 && lines[i - 1].is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_bullets_and_headings() {
        let text = "Första stycket\nfortsätter här.\n\n## Rubrik\n- ett\n- två\n\nSista.";
        assert_eq!(
            parse(text),
            vec![
                Block::Paragraph("Första stycket fortsätter här.".into()),
                Block::Heading("Rubrik".into()),
                Block::Bullets(vec!["ett".into(), "två".into()]),
                Block::Paragraph("Sista.".into()),
            ]
        );
    }

    #[test]
    fn a_wrapped_bullet_stays_one_item_and_a_paragraph_after_a_blank_line_is_new() {
        let text = "- lång punkt\n  som fortsätter\n- nästa\n\nEtt stycke.";
        assert_eq!(
            parse(text),
            vec![
                Block::Bullets(vec!["lång punkt som fortsätter".into(), "nästa".into()]),
                Block::Paragraph("Ett stycke.".into()),
            ]
        );
    }

    #[test]
    fn empty_text_has_no_blocks() {
        assert!(parse("\n\n  \n").is_empty());
    }
}
