//! The Swedish analyzer: words, lower case, å/ä/ö folded (so "forkylning" typed without dots
//! finds "förkylning"), then Snowball stemming ("ryggen" → "rygg"). Folding comes first so a
//! typed "umea" and the indexed "Umeå" stem alike; Swedish suffixes hardly use å/ä/ö.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};

pub const NAME: &str = "sv";

pub fn swedish() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::Swedish))
        .build()
}

#[cfg(test)]
mod tests {
    use super::swedish;

    fn tokens(text: &str) -> Vec<String> {
        let mut analyzer = swedish();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn inflections_and_missing_dots_meet() {
        assert_eq!(tokens("ryggen"), tokens("Ryggen"));
        assert_eq!(tokens("ryggen"), tokens("rygg"));
        assert_eq!(tokens("Förkylning"), tokens("forkylning"));
        assert_eq!(tokens("ont i ryggen").len(), 3);
        assert_eq!(tokens("Umeå"), tokens("umea"));
    }
}
