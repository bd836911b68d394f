//! Changes to a clinic's name and address, the part of the catalogue find care and the site
//! search show. The staff tool will call this; each change raises the catalogue's version in
//! the same transaction, so every instance's indexes follow (see `catalogue`).

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, TransactionTrait,
};

use crate::catalogue::raise_version;
use crate::entities::{clinic, prelude::Clinic};

/// The longest name or address line a clinic may have.
pub const MAX_LINE: usize = 120;

pub struct ClinicEdit {
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ClinicEditError {
    #[error("no clinic has that HSA-id")]
    UnknownClinic,
    #[error("the {0} is empty")]
    Empty(&'static str),
    #[error("the {0} is longer than {MAX_LINE} characters")]
    TooLong(&'static str),
    #[error("a Swedish postal code is five digits, e.g. 123 45")]
    PostalCode,
    /// A database failure, as text (`DbErr` is not comparable).
    #[error("database: {0}")]
    Db(String),
}

impl From<DbErr> for ClinicEditError {
    fn from(e: DbErr) -> Self {
        ClinicEditError::Db(e.to_string())
    }
}

pub async fn edit_clinic(
    db: &DatabaseConnection,
    hsa_id: &str,
    edit: ClinicEdit,
) -> Result<(), ClinicEditError> {
    let name = line("name", &edit.name)?;
    let street = line("street", &edit.street)?;
    let city = line("city", &edit.city)?;
    let postal_code = postal_code(&edit.postal_code)?;
    let txn = db.begin().await?;
    let Some(row) = Clinic::find()
        .filter(clinic::Column::HsaId.eq(hsa_id))
        .one(&txn)
        .await?
    else {
        return Err(ClinicEditError::UnknownClinic);
    };
    let mut row = row.into_active_model();
    row.name = Set(name);
    row.street = Set(street);
    row.postal_code = Set(postal_code);
    row.city = Set(city);
    row.update(&txn).await?;
    raise_version(&txn).await?;
    txn.commit().await?;
    Ok(())
}

fn line(what: &'static str, text: &str) -> Result<String, ClinicEditError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ClinicEditError::Empty(what));
    }
    if text.chars().count() > MAX_LINE {
        return Err(ClinicEditError::TooLong(what));
    }
    Ok(text.to_owned())
}

/// "12345" or "123 45", written the Swedish way: "123 45".
fn postal_code(text: &str) -> Result<String, ClinicEditError> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 5 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(ClinicEditError::PostalCode);
    }
    Ok(format!("{} {}", &digits[..3], &digits[3..]))
}

#[cfg(test)]
mod tests {
    use super::{ClinicEditError, line, postal_code};

    #[test]
    fn lines_and_postal_codes_are_checked() {
        assert_eq!(
            line("name", "  Vårdcentralen Nord "),
            Ok("Vårdcentralen Nord".into())
        );
        assert_eq!(line("name", "  "), Err(ClinicEditError::Empty("name")));
        assert_eq!(
            line("city", &"x".repeat(121)),
            Err(ClinicEditError::TooLong("city"))
        );
        assert_eq!(postal_code("12345"), Ok("123 45".into()));
        assert_eq!(postal_code(" 123 45"), Ok("123 45".into()));
        assert_eq!(postal_code("1234"), Err(ClinicEditError::PostalCode));
        assert_eq!(postal_code("12a45"), Err(ClinicEditError::PostalCode));
    }
}
