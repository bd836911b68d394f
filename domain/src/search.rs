//! One search over articles, rules pages, e-services and clinics (tantivy, in memory).
//! Built at start-up from content/ and the database through SeaORM, so SQLite and PostgreSQL
//! deployments search the same way. Swedish stemming, å/ä/ö typed as a/o, and typos.

mod analyzer;
mod documents;

use samla_model::{
    Lang,
    search::{HitKind, SearchHit, SearchResults},
};
use sea_orm::DatabaseConnection;
use tantivy::{
    Index, IndexReader, TantivyDocument, Term,
    collector::TopDocs,
    query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery},
    schema::{Field, IndexRecordOption, Value},
};

use crate::content::Content;
use crate::find_care::condition_named;
use documents::Fields;

/// How many hits of each kind the results page shows.
pub const PER_KIND: usize = 8;

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index: reading clinics: {0}")]
    Database(#[from] sea_orm::DbErr),
}

impl SearchIndex {
    pub async fn build(db: &DatabaseConnection) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = documents::schema();
        let index = Index::create_in_ram(schema);
        index
            .tokenizers()
            .register(analyzer::NAME, analyzer::swedish());
        let mut writer = index.writer_with_num_threads(1, 30_000_000)?;
        documents::add_all(&mut writer, &fields, Content::get(), db).await?;
        writer.commit()?;
        let reader = index.reader()?;
        Ok(SearchIndex {
            index,
            reader,
            fields,
        })
    }

    /// Everything that matches `text`, grouped by kind; in `lang` where a text exists in it.
    pub fn search(&self, text: &str, lang: Lang) -> Result<SearchResults, SearchError> {
        let tokens = self.tokens(text);
        if tokens.is_empty() {
            return Ok(SearchResults::default());
        }
        let query = self.query(&tokens, false);
        let hits = self.collect(&*query, lang, 400)?;
        let group = |kind: HitKind| {
            hits.iter()
                .filter(|h| h.kind == kind)
                .take(PER_KIND)
                .cloned()
                .collect()
        };
        let content = Content::get();
        Ok(SearchResults {
            articles: group(HitKind::Article),
            rules: group(HitKind::Rule),
            eservices: group(HitKind::EService),
            clinics: group(HitKind::Clinic),
            condition: condition_named(content, text)
                .and_then(|code| content.condition(&code))
                .map(|c| (c.code.clone(), c.name(lang).to_owned())),
        })
    }

    /// A few titles for what is being typed: the last word may be unfinished.
    pub fn suggest(
        &self,
        text: &str,
        lang: Lang,
        limit: usize,
    ) -> Result<Vec<SearchHit>, SearchError> {
        let tokens = self.tokens(text);
        if tokens.is_empty() {
            return Ok(Vec::new());
        }
        let query = self.query(&tokens, true);
        Ok(self
            .collect(&*query, lang, limit * 4)?
            .into_iter()
            .take(limit)
            .collect())
    }

    fn tokens(&self, text: &str) -> Vec<String> {
        let mut analyzer = self
            .index
            .tokenizer_for_field(self.fields.title)
            .expect("title has the Swedish analyzer");
        let mut stream = analyzer.token_stream(text);
        let mut tokens = Vec::new();
        while stream.advance() {
            tokens.push(stream.token().text.clone());
        }
        tokens.truncate(12);
        tokens
    }

    /// Exact words count most (in the title more than in keywords, keywords more than the
    /// body); near misses in titles and keywords count too, so typos still find the page.
    /// Pages that match every word rank above those that match only some.
    fn query(&self, tokens: &[String], last_is_prefix: bool) -> Box<dyn Query> {
        let groups: Vec<Box<dyn Query>> = tokens
            .iter()
            .enumerate()
            .map(|(i, token)| self.word_query(token, last_is_prefix && i == tokens.len() - 1))
            .collect();
        let all = BooleanQuery::new(
            groups
                .iter()
                .map(|g| (Occur::Must, g.box_clone()))
                .collect(),
        );
        let any = BooleanQuery::new(groups.into_iter().map(|g| (Occur::Should, g)).collect());
        Box::new(BooleanQuery::new(vec![
            (Occur::Should, boosted(all, 3.0)),
            (Occur::Should, Box::new(any)),
        ]))
    }

    /// One word, in any field, exactly or nearly.
    fn word_query(&self, token: &str, prefix: bool) -> Box<dyn Query> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, boost) in [(f.title, 4.0), (f.keywords, 3.0), (f.body, 1.0)] {
            let term = Term::from_field_text(field, token);
            clauses.push((
                Occur::Should,
                boosted(TermQuery::new(term, IndexRecordOption::WithFreqs), boost),
            ));
        }
        let distance = match token.chars().count() {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        };
        for (field, boost) in [(f.title, 2.0), (f.keywords, 1.5)] {
            let term = Term::from_field_text(field, token);
            let fuzzy = if prefix {
                FuzzyTermQuery::new_prefix(term, distance.min(1), true)
            } else if distance > 0 {
                FuzzyTermQuery::new(term, distance, true)
            } else {
                continue;
            };
            clauses.push((Occur::Should, boosted(fuzzy, boost)));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    /// Runs the query; an article or rules page in another language than `lang` is kept only
    /// when it has no version in `lang`.
    fn collect(
        &self,
        query: &dyn Query,
        lang: Lang,
        limit: usize,
    ) -> Result<Vec<SearchHit>, SearchError> {
        let searcher = self.reader.searcher();
        let top = searcher.search(query, &TopDocs::with_limit(limit).order_by_score())?;
        let content = Content::get();
        let mut hits = Vec::new();
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            let Some(kind) = HitKind::from_code(&text(self.fields.kind)) else {
                continue;
            };
            let doc_lang = Lang::from_code(&text(self.fields.lang)).unwrap_or_default();
            let key = text(self.fields.key);
            let wanted = match kind {
                HitKind::Article => doc_lang == lang || content.article(&key, lang).is_none(),
                HitKind::Rule => doc_lang == lang || content.rule(&key, lang).is_none(),
                HitKind::EService => doc_lang == lang,
                HitKind::Clinic => true,
            };
            if wanted {
                hits.push(SearchHit {
                    kind,
                    title: text(self.fields.title),
                    summary: text(self.fields.summary),
                    href: text(self.fields.href),
                    lang: doc_lang,
                });
            }
        }
        Ok(hits)
    }
}

fn boosted(query: impl Query, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(Box::new(query), boost))
}
