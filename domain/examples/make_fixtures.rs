//! Writes the files the browser tests upload into `end2end/fixtures/`, and checks each with
//! `attachments::check` so a fixture cannot drift from what it stands for:
//! `cargo run -p samla-domain --example make_fixtures`.

use std::path::Path;

use image::{GrayImage, ImageFormat, Luma};
use lopdf::content::{Content, Operation};
use lopdf::xref::XrefType;
use lopdf::{Dictionary, Document, Object, Stream, dictionary};
use samla_domain::attachments::check::{Checked, check_file};
use samla_model::attachment::{FileKind, Refusal};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../end2end/fixtures");
    std::fs::create_dir_all(&dir).expect("create end2end/fixtures");

    // An X-ray look-alike: a grey gradient, 64 × 48.
    let rontgen = GrayImage::from_fn(64, 48, |x, y| Luma([(x * 3 + y) as u8]));
    let path = dir.join("rontgen.png");
    rontgen
        .save_with_format(&path, ImageFormat::Png)
        .expect("write rontgen.png");
    expect(&path, |checked| {
        matches!(
            checked,
            Ok(Checked::Reencoded {
                kind: FileKind::Png,
                ..
            })
        )
    });

    write(&dir, "remiss.pdf", &pdf("Remiss", |_| {}));
    expect(&dir.join("remiss.pdf"), |checked| {
        matches!(checked, Ok(Checked::AsIs(FileKind::Pdf)))
    });

    let javascript = pdf("Remiss", |catalog| {
        let action = dictionary! {
            "Type" => "Action",
            "S" => "JavaScript",
            "JS" => Object::string_literal("app.alert('Samla: JavaScript i PDF');"),
        };
        catalog.set("OpenAction", action);
    });
    write(&dir, "med-javascript.pdf", &javascript);
    expect(&dir.join("med-javascript.pdf"), |checked| {
        matches!(checked, Err(Refusal::ActivePdf))
    });

    // A Linux program renamed: an ELF header (64-bit, little-endian, x86-64) and zeros.
    let mut program = vec![0u8; 4096];
    program[..20].copy_from_slice(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0");
    write(&dir, "program.pdf", &program);
    expect(&dir.join("program.pdf"), |checked| {
        matches!(checked, Err(Refusal::WrongType))
    });
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap_or_else(|error| panic!("write {name}: {error}"));
}

/// Panics unless the check says what `want` expects, and the file is well under 20 KB.
fn expect(path: &Path, want: impl Fn(&Result<Checked, Refusal>) -> bool) {
    let checked = check_file(path);
    let outcome = match &checked {
        Ok(Checked::Reencoded { kind, .. }) => format!("re-encoded {kind:?}"),
        Ok(Checked::AsIs(kind)) => format!("kept as {kind:?}"),
        Err(refusal) => format!("refused: {refusal:?}"),
    };
    let size = std::fs::metadata(path).expect("written").len();
    assert!(want(&checked), "{}: {outcome}", path.display());
    assert!(size < 20 * 1024, "{}: {size} bytes", path.display());
    println!("{} ({size} bytes): {outcome}", path.display());
}

/// A one-page A4 PDF with `text` in Helvetica; `extend` adds to the catalog.
fn pdf(text: &str, extend: impl FnOnce(&mut Dictionary)) -> Vec<u8> {
    // PDF 1.4 with a classic cross-reference table: what every viewer reads.
    let mut document = Document::with_version("1.4");
    document.reference_table.cross_reference_type = XrefType::CrossReferenceTable;
    let pages_id = document.new_object_id();
    let font_id = document.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let content = Content {
        operations: vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 36.into()]),
            Operation::new("Td", vec![72.into(), 720.into()]),
            Operation::new("Tj", vec![Object::string_literal(text)]),
            Operation::new("ET", vec![]),
        ],
    };
    let content_id = document.add_object(Stream::new(
        dictionary! {},
        content.encode().expect("content"),
    ));
    let page_id = document.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font_id } },
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    document.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    extend(&mut catalog);
    let catalog_id = document.add_object(catalog);
    document.trailer.set("Root", catalog_id);
    document.compress();
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).expect("save PDF");
    bytes
}
