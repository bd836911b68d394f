//! What an uploaded file must be (DOMAIN.md §6): a PDF, GIF, JPEG or PNG by its content, never
//! by its name. Images are decoded within limits and encoded again, so nothing but pixels
//! survives (no EXIF, GPS position, XMP, comments); a PDF is parsed and refused if it carries
//! anything a reader would run or unpack, and otherwise kept byte for byte.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use image::codecs::gif::{GifDecoder, GifEncoder, Repeat};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::metadata::Orientation;
use image::{AnimationDecoder, DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use lopdf::{Dictionary, Document, LoadOptions, Object};
use samla_model::attachment::{FileKind, Refusal};

use super::pdf_scan::{self, Scan};

/// Bytes read from the start for `judge`: `infer` finds a PDF header anywhere in the first
/// 1,024 bytes, as Acrobat does.
const HEAD_LEN: u64 = 1024;
/// Widest and tallest image taken. A 50-megapixel phone photo is 8,160 × 6,120 px and an A4
/// page scanned at 600 dpi 7,016 × 4,961, so 10,000 leaves room while a header declaring
/// 50,000 × 50,000 is refused before a pixel is allocated.
const IMAGE_SIDE_MAX: u32 = 10_000;
/// Most memory a decoder may hold, decoded pixels included: a 50-megapixel RGB photo is
/// 150 MB. Several uploads may decode at once, so this bounds the server's worst case.
const IMAGE_ALLOC_MAX: u64 = 256 * 1024 * 1024;
/// Most frames a GIF may have; each is decoded to a whole RGBA canvas and quantised again,
/// so a small file of many tiny frames would otherwise cost minutes.
const GIF_FRAMES_MAX: usize = 1_000;
/// Most canvas pixels over all frames of a GIF (e.g. 400 frames of 500 × 500): the time to
/// encode again grows with it, and so does the result.
const GIF_PIXELS_MAX: u64 = 100_000_000;
/// Quantiser speed for GIF frames (1 = slowest, 30 = fastest); `GifEncoder::new` uses 1,
/// which takes seconds per large frame for no visible gain.
const GIF_SPEED: i32 = 10;
/// JPEG quality when encoding again: no visible loss, a size near the original's.
const JPEG_QUALITY: u8 = 90;
/// Most bytes one PDF stream may inflate to while loading: a 20 MB file of honest object
/// streams stays far below it, a decompression bomb does not.
const PDF_STREAM_MAX: usize = 64 * 1024 * 1024;

/// Dictionary keys that make a PDF active: scripts, actions run on opening or on events
/// (`AA`), files carried inside, programs launched, Flash and 3D content.
const ACTIVE_KEYS: [&[u8]; 8] = [
    b"JavaScript",
    b"JS",
    b"OpenAction",
    b"AA",
    b"EmbeddedFiles",
    b"EmbeddedFile",
    b"Launch",
    b"RichMedia",
];
/// Action types (the value of `S`) that run a script or a program, wherever the action sits.
const ACTIVE_ACTIONS: [&[u8]; 2] = [b"JavaScript", b"Launch"];

/// The kind by the first bytes (`infer`), if it is one of the four taken.
pub fn judge(head: &[u8]) -> Option<FileKind> {
    match infer::get(head)?.mime_type() {
        "application/pdf" => Some(FileKind::Pdf),
        "image/png" => Some(FileKind::Png),
        "image/jpeg" => Some(FileKind::Jpeg),
        "image/gif" => Some(FileKind::Gif),
        _ => None,
    }
}

/// What a checked file becomes.
#[derive(Debug)]
pub enum Checked {
    /// An image, decoded and encoded again in the same format: no EXIF, GPS, XMP, comments or
    /// other metadata left.
    Reencoded { kind: FileKind, bytes: Vec<u8> },
    /// A PDF without active content, kept as sent.
    AsIs(FileKind),
}

/// Checks the received file at `path` (at most `FILE_MAX` bytes; the caller counted).
/// Blocking: the caller runs it in `spawn_blocking`.
pub fn check_file(path: &Path) -> Result<Checked, Refusal> {
    let mut head = Vec::new();
    open(path)?
        .take(HEAD_LEN)
        .read_to_end(&mut head)
        .map_err(|_| Refusal::Unreadable)?;
    if head.is_empty() {
        return Err(Refusal::Empty);
    }
    let kind = judge(&head).ok_or(Refusal::WrongType)?;
    let bytes = match kind {
        FileKind::Pdf => return check_pdf(path).map(|()| Checked::AsIs(kind)),
        FileKind::Gif => encode_gif(path)?,
        FileKind::Png | FileKind::Jpeg => encode_still(path, kind)?,
    };
    Ok(Checked::Reencoded { kind, bytes })
}

/// Our own temporary file failing to open is no fault of the sender's, but nothing can be
/// said of it either.
fn open(path: &Path) -> Result<BufReader<File>, Refusal> {
    File::open(path)
        .map(BufReader::new)
        .map_err(|_| Refusal::Unreadable)
}

/// Any decoding error, a limit hit among them, means the file cannot be taken as an image.
fn unreadable(_: image::ImageError) -> Refusal {
    Refusal::Unreadable
}

fn limits() -> Limits {
    // `Limits` is non-exhaustive: set the fields on the default.
    let mut limits = Limits::default();
    limits.max_image_width = Some(IMAGE_SIDE_MAX);
    limits.max_image_height = Some(IMAGE_SIDE_MAX);
    limits.max_alloc = Some(IMAGE_ALLOC_MAX);
    limits
}

/// A PNG or JPEG decoded and encoded again, turned upright first: the EXIF orientation goes
/// with the rest of the EXIF, and a phone photo would otherwise lie on its side.
fn encode_still(path: &Path, kind: FileKind) -> Result<Vec<u8>, Refusal> {
    let format = if kind == FileKind::Png {
        ImageFormat::Png
    } else {
        ImageFormat::Jpeg
    };
    let mut reader = ImageReader::with_format(open(path)?, format);
    reader.limits(limits());
    // Checks the sides as the header declares them.
    let mut decoder = reader.into_decoder().map_err(unreadable)?;
    // The decoded pixels count against the budget too, before they are allocated (as
    // `ImageReader::decode` does; it gives no access to the orientation).
    let mut rest = limits();
    rest.reserve(decoder.total_bytes()).map_err(unreadable)?;
    decoder.set_limits(rest).map_err(unreadable)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    image.apply_orientation(orientation);
    let mut bytes = Vec::new();
    match kind {
        FileKind::Png => image.write_with_encoder(PngEncoder::new(&mut bytes)),
        _ => image.write_with_encoder(JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY)),
    }
    .map_err(unreadable)?;
    Ok(bytes)
}

/// A GIF decoded and encoded again frame by frame, each with its delay; one frame is held at
/// a time, so memory stays within the limits whatever the number of frames.
fn encode_gif(path: &Path) -> Result<Vec<u8>, Refusal> {
    let mut decoder = GifDecoder::new(open(path)?).map_err(unreadable)?;
    decoder.set_limits(limits()).map_err(unreadable)?;
    let (width, height) = decoder.dimensions();
    let canvas = (u64::from(width) * u64::from(height)).max(1);
    let frames_max =
        GIF_FRAMES_MAX.min(usize::try_from(GIF_PIXELS_MAX / canvas).unwrap_or(usize::MAX));
    let mut bytes = Vec::new();
    let mut frames = 0;
    {
        let mut encoder = GifEncoder::new_with_speed(&mut bytes, GIF_SPEED);
        encoder.set_repeat(Repeat::Infinite).map_err(unreadable)?;
        for frame in decoder.into_frames() {
            frames += 1;
            if frames > frames_max {
                return Err(Refusal::Unreadable);
            }
            encoder
                .encode_frame(frame.map_err(unreadable)?)
                .map_err(unreadable)?;
        }
        // The encoder writes the GIF trailer when dropped here.
    }
    if frames == 0 {
        return Err(Refusal::Unreadable);
    }
    Ok(bytes)
}

/// A PDF with a page and nothing active: read once through a small buffer (`pdf_scan`), or,
/// when that reading cannot be sure, loaded whole by `lopdf`.
fn check_pdf(path: &Path) -> Result<(), Refusal> {
    match scan_pdf(File::open(path).map_err(|_| Refusal::Unreadable)?) {
        Scan::Clean => Ok(()),
        Scan::Active => Err(Refusal::ActivePdf),
        Scan::Unreadable => Err(Refusal::Unreadable),
        Scan::Unsure => load_pdf(path),
    }
}

fn scan_pdf(reader: impl Read) -> Scan {
    pdf_scan::scan(reader, &ACTIVE_KEYS, &ACTIVE_ACTIONS, PDF_STREAM_MAX as u64)
}

/// A PDF that loads, can be read without a password, has a page and nothing active. The
/// whole file and its objects are in memory (about twice its size), so only for what the
/// scan could not tell.
fn load_pdf(path: &Path) -> Result<(), Refusal> {
    let options = LoadOptions {
        max_decompressed_size: Some(PDF_STREAM_MAX),
        ..LoadOptions::default()
    };
    let document = Document::load_with_options(path, options).map_err(|_| Refusal::Unreadable)?;
    // Without the password lopdf loads no objects and leaves `Encrypt` in the trailer (it
    // removes it once it has decrypted with the empty password): nothing could be checked.
    if document.trailer.has(b"Encrypt") {
        return Err(Refusal::Unreadable);
    }
    if is_active(&document) {
        return Err(Refusal::ActivePdf);
    }
    if document.page_iter().next().is_none() {
        return Err(Refusal::Unreadable);
    }
    Ok(())
}

/// Whether any object of the document, or its trailer, has an active key or action at any
/// depth. lopdf has already unpacked the members of object streams into `objects`. A stack,
/// not recursion, so nesting depth cannot overflow ours.
fn is_active(document: &Document) -> bool {
    let mut todo: Vec<&Object> = Vec::new();
    if active_dictionary(&document.trailer, &mut todo) {
        return true;
    }
    todo.extend(document.objects.values());
    while let Some(object) = todo.pop() {
        let active = match object {
            Object::Dictionary(dictionary) => active_dictionary(dictionary, &mut todo),
            Object::Stream(stream) => active_dictionary(&stream.dict, &mut todo),
            Object::Array(items) => {
                todo.extend(items);
                false
            }
            _ => false,
        };
        if active {
            return true;
        }
    }
    false
}

/// Whether `dictionary` itself is active; its values are left on `todo`.
fn active_dictionary<'a>(dictionary: &'a Dictionary, todo: &mut Vec<&'a Object>) -> bool {
    for (key, value) in dictionary.iter() {
        let action = key == b"S"
            && matches!(value, Object::Name(name) if ACTIVE_ACTIONS.contains(&name.as_slice()));
        if action || ACTIVE_KEYS.contains(&key.as_slice()) {
            return true;
        }
        todo.push(value);
    }
    false
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use image::{Delay, Frame, Rgb, RgbImage, Rgba, RgbaImage};
    use lopdf::content::{Content, Operation};
    use lopdf::{EncryptionState, EncryptionVersion, Permissions, Stream, dictionary};

    use super::*;

    /// Writes `bytes` to a file of its own under the temp dir, checks it, removes it.
    fn check_bytes(name: &str, bytes: &[u8]) -> Result<Checked, Refusal> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!("samla-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path: PathBuf = dir.join(format!("{n}-{name}"));
        std::fs::write(&path, bytes).unwrap();
        let checked = check_file(&path);
        std::fs::remove_file(&path).unwrap();
        checked
    }

    fn reencoded(checked: Result<Checked, Refusal>, want: FileKind) -> Vec<u8> {
        match checked {
            Ok(Checked::Reencoded { kind, bytes }) if kind == want => bytes,
            other => panic!("expected a re-encoded {want:?}, got {other:?}"),
        }
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack
            .windows(needle.len())
            .any(|window| window == needle)
    }

    fn encoded(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut bytes = Cursor::new(Vec::new());
        image.write_to(&mut bytes, format).unwrap();
        bytes.into_inner()
    }

    fn gradient(width: u32, height: u32) -> DynamicImage {
        DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |x, y| {
            Rgb([(x * 16) as u8, (y * 16) as u8, 128])
        }))
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    /// A PNG chunk: length, type, data, CRC over type and data.
    fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
        chunk.extend_from_slice(kind);
        chunk.extend_from_slice(data);
        chunk.extend_from_slice(&crc32(&chunk[4..]).to_be_bytes());
        chunk
    }

    /// Where the IHDR chunk of a PNG ends: signature (8), length, type, 13 bytes, CRC.
    const AFTER_IHDR: usize = 8 + 4 + 4 + 13 + 4;

    #[test]
    fn judge_knows_the_four_kinds() {
        let png = encoded(gradient(4, 4), ImageFormat::Png);
        let jpeg = encoded(gradient(4, 4), ImageFormat::Jpeg);
        let gif = encoded(
            DynamicImage::ImageRgba8(RgbaImage::new(4, 4)),
            ImageFormat::Gif,
        );
        assert_eq!(judge(&png), Some(FileKind::Png));
        assert_eq!(judge(&jpeg), Some(FileKind::Jpeg));
        assert_eq!(judge(&gif), Some(FileKind::Gif));
        assert_eq!(
            judge(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
            Some(FileKind::Pdf)
        );
    }

    #[test]
    fn judge_knows_nothing_else() {
        assert_eq!(judge(b"Hej! Bifogar provsvaren som text.\n"), None);
        assert_eq!(judge(&elf()), None);
        assert_eq!(judge(b"MZ\x90\0\x03\0\0\0%PDF-1.7"), None);
        assert_eq!(judge(b""), None);
    }

    #[test]
    fn png_loses_exif_and_text() {
        let clean = encoded(gradient(8, 8), ImageFormat::Png);
        let mut png = clean[..AFTER_IHDR].to_vec();
        png.extend(png_chunk(
            b"eXIf",
            b"MM\0*\0\0\0\x08\0\0EXIF-PAYLOAD-MARKER",
        ));
        png.extend(png_chunk(b"tEXt", b"Comment\0Anna Andersson 19121212-1212"));
        png.extend_from_slice(&clean[AFTER_IHDR..]);
        assert!(contains(&png, b"EXIF-PAYLOAD-MARKER") && contains(&png, b"Anna Andersson"));

        let bytes = reencoded(check_bytes("foto.png", &png), FileKind::Png);
        for gone in [
            &b"EXIF-PAYLOAD-MARKER"[..],
            b"Anna Andersson",
            b"eXIf",
            b"tEXt",
        ] {
            assert!(
                !contains(&bytes, gone),
                "{} left",
                String::from_utf8_lossy(gone)
            );
        }
        // PNG is lossless: the same pixels come back.
        let back = image::load_from_memory_with_format(&bytes, ImageFormat::Png).unwrap();
        assert_eq!(back.to_rgb8(), gradient(8, 8).to_rgb8());
    }

    #[test]
    fn jpeg_loses_its_exif_segment() {
        let clean = encoded(gradient(16, 16), ImageFormat::Jpeg);
        let mut exif = b"Exif\0\0MM\0*\0\0\0\x08\0\0GPS 59.3293N 18.0686E".to_vec();
        let length = (exif.len() + 2) as u16;
        let mut jpeg = clean[..2].to_vec(); // SOI
        jpeg.extend_from_slice(&[0xFF, 0xE1]);
        jpeg.extend_from_slice(&length.to_be_bytes());
        jpeg.append(&mut exif);
        jpeg.extend_from_slice(&clean[2..]);
        assert!(contains(&jpeg, b"GPS 59.3293N"));

        let bytes = reencoded(check_bytes("foto.jpg", &jpeg), FileKind::Jpeg);
        assert!(!contains(&bytes, b"GPS 59.3293N"));
        assert!(!contains(&bytes, b"Exif\0\0"));
        let back = image::load_from_memory_with_format(&bytes, ImageFormat::Jpeg).unwrap();
        assert_eq!((back.width(), back.height()), (16, 16));
    }

    fn animated_gif(frames: usize, delays_ms: &[u32]) -> Vec<u8> {
        let mut bytes = Vec::new();
        {
            let mut encoder = GifEncoder::new(&mut bytes);
            encoder.set_repeat(Repeat::Infinite).unwrap();
            for i in 0..frames {
                let shade = (i * 100 % 256) as u8;
                let image = RgbaImage::from_pixel(8, 8, Rgba([shade, 0, 255 - shade, 255]));
                let delay = Delay::from_numer_denom_ms(delays_ms[i % delays_ms.len()], 1);
                encoder
                    .encode_frame(Frame::from_parts(image, 0, 0, delay))
                    .unwrap();
            }
        }
        bytes
    }

    #[test]
    fn gif_keeps_its_frames_and_delays() {
        let gif = animated_gif(2, &[100, 300]);
        let bytes = reencoded(check_bytes("anim.gif", &gif), FileKind::Gif);
        let frames = GifDecoder::new(Cursor::new(bytes))
            .unwrap()
            .into_frames()
            .collect_frames()
            .unwrap();
        let delays: Vec<_> = frames
            .iter()
            .map(|frame| frame.delay().numer_denom_ms())
            .collect();
        assert_eq!(delays, [(100, 1), (300, 1)]);
        assert_ne!(
            frames[0].buffer().get_pixel(0, 0),
            frames[1].buffer().get_pixel(0, 0)
        );
    }

    #[test]
    fn gif_with_too_many_frames_is_unreadable() {
        let gif = animated_gif(GIF_FRAMES_MAX + 1, &[10]);
        assert_eq!(
            check_bytes("many.gif", &gif).unwrap_err(),
            Refusal::Unreadable
        );
    }

    /// A one-page PDF with `text`; `extend` gets the document, its catalog and its page
    /// before they are added.
    fn pdf(
        text: &str,
        extend: impl FnOnce(&mut Document, &mut Dictionary, &mut Dictionary),
    ) -> Document {
        let mut document = Document::with_version("1.7");
        let pages_id = document.new_object_id();
        let font_id = document.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let content = Content {
            operations: vec![
                Operation::new("BT", vec![]),
                Operation::new("Tf", vec!["F1".into(), 24.into()]),
                Operation::new("Td", vec![72.into(), 720.into()]),
                Operation::new("Tj", vec![Object::string_literal(text)]),
                Operation::new("ET", vec![]),
            ],
        };
        let content_id =
            document.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
        let mut page = dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font_id } },
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        };
        let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
        extend(&mut document, &mut catalog, &mut page);
        let page_id = document.add_object(page);
        document.objects.insert(
            pages_id,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 },
            ),
        );
        let catalog_id = document.add_object(catalog);
        document.trailer.set("Root", catalog_id);
        document
    }

    fn saved(mut document: Document) -> Vec<u8> {
        let mut bytes = Vec::new();
        document.save_to(&mut bytes).unwrap();
        bytes
    }

    fn javascript() -> Dictionary {
        dictionary! { "S" => "JavaScript", "JS" => Object::string_literal("app.alert('hej')") }
    }

    #[test]
    fn clean_pdf_is_kept_as_sent() {
        let bytes = saved(pdf("Remiss", |_, _, _| {}));
        assert!(matches!(
            check_bytes("remiss.pdf", &bytes),
            Ok(Checked::AsIs(FileKind::Pdf))
        ));
        // Also with a classic cross-reference table (lopdf writes a stream by default)…
        let mut classic = pdf("Remiss", |_, _, _| {});
        classic.reference_table.cross_reference_type = lopdf::xref::XrefType::CrossReferenceTable;
        let classic = saved(classic);
        assert!(contains(&classic, b"\nxref\n"));
        assert!(matches!(
            check_bytes("classic.pdf", &classic),
            Ok(Checked::AsIs(FileKind::Pdf))
        ));
        // …and with object streams.
        let mut modern = Vec::new();
        pdf("Remiss", |_, _, _| {})
            .save_modern(&mut modern)
            .unwrap();
        assert!(contains(&modern, b"/ObjStm"));
        assert!(matches!(
            check_bytes("modern.pdf", &modern),
            Ok(Checked::AsIs(FileKind::Pdf))
        ));
    }

    #[test]
    fn pdf_with_open_action_javascript_is_active() {
        let bytes = saved(pdf("Remiss", |_, catalog, _| {
            catalog.set("OpenAction", javascript())
        }));
        assert_eq!(
            check_bytes("a.pdf", &bytes).unwrap_err(),
            Refusal::ActivePdf
        );
    }

    #[test]
    fn pdf_with_javascript_in_its_names_is_active() {
        let bytes = saved(pdf("Remiss", |document, catalog, _| {
            let action = document.add_object(javascript());
            let scripts =
                dictionary! { "Names" => vec![Object::string_literal("start"), action.into()] };
            catalog.set("Names", dictionary! { "JavaScript" => scripts });
        }));
        assert_eq!(
            check_bytes("b.pdf", &bytes).unwrap_err(),
            Refusal::ActivePdf
        );
    }

    #[test]
    fn pdf_with_embedded_files_is_active() {
        let bytes = saved(pdf("Remiss", |document, catalog, _| {
            let file = document.add_object(Stream::new(
                dictionary! { "Type" => "EmbeddedFile" },
                b"MZ".to_vec(),
            ));
            let spec = dictionary! { "Type" => "Filespec", "F" => Object::string_literal("a.exe"), "EF" => dictionary! { "F" => file } };
            let files =
                dictionary! { "Names" => vec![Object::string_literal("a.exe"), spec.into()] };
            catalog.set("Names", dictionary! { "EmbeddedFiles" => files });
        }));
        assert_eq!(
            check_bytes("c.pdf", &bytes).unwrap_err(),
            Refusal::ActivePdf
        );
    }

    #[test]
    fn pdf_with_javascript_inside_an_object_stream_is_active() {
        // A link whose action is an object of its own, which `save_modern` packs into a
        // compressed object stream: the flagged keys are then in no byte of the file.
        let mut document = pdf("Remiss", |document, _, page| {
            let action = document.add_object(javascript());
            let link = dictionary! {
                "Type" => "Annot", "Subtype" => "Link",
                "Rect" => vec![0.into(), 0.into(), 595.into(), 842.into()],
                "A" => action,
            };
            page.set("Annots", vec![link.into()]);
        });
        let mut bytes = Vec::new();
        document.save_modern(&mut bytes).unwrap();
        assert!(contains(&bytes, b"/ObjStm"));
        assert!(!contains(&bytes, b"JavaScript") && !contains(&bytes, b"/JS"));
        assert_eq!(
            check_bytes("d.pdf", &bytes).unwrap_err(),
            Refusal::ActivePdf
        );
    }

    fn encrypted(document: &mut Document, user_password: &str) {
        let id = Object::string_literal(b"0123456789abcdef".to_vec());
        document.trailer.set("ID", vec![id.clone(), id]);
        let version = EncryptionVersion::V2 {
            document,
            owner_password: "ägare",
            user_password,
            key_length: 128,
            permissions: Permissions::all(),
        };
        let state = EncryptionState::try_from(version).unwrap();
        document.encrypt(&state).unwrap();
    }

    #[test]
    fn pdf_locked_with_a_password_is_unreadable() {
        let mut document = pdf("Remiss", |_, _, _| {});
        encrypted(&mut document, "hemligt");
        let bytes = saved(document);
        assert_eq!(
            check_bytes("e.pdf", &bytes).unwrap_err(),
            Refusal::Unreadable
        );
    }

    #[test]
    fn pdf_encrypted_without_a_password_is_checked_inside() {
        let mut clean = pdf("Remiss", |_, _, _| {});
        encrypted(&mut clean, "");
        assert!(matches!(
            check_bytes("f.pdf", &saved(clean)),
            Ok(Checked::AsIs(FileKind::Pdf))
        ));
        let mut active = pdf("Remiss", |_, catalog, _| {
            catalog.set("OpenAction", javascript())
        });
        encrypted(&mut active, "");
        assert_eq!(
            check_bytes("g.pdf", &saved(active)).unwrap_err(),
            Refusal::ActivePdf
        );
    }

    /// A PDF written by hand: objects 1, 2, … (object 1 the catalog), with a classic
    /// cross-reference table pointing at each.
    fn raw_pdf(bodies: &[&[u8]]) -> Vec<u8> {
        crate::attachments::sample::pdf_of(bodies)
    }

    const CATALOG: &[u8] = b"<< /Type /Catalog /Pages 2 0 R >>";
    const PAGES: &[u8] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    const PAGE: &[u8] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>";

    fn stream_object(dictionary: &str, data: &[u8]) -> Vec<u8> {
        let mut body = format!("<< {dictionary} >>\nstream\n").into_bytes();
        body.extend_from_slice(data);
        body.extend_from_slice(b"\nendstream");
        body
    }

    #[test]
    fn the_scan_decides_for_clean_and_active_pdfs_without_loading_them() {
        let clean = saved(pdf("Remiss", |_, _, _| {}));
        assert_eq!(scan_pdf(clean.as_slice()), Scan::Clean);
        let mut modern = Vec::new();
        pdf("Remiss", |_, _, _| {})
            .save_modern(&mut modern)
            .unwrap();
        assert_eq!(scan_pdf(modern.as_slice()), Scan::Clean);
        let mut hidden = Vec::new();
        pdf("Remiss", |document, _, page| {
            let action = document.add_object(javascript());
            page.set("AA", dictionary! { "O" => action });
        })
        .save_modern(&mut hidden)
        .unwrap();
        assert_eq!(scan_pdf(hidden.as_slice()), Scan::Active);
        let opens = saved(pdf("Remiss", |_, catalog, _| {
            catalog.set("OpenAction", javascript())
        }));
        assert_eq!(scan_pdf(opens.as_slice()), Scan::Active);
        // An action that runs a program, under a key that is not flagged itself.
        let launch = raw_pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R /Outlines << /First << /A << /S /Launch /F (a.exe) >> >> >> >>",
            PAGES,
            PAGE,
        ]);
        assert_eq!(scan_pdf(launch.as_slice()), Scan::Active);
    }

    #[test]
    fn an_escaped_name_is_read_as_the_key_it_spells() {
        let bytes = raw_pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R /Open#41ction << /S /J#61vaScript /J#53 (x) >> >>",
            PAGES,
            PAGE,
        ]);
        assert_eq!(scan_pdf(bytes.as_slice()), Scan::Active);
        assert_eq!(
            check_bytes("x.pdf", &bytes).unwrap_err(),
            Refusal::ActivePdf
        );
    }

    #[test]
    fn flagged_words_in_text_strings_and_page_content_are_not_keys() {
        // Text about JavaScript, in a string and in the page's drawing, is not a script.
        let content = stream_object(
            "/Length 44",
            b"BT /F1 12 Tf (/OpenAction /JavaScript) Tj ET",
        );
        let bytes = raw_pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R /Title (about /JS and /AA) >>",
            PAGES,
            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
            &content,
        ]);
        assert_eq!(scan_pdf(bytes.as_slice()), Scan::Clean);
        // A binary stream that happens to hold the bytes of a key.
        let mut noise: Vec<u8> = (0..200_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect();
        noise.extend_from_slice(b"<< /OpenAction /JavaScript >>");
        let image = stream_object(&format!("/Length {}", noise.len()), &noise);
        let bytes = raw_pdf(&[CATALOG, PAGES, PAGE, &image]);
        assert_eq!(scan_pdf(bytes.as_slice()), Scan::Clean);
    }

    #[test]
    fn a_stream_that_lies_about_its_length_is_loaded_whole() {
        // Too short: the data goes on past the stated end.
        let short = stream_object("/Length 3", b"BT ET and more");
        let bytes = raw_pdf(&[CATALOG, PAGES, PAGE, &short]);
        assert_eq!(scan_pdf(bytes.as_slice()), Scan::Unsure);
        assert!(matches!(
            check_bytes("s.pdf", &bytes),
            Ok(Checked::AsIs(FileKind::Pdf))
        ));
        // Too long: it swallows an object that the cross-reference table points at.
        let mut swallowing = stream_object("/Length 120", b"BT ET");
        swallowing.extend_from_slice(
            b"\nendobj\n5 0 obj\n<< /S /JavaScript /JS (app.alert(1)) >>\nendobj\n",
        );
        let bytes = raw_pdf(&[CATALOG, PAGES, PAGE, &swallowing]);
        // The table lists object 5 too (same width: the table itself does not move).
        let at = bytes.windows(7).position(|w| w == b"5 0 obj").unwrap();
        let bytes = String::from_utf8(bytes)
            .unwrap()
            .replacen("xref\n0 5\n", "xref\n0 6\n", 1)
            .replacen("trailer", &format!("{at:010} 00000 n \ntrailer"), 1)
            .replacen("/Size 5", "/Size 6", 1)
            .into_bytes();
        assert_eq!(scan_pdf(bytes.as_slice()), Scan::Unsure);
        assert_eq!(
            check_bytes("l.pdf", &bytes).unwrap_err(),
            Refusal::ActivePdf
        );
    }

    #[test]
    fn an_object_hidden_in_a_string_or_a_comment_is_loaded_whole() {
        let in_string = raw_pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R /Title (x\n9 0 obj << /OpenAction 8 0 R >>) >>",
            PAGES,
            PAGE,
        ]);
        assert_eq!(scan_pdf(in_string.as_slice()), Scan::Unsure);
        let in_comment = raw_pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >> % 9 0 obj << /AA 8 0 R >>",
            PAGES,
            PAGE,
        ]);
        assert_eq!(scan_pdf(in_comment.as_slice()), Scan::Unsure);
    }

    #[test]
    fn an_object_stream_that_inflates_past_the_limit_is_unreadable() {
        use std::io::Write;
        let mut deflater = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        deflater.write_all(&vec![b' '; 4 * 1024 * 1024]).unwrap();
        let packed = deflater.finish().unwrap();
        let bomb = stream_object(
            &format!(
                "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {}",
                packed.len()
            ),
            &packed,
        );
        let bytes = raw_pdf(&[CATALOG, PAGES, PAGE, &bomb]);
        let scan = pdf_scan::scan(bytes.as_slice(), &ACTIVE_KEYS, &ACTIVE_ACTIONS, 1024 * 1024);
        assert_eq!(scan, Scan::Unreadable);
        // Under the limit the same stream is read to its end.
        let scan = pdf_scan::scan(
            bytes.as_slice(),
            &ACTIVE_KEYS,
            &ACTIVE_ACTIONS,
            8 * 1024 * 1024,
        );
        assert_eq!(scan, Scan::Clean);
    }

    #[test]
    fn an_encrypted_pdf_is_loaded_whole() {
        let mut document = pdf("Remiss", |_, _, _| {});
        encrypted(&mut document, "");
        assert_eq!(scan_pdf(saved(document).as_slice()), Scan::Unsure);
    }

    #[test]
    fn text_with_a_pdf_header_is_unreadable() {
        let text = b"%PDF-1.7\nthis is no PDF at all\n";
        assert_eq!(check_bytes("h.pdf", text).unwrap_err(), Refusal::Unreadable);
    }

    /// An ELF header followed by zeros, as a renamed Linux program starts.
    fn elf() -> Vec<u8> {
        let mut bytes = vec![0u8; 4096];
        bytes[..20].copy_from_slice(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0");
        bytes
    }

    #[test]
    fn renamed_programs_are_the_wrong_type() {
        assert_eq!(
            check_bytes("x.pdf", &elf()).unwrap_err(),
            Refusal::WrongType
        );
        let mut exe = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0".to_vec();
        exe.resize(4096, 0);
        assert_eq!(check_bytes("x.pdf", &exe).unwrap_err(), Refusal::WrongType);
        assert_eq!(
            check_bytes("x.png", b"just text").unwrap_err(),
            Refusal::WrongType
        );
    }

    #[test]
    fn empty_file_is_empty() {
        assert_eq!(check_bytes("tom.pdf", b"").unwrap_err(), Refusal::Empty);
    }

    #[test]
    fn truncated_png_is_unreadable() {
        let png = encoded(gradient(64, 48), ImageFormat::Png);
        assert!(png.len() > 100);
        assert_eq!(
            check_bytes("halv.png", &png[..100]).unwrap_err(),
            Refusal::Unreadable
        );
    }

    #[test]
    fn png_declaring_50000_px_sides_is_unreadable() {
        let mut png = encoded(gradient(8, 8), ImageFormat::Png);
        // IHDR data starts after signature, length and type; width and height come first.
        png[16..20].copy_from_slice(&50_000u32.to_be_bytes());
        png[20..24].copy_from_slice(&50_000u32.to_be_bytes());
        let crc = crc32(&png[12..29]);
        png[29..33].copy_from_slice(&crc.to_be_bytes());
        assert_eq!(
            check_bytes("stor.png", &png).unwrap_err(),
            Refusal::Unreadable
        );
        // Refused by the side limit while reading the header, not by a failed allocation.
        let mut reader = ImageReader::with_format(Cursor::new(&png), ImageFormat::Png);
        reader.limits(limits());
        match reader.into_decoder().err() {
            Some(image::ImageError::Limits(error)) => {
                assert_eq!(error.kind(), image::error::LimitErrorKind::DimensionError)
            }
            other => panic!("expected the side limit, got {other:?}"),
        }
    }
}
