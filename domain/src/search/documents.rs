//! What goes into the index: the schema and one document per article, rules page, e-service
//! (each language) and clinic.

use samla_model::{Lang, clinic::ClinicKind, next_path::entry_href, search::HitKind};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait};
use tantivy::{
    IndexWriter, doc,
    schema::{Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions},
};

use super::{SearchError, analyzer};
use crate::content::Content;
use crate::entities::prelude::Clinic;

pub struct Fields {
    pub kind: Field,
    pub key: Field,
    pub lang: Field,
    pub href: Field,
    pub title: Field,
    pub summary: Field,
    pub keywords: Field,
    pub body: Field,
}

pub fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = |stored: bool| {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(analyzer::NAME)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let options = TextOptions::default().set_indexing_options(indexing);
        if stored {
            options.set_stored()
        } else {
            options
        }
    };
    let fields = Fields {
        kind: builder.add_text_field("kind", STRING | STORED),
        key: builder.add_text_field("key", STRING | STORED),
        lang: builder.add_text_field("lang", STRING | STORED),
        href: builder.add_text_field("href", STORED),
        title: builder.add_text_field("title", text(true)),
        summary: builder.add_text_field("summary", STORED),
        keywords: builder.add_text_field("keywords", text(false)),
        body: builder.add_text_field("body", text(false)),
    };
    (builder.build(), fields)
}

pub async fn add_all(
    writer: &mut IndexWriter,
    f: &Fields,
    content: &Content,
    db: &DatabaseConnection,
) -> Result<(), SearchError> {
    for a in &content.articles {
        let body = [
            a.summary.as_str(),
            &a.what_it_is,
            &a.symptoms,
            &a.self_care,
            &a.at_the_clinic,
        ]
        .join("\n");
        writer.add_document(doc!(
            f.kind => HitKind::Article.code(), f.key => a.slug.as_str(), f.lang => a.lang.code(),
            f.href => format!("/artikel/{}", a.slug), f.title => a.title.as_str(), f.summary => a.summary.as_str(),
            f.keywords => a.keywords.join(" "), f.body => body,
        ))?;
    }
    for r in &content.rules {
        writer.add_document(doc!(
            f.kind => HitKind::Rule.code(), f.key => r.slug.as_str(), f.lang => r.lang.code(),
            f.href => format!("/regler-och-rattigheter/{}", r.slug), f.title => r.title.as_str(),
            f.summary => r.summary.as_str(), f.keywords => "", f.body => format!("{}\n{}", r.summary, r.body),
        ))?;
    }
    for e in &content.eservices {
        for (lang, title, summary) in [
            (Lang::Sv, &e.sv, &e.sv_summary),
            (Lang::En, &e.en, &e.en_summary),
        ] {
            writer.add_document(doc!(
                f.kind => HitKind::EService.code(), f.key => e.path.as_str(), f.lang => lang.code(),
                f.href => entry_href(&e.path), f.title => title.as_str(), f.summary => summary.as_str(),
                f.keywords => e.keywords.join(" "), f.body => summary.as_str(),
            ))?;
        }
    }
    for c in Clinic::find()
        .all(db)
        .await
        .map_err(|e: DbErr| SearchError::Database(e))?
    {
        let kind = ClinicKind::from_code(&c.kind)
            .map(kind_words)
            .unwrap_or_default();
        let summary = format!("{}, {}", c.street, c.city);
        writer.add_document(doc!(
            f.kind => HitKind::Clinic.code(), f.key => c.hsa_id.as_str(), f.lang => Lang::Sv.code(),
            f.href => format!("/mottagning/{}", c.hsa_id), f.title => c.name.as_str(), f.summary => summary,
            f.keywords => format!("{} {kind}", c.city), f.body => "",
        ))?;
    }
    Ok(())
}

/// Words people use for a kind of clinic, so "tandläkare Lund" finds Folktandvården Lund.
fn kind_words(kind: ClinicKind) -> &'static str {
    match kind {
        ClinicKind::HealthCentre => "vårdcentral hälsocentral läkare",
        ClinicKind::ChildHealth => "bvc barnavårdscentral barn",
        ClinicKind::MaternityHealth => "mvc barnmorska mödravård gravid",
        ClinicKind::Specialist => "specialist",
        ClinicKind::Emergency => "akut akutmottagning sjukhus",
        ClinicKind::Dental => "tandvård tandläkare tänder",
    }
}
