//! Attachments (DOMAIN.md §6): the formats taken, judged by content; the limits; why a file
//! was refused, as a code the page turns into a sentence in the reader's language.

/// At most this many bytes per file (20 MB, as the rule says: 20 × 1024 × 1024).
pub const FILE_MAX: u64 = 20 * 1024 * 1024;
/// At most this many files per message a citizen writes.
pub const CITIZEN_FILES_MAX: usize = 5;
/// At most this many files per message staff write.
pub const STAFF_FILES_MAX: usize = 10;
/// A file name is kept to this many characters (the rest is cut, the extension kept).
pub const NAME_MAX: usize = 120;
/// What the file input offers; the server judges by content, never by this.
pub const ACCEPT: &str = ".pdf,.gif,.jpg,.jpeg,.png,application/pdf,image/gif,image/jpeg,image/png";

/// The formats taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
    Gif,
}

codes!(FileKind,
    FileKind::Pdf => "application/pdf",
    FileKind::Png => "image/png",
    FileKind::Jpeg => "image/jpeg",
    FileKind::Gif => "image/gif",
);

impl FileKind {
    pub fn is_image(self) -> bool {
        self != FileKind::Pdf
    }

    /// The format's name, the same in both languages.
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Pdf => "PDF",
            FileKind::Png => "PNG",
            FileKind::Jpeg => "JPEG",
            FileKind::Gif => "GIF",
        }
    }
}

/// Why a file was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Refusal {
    /// Over `FILE_MAX`.
    TooLarge,
    /// Not a PDF, GIF, JPEG or PNG by its content, whatever its name says.
    WrongType,
    /// Says it is one of them but cannot be read as one.
    Unreadable,
    /// A PDF with JavaScript, an action on opening, or embedded files.
    ActivePdf,
    Empty,
    /// The message has `CITIZEN_FILES_MAX` files already.
    TooMany,
    /// This e-service does not take attachments.
    NotAllowed,
}

codes!(Refusal,
    Refusal::TooLarge => "too-large",
    Refusal::WrongType => "wrong-type",
    Refusal::Unreadable => "unreadable",
    Refusal::ActivePdf => "active-pdf",
    Refusal::Empty => "empty",
    Refusal::TooMany => "too-many",
    Refusal::NotAllowed => "not-allowed",
);

/// The name a file is kept under: the last path part (browsers of old sent whole paths),
/// control characters and quotes dropped, cut to `NAME_MAX` characters with the extension
/// kept; "fil" when nothing is left.
pub fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>'))
        .collect();
    let clean = clean.trim().trim_start_matches('.').trim();
    if clean.is_empty() {
        return "fil".to_owned();
    }
    if clean.chars().count() <= NAME_MAX {
        return clean.to_owned();
    }
    let ext: String = match clean.rsplit_once('.') {
        Some((_, ext)) if ext.chars().count() <= 8 => format!(".{ext}"),
        _ => String::new(),
    };
    let keep = NAME_MAX - ext.chars().count();
    format!("{}{ext}", clean.chars().take(keep).collect::<String>())
}

/// A size as people read it: "834 kB", "12,4 MB" (Swedish decimal comma when `sv`).
pub fn size_text(bytes: u64, sv: bool) -> String {
    let text = if bytes < 1024 * 1024 {
        format!("{} kB", bytes.div_ceil(1024))
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    };
    if sv { text.replace('.', ",") } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_paths_controls_and_quotes() {
        assert_eq!(clean_name(r"C:\Users\anna\prov svar.pdf"), "prov svar.pdf");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("a\"b\r\n<c>.png"), "abc.png");
        assert_eq!(clean_name("   "), "fil");
        assert_eq!(clean_name(".hidden"), "hidden");
    }

    #[test]
    fn long_names_keep_their_extension() {
        let long = format!("{}.jpeg", "å".repeat(300));
        let clean = clean_name(&long);
        assert_eq!(clean.chars().count(), NAME_MAX);
        assert!(clean.ends_with(".jpeg"));
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_text(1000, true), "1 kB");
        assert_eq!(size_text(13 * 1024 * 1024 / 10, true), "1,3 MB");
        assert_eq!(size_text(FILE_MAX, false), "20.0 MB");
    }

    #[test]
    fn codes_round_trip() {
        for kind in [FileKind::Pdf, FileKind::Png, FileKind::Jpeg, FileKind::Gif] {
            assert_eq!(FileKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(Refusal::from_code("active-pdf"), Some(Refusal::ActivePdf));
        assert_eq!(Refusal::from_code("nope"), None);
    }
}
