//! A PDF read once from start to end through a fixed-size buffer, for what `check` refuses:
//! a key that makes it active, an action that runs a script, and no page at all. Compressed
//! object streams are inflated as they are read; other streams' data (page content, images)
//! is passed over. So a 20 MB file costs the buffer, not the file, in memory.
//!
//! Where this reading cannot be sure it sees what a PDF reader sees — an encrypted file, a
//! stream whose stated length lies, an object stream it cannot inflate, something that looks
//! like an object hidden in data it passed over — it answers `Unsure`, and `check` loads the
//! whole file with `lopdf` instead.

use std::io::{self, Read};

use flate2::read::ZlibDecoder;

/// What the reading found.
#[derive(Debug, PartialEq, Eq)]
pub enum Scan {
    /// Nothing active, and at least one page.
    Clean,
    /// An active key or action.
    Active,
    /// Not a PDF a reader could show (no page, cut off, broken compressed data).
    Unreadable,
    /// Needs the whole file loaded to tell.
    Unsure,
}

/// Why the reading stopped before the end.
enum Stop {
    Active,
    Unreadable,
    Unsure,
}

impl From<io::Error> for Stop {
    fn from(_: io::Error) -> Stop {
        Stop::Unreadable
    }
}

const BUFFER: usize = 64 * 1024;
/// A name is at most 127 bytes (ISO 32000-1, annex C); longer ones are kept cut, and then
/// match no key we look for.
const NAME_MAX: usize = 127;
/// Numbers and keywords longer than this are kept cut: none we look for is.
const WORD_MAX: usize = 32;
/// Dictionaries and arrays nested deeper than this are no real document's.
const DEPTH_MAX: usize = 1_000;
/// Bytes kept from the end of passed-over data, so a pattern across two chunks is seen.
const CARRY: usize = 64;

/// Reads the PDF from `reader` (`active_keys` and `active_actions` as in `check`), inflating
/// an object stream to at most `inflate_max` bytes.
pub fn scan(
    reader: impl Read,
    active_keys: &[&[u8]],
    active_actions: &[&[u8]],
    inflate_max: u64,
) -> Scan {
    let rules = Rules {
        active_keys,
        active_actions,
        inflate_max,
    };
    let mut scanner = Scanner::new(&rules, false);
    match scanner.run(&mut Bytes::new(reader, u64::MAX)) {
        Ok(()) if scanner.page => Scan::Clean,
        Ok(()) => Scan::Unreadable,
        Err(Stop::Active) => Scan::Active,
        Err(Stop::Unreadable) => Scan::Unreadable,
        Err(Stop::Unsure) => Scan::Unsure,
    }
}

struct Rules<'a> {
    active_keys: &'a [&'a [u8]],
    active_actions: &'a [&'a [u8]],
    inflate_max: u64,
}

/// A reader with a buffer of our own, so one byte can be looked at before it is taken.
struct Bytes<R> {
    reader: R,
    buffer: Vec<u8>,
    pos: usize,
    len: usize,
    total: u64,
    max: u64,
}

impl<R: Read> Bytes<R> {
    fn new(reader: R, max: u64) -> Bytes<R> {
        Bytes {
            reader,
            buffer: vec![0; BUFFER],
            pos: 0,
            len: 0,
            total: 0,
            max,
        }
    }

    /// Whether there is a byte to read; refills the buffer when it is used up.
    fn fill(&mut self) -> Result<bool, Stop> {
        if self.pos == self.len {
            self.len = loop {
                match self.reader.read(&mut self.buffer) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    other => break other?,
                }
            };
            self.pos = 0;
            self.total += self.len as u64;
            if self.total > self.max {
                return Err(Stop::Unreadable);
            }
        }
        Ok(self.len > 0)
    }

    fn peek(&mut self) -> Result<Option<u8>, Stop> {
        Ok(self.fill()?.then(|| self.buffer[self.pos]))
    }

    fn next(&mut self) -> Result<Option<u8>, Stop> {
        let byte = self.peek()?;
        self.pos += usize::from(byte.is_some());
        Ok(byte)
    }
}

impl<R: Read> Read for Bytes<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if !self.fill().map_err(|_| io::Error::other("limit"))? {
            return Ok(0);
        }
        let n = out.len().min(self.len - self.pos);
        out[..n].copy_from_slice(&self.buffer[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\0' | b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(b: u8) -> bool {
    !is_space(b) && !is_delimiter(b)
}

/// Whether `bytes` hold what starts an indirect object ("12 0 obj"): a reader that follows
/// the cross-reference table could find an object there.
fn has_object_start(bytes: &[u8]) -> bool {
    bytes.windows(4).enumerate().any(|(i, w)| {
        w[..3] == *b"obj"
            && (is_space(w[3]) || is_delimiter(w[3]))
            && object_number_before(&bytes[..i])
    })
}

/// Whether `before` ends with "<digits> <digits> " (the object and generation numbers).
fn object_number_before(before: &[u8]) -> bool {
    let mut rest = before;
    for _ in 0..2 {
        let spaces = rest.iter().rev().take_while(|b| is_space(**b)).count();
        rest = &rest[..rest.len() - spaces];
        let digits = rest.iter().rev().take_while(|b| b.is_ascii_digit()).count();
        if spaces == 0 || digits == 0 {
            return false;
        }
        rest = &rest[..rest.len() - digits];
    }
    rest.last().is_none_or(|b| is_space(*b) || is_delimiter(*b))
}

/// Bytes passed over without reading them as objects (strings, comments), looked through for
/// an object's start a chunk at a time.
#[derive(Default)]
struct Passed {
    window: Vec<u8>,
}

impl Passed {
    fn push(&mut self, byte: u8) -> Result<(), Stop> {
        self.window.push(byte);
        if self.window.len() >= BUFFER {
            self.look()?;
            self.window.drain(..self.window.len() - CARRY);
        }
        Ok(())
    }

    fn look(&self) -> Result<(), Stop> {
        if has_object_start(&self.window) {
            return Err(Stop::Unsure);
        }
        Ok(())
    }

    fn done(mut self) -> Result<(), Stop> {
        // The byte after the last one decides whether it is a keyword: a space will do.
        self.window.push(b' ');
        self.look()
    }
}

enum Token {
    Name(Vec<u8>),
    DictOpen,
    DictClose,
    ArrayOpen,
    ArrayClose,
    /// A number or a keyword.
    Word(Vec<u8>),
    /// A string, or a stray delimiter.
    Other,
}

/// The next token, or None at the end.
fn token<R: Read>(src: &mut Bytes<R>) -> Result<Option<Token>, Stop> {
    loop {
        let Some(byte) = src.next()? else {
            return Ok(None);
        };
        let token = match byte {
            b if is_space(b) => continue,
            b'%' => {
                let mut passed = Passed::default();
                while let Some(b) = src.peek()? {
                    if b == b'\r' || b == b'\n' {
                        break;
                    }
                    src.next()?;
                    passed.push(b)?;
                }
                passed.done()?;
                continue;
            }
            b'/' => Token::Name(name(src)?),
            b'(' => {
                literal_string(src)?;
                Token::Other
            }
            b'<' if src.peek()? == Some(b'<') => {
                src.next()?;
                Token::DictOpen
            }
            b'<' => {
                hex_string(src)?;
                Token::Other
            }
            b'>' if src.peek()? == Some(b'>') => {
                src.next()?;
                Token::DictClose
            }
            b'[' => Token::ArrayOpen,
            b']' => Token::ArrayClose,
            b if is_delimiter(b) => Token::Other,
            b => {
                let mut word = vec![b];
                while let Some(b) = src.peek()?.filter(|b| is_regular(*b)) {
                    src.next()?;
                    if word.len() < WORD_MAX {
                        word.push(b);
                    }
                }
                Token::Word(word)
            }
        };
        return Ok(Some(token));
    }
}

/// A name after its `/`, with `#xx` escapes decoded (so `/J#61vaScript` is `JavaScript`).
fn name<R: Read>(src: &mut Bytes<R>) -> Result<Vec<u8>, Stop> {
    let mut raw = Vec::new();
    while let Some(b) = src.peek()?.filter(|b| is_regular(*b)) {
        src.next()?;
        if raw.len() < NAME_MAX * 3 {
            raw.push(b);
        }
    }
    let mut decoded = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let hex = raw
            .get(i + 1..i + 3)
            .filter(|_| raw[i] == b'#')
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(b) => {
                decoded.push(b);
                i += 3;
            }
            None => {
                decoded.push(raw[i]);
                i += 1;
            }
        }
    }
    decoded.truncate(NAME_MAX);
    Ok(decoded)
}

/// A `( … )` string: balanced parentheses, `\` escaping the next byte.
fn literal_string<R: Read>(src: &mut Bytes<R>) -> Result<(), Stop> {
    let mut passed = Passed::default();
    let mut depth = 1u32;
    while let Some(b) = src.next()? {
        passed.push(b)?;
        match b {
            b'\\' => {
                if let Some(escaped) = src.next()? {
                    passed.push(escaped)?;
                }
            }
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
    }
    passed.done()
}

/// A `< … >` string: hex digits and spaces only; anything else is no string a reader agrees on.
fn hex_string<R: Read>(src: &mut Bytes<R>) -> Result<(), Stop> {
    while let Some(b) = src.next()? {
        match b {
            b'>' => return Ok(()),
            b if b.is_ascii_hexdigit() || is_space(b) => {}
            _ => return Err(Stop::Unsure),
        }
    }
    Ok(())
}

/// The keys whose values matter here.
#[derive(Clone, Copy, PartialEq)]
enum Key {
    Other,
    Type,
    Length,
    Filter,
    S,
}

#[derive(Clone, Copy, PartialEq)]
enum Length {
    Unknown,
    Direct(u64),
    Indirect,
}

/// What a dictionary said of the stream that may follow it.
#[derive(Clone, Copy)]
struct Facts {
    object_stream: bool,
    length: Length,
    filters: u32,
    flate: bool,
    decode_parms: bool,
}

impl Facts {
    fn new() -> Facts {
        Facts {
            object_stream: false,
            length: Length::Unknown,
            filters: 0,
            flate: true,
            decode_parms: false,
        }
    }

    fn filter(&mut self, name: &[u8]) {
        self.filters += 1;
        self.flate &= name == b"FlateDecode";
    }
}

struct Frame {
    dict: bool,
    /// In a dictionary: a key has been read and its value not yet begun.
    after_key: bool,
    /// The latest key (in an array: the key of the dictionary the array is the value of).
    key: Key,
    facts: Facts,
}

struct Scanner<'a> {
    rules: &'a Rules<'a>,
    stack: Vec<Frame>,
    /// The dictionary that just closed at the top level, for a `stream` that follows it.
    last_dict: Option<Facts>,
    page: bool,
    /// Inside an object stream, where no stream may begin.
    in_object_stream: bool,
}

impl<'a> Scanner<'a> {
    fn new(rules: &'a Rules<'a>, in_object_stream: bool) -> Scanner<'a> {
        Scanner {
            rules,
            stack: Vec::new(),
            last_dict: None,
            page: false,
            in_object_stream,
        }
    }

    fn run<R: Read>(&mut self, src: &mut Bytes<R>) -> Result<(), Stop> {
        while let Some(token) = token(src)? {
            let last_dict = self.last_dict.take();
            match token {
                Token::DictOpen | Token::ArrayOpen => {
                    if self.stack.len() >= DEPTH_MAX {
                        return Err(Stop::Unreadable);
                    }
                    let key = self.begin_value();
                    self.stack.push(Frame {
                        dict: matches!(token, Token::DictOpen),
                        after_key: false,
                        key: if matches!(token, Token::ArrayOpen) {
                            key
                        } else {
                            Key::Other
                        },
                        facts: Facts::new(),
                    });
                }
                Token::DictClose | Token::ArrayClose => {
                    let dict = matches!(token, Token::DictClose);
                    if self.stack.last().is_some_and(|f| f.dict == dict) {
                        let frame = self.stack.pop().expect("a frame");
                        if dict && self.stack.is_empty() {
                            self.last_dict = Some(frame.facts);
                        }
                    }
                }
                Token::Name(name) => self.name(&name)?,
                Token::Word(word) => match word.as_slice() {
                    b"stream" => {
                        if self.in_object_stream || !self.stack.is_empty() {
                            return Err(Stop::Unsure);
                        }
                        let facts = last_dict.ok_or(Stop::Unsure)?;
                        self.stream(src, facts)?;
                    }
                    b"obj" | b"endobj" | b"endstream" if !self.stack.is_empty() => {
                        return Err(Stop::Unsure);
                    }
                    b"R" => {
                        if let Some(frame) = self.stack.last_mut().filter(|f| f.dict)
                            && frame.key == Key::Length
                            && !frame.after_key
                        {
                            frame.facts.length = Length::Indirect;
                        }
                    }
                    number => {
                        let key = self.begin_value();
                        if key == Key::Length
                            && let Some(n) = std::str::from_utf8(number)
                                .ok()
                                .and_then(|n| n.parse().ok())
                            && let Some(frame) = self.stack.last_mut()
                        {
                            frame.facts.length = Length::Direct(n);
                        }
                    }
                },
                Token::Other => {
                    self.begin_value();
                }
            }
        }
        Ok(())
    }

    /// A value begins in the innermost frame; the key it is the value of, if it is one.
    fn begin_value(&mut self) -> Key {
        match self.stack.last_mut() {
            Some(frame) if frame.dict && frame.after_key => {
                frame.after_key = false;
                frame.key
            }
            _ => Key::Other,
        }
    }

    fn name(&mut self, name: &[u8]) -> Result<(), Stop> {
        let depth = self.stack.len();
        let Some(frame) = self.stack.last_mut() else {
            return Ok(());
        };
        if frame.dict && !frame.after_key {
            if self.rules.active_keys.contains(&name) {
                return Err(Stop::Active);
            }
            // Encrypted: the object streams cannot be read here.
            if name == b"Encrypt" {
                return Err(Stop::Unsure);
            }
            frame.after_key = true;
            frame.key = match name {
                b"Type" => Key::Type,
                b"Length" => Key::Length,
                b"Filter" => Key::Filter,
                b"S" => Key::S,
                _ => Key::Other,
            };
            frame.facts.decode_parms |= name == b"DecodeParms";
            return Ok(());
        }
        if frame.dict {
            frame.after_key = false;
            match frame.key {
                Key::Type if name == b"ObjStm" => frame.facts.object_stream = true,
                Key::Type if name == b"Page" => self.page = true,
                Key::Filter => frame.facts.filter(name),
                Key::S if self.rules.active_actions.contains(&name) => return Err(Stop::Active),
                _ => {}
            }
        } else if frame.key == Key::Filter && depth >= 2 {
            self.stack[depth - 2].facts.filter(name);
        }
        Ok(())
    }

    /// The data of a stream whose dictionary said `facts`, and its `endstream`.
    fn stream<R: Read>(&mut self, src: &mut Bytes<R>, facts: Facts) -> Result<(), Stop> {
        // The end of the `stream` line: CR LF or LF (a CR alone, leniently).
        if src.peek()? == Some(b'\r') {
            src.next()?;
        }
        if src.peek()? == Some(b'\n') {
            src.next()?;
        }
        if facts.object_stream {
            self.object_stream(src, facts)?;
        } else {
            return pass_stream(src, facts.length);
        }
        match token(src)? {
            Some(Token::Word(word)) if word == b"endstream" => Ok(()),
            _ => Err(Stop::Unsure),
        }
    }

    /// An object stream's objects, inflated as they are read and read as objects.
    fn object_stream<R: Read>(&mut self, src: &mut Bytes<R>, facts: Facts) -> Result<(), Stop> {
        let Length::Direct(len) = facts.length else {
            return Err(Stop::Unsure);
        };
        if facts.decode_parms || facts.filters > 1 || !facts.flate {
            return Err(Stop::Unsure);
        }
        let mut inner = Scanner::new(self.rules, true);
        let mut data = src.by_ref().take(len);
        {
            // Boxed, so reading an object stream inside one (which `run` refuses) is not a
            // type of its own for the compiler to build, and so on without end.
            let objects: Box<dyn Read + '_> = if facts.filters == 0 {
                Box::new(&mut data)
            } else {
                Box::new(ZlibDecoder::new(&mut data))
            };
            inner.run(&mut Bytes::new(objects, self.rules.inflate_max))?;
        }
        // What the inflater left unread of the stated length.
        io::copy(&mut data, &mut io::sink())?;
        self.page |= inner.page;
        Ok(())
    }
}

/// Passes over a stream's data: its stated length and then `endstream`, or, when the length
/// is not stated here, up to and through the first `endstream`.
fn pass_stream<R: Read>(src: &mut Bytes<R>, length: Length) -> Result<(), Stop> {
    let mut left = match length {
        Length::Direct(n) => Some(n),
        _ => None,
    };
    let mut window: Vec<u8> = Vec::with_capacity(BUFFER + CARRY);
    loop {
        if left == Some(0) {
            window.push(b' ');
            if has_object_start(&window) {
                return Err(Stop::Unsure);
            }
            return match token(src)? {
                Some(Token::Word(word)) if word == b"endstream" => Ok(()),
                _ => Err(Stop::Unsure),
            };
        }
        if !src.fill()? {
            // The end of the file inside the data: cut off, or a stated length too long.
            return Err(Stop::Unsure);
        }
        let available = src.len - src.pos;
        let take = left.map_or(available, |n| available.min(n as usize));
        let carried = window.len();
        window.extend_from_slice(&src.buffer[src.pos..src.pos + take]);
        if left.is_none()
            && let Some(at) = window.windows(9).position(|w| w == b"endstream")
        {
            window.truncate(at);
            window.push(b' ');
            if has_object_start(&window) {
                return Err(Stop::Unsure);
            }
            src.pos += at + 9 - carried;
            return Ok(());
        }
        src.pos += take;
        left = left.map(|n| n - take as u64);
        if has_object_start(&window) {
            return Err(Stop::Unsure);
        }
        let keep = window.len().min(CARRY);
        window.drain(..window.len() - keep);
    }
}
