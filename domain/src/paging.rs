//! One page of a list from the database: the page's rows and whether more follow, with the
//! page number capped so no request reads further than `MAX_PAGE` pages in.

use samla_model::access::MAX_PAGE;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, QuerySelect, Select};

/// One page of a list, and whether there is more.
#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub more: bool,
}

/// Page `page` (from 1, at most `MAX_PAGE`) of `select`, `per_page` rows to a page.
pub async fn fetch<E: EntityTrait>(
    conn: &impl ConnectionTrait,
    select: Select<E>,
    page: u64,
    per_page: u64,
) -> Result<Page<E::Model>, DbErr> {
    let page = page.clamp(1, MAX_PAGE);
    let mut items = select
        .offset((page - 1) * per_page)
        .limit(per_page + 1)
        .all(conn)
        .await?;
    let more = items.len() as u64 > per_page;
    items.truncate(per_page as usize);
    Ok(Page { items, more })
}
