//! A hand-written statement for the few queries SeaORM's builder cannot say (a `UNION ALL`
//! of sub-selects, each with its own `ORDER BY … LIMIT`): the text with each engine's
//! placeholders and the values in order.

use sea_orm::{DbBackend, Statement, Value};

pub struct RawSql {
    backend: DbBackend,
    values: Vec<Value>,
}

impl RawSql {
    pub fn new(backend: DbBackend) -> Self {
        Self {
            backend,
            values: Vec::new(),
        }
    }

    /// Takes `value` and returns its placeholder for the text: `$n` on PostgreSQL, `?` else.
    pub fn bind(&mut self, value: impl Into<Value>) -> String {
        self.values.push(value.into());
        match self.backend {
            DbBackend::Postgres => format!("${}", self.values.len()),
            _ => "?".to_owned(),
        }
    }

    /// The statement of `text`, whose placeholders were made by `bind` in order.
    pub fn statement(self, text: String) -> Statement {
        Statement::from_sql_and_values(self.backend, text, self.values)
    }
}
