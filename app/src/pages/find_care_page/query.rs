//! The find-care form's fields in the URL (Swedish parameter names, as the citizen sees them).

use leptos_router::params::ParamsMap;
use samla_model::clinic::{FIND_CARE_TEXT_MAX, FindCareQuery};

pub fn query_from(params: &ParamsMap) -> FindCareQuery {
    // Kept as typed (the form shows it again) up to a bound on what is echoed back; whether it
    // is acceptable is `FindCareQuery::normalised`'s decision, which says why when it is not.
    let text = |key: &str| {
        params
            .get(key)
            .unwrap_or_default()
            .chars()
            .take(4 * FIND_CARE_TEXT_MAX)
            .collect::<String>()
    };
    // A number that does not parse counts as not given; one that parses but is not a position
    // (NaN, 1e308) is refused by the gate with a message.
    let number = |key: &str| params.get(key).and_then(|v| v.parse::<f64>().ok());
    FindCareQuery {
        q: text("q"),
        place: text("plats"),
        condition: text("besvar"),
        region: text("region"),
        kind: text("typ"),
        open_now: params.get("oppet").is_some(),
        online_booking: params.get("webbokning").is_some(),
        lat: number("lat"),
        lon: number("lon"),
        page: params.get("sida").and_then(|v| v.parse().ok()).unwrap_or(1),
    }
}

/// The address of `page` of the same search.
pub fn url_of(query: &FindCareQuery, page: u32) -> String {
    let mut pairs: Vec<(&str, String)> = [
        ("q", query.q.clone()),
        ("plats", query.place.clone()),
        ("besvar", query.condition.clone()),
        ("region", query.region.clone()),
        ("typ", query.kind.clone()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .collect();
    if query.open_now {
        pairs.push(("oppet", "1".into()));
    }
    if query.online_booking {
        pairs.push(("webbokning", "1".into()));
    }
    if let (Some(lat), Some(lon)) = (query.lat, query.lon) {
        pairs.push(("lat", lat.to_string()));
        pairs.push(("lon", lon.to_string()));
    }
    pairs.push(("sida", page.to_string()));
    let encoded: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    format!("/hitta-vard?{}", encoded.join("&"))
}

fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_survives_the_round_trip_through_its_url() {
        let query = FindCareQuery {
            q: "ont i ryggen".into(),
            place: "Malmö".into(),
            condition: "back_pain".into(),
            open_now: true,
            page: 3,
            ..Default::default()
        };
        let url = url_of(&query, 3);
        assert_eq!(
            url,
            "/hitta-vard?q=ont+i+ryggen&plats=Malm%C3%B6&besvar=back_pain&oppet=1&sida=3"
        );
        let params = ParamsMap::from_iter(
            url.split_once('?')
                .unwrap()
                .1
                .split('&')
                .map(|pair| pair.split_once('=').unwrap())
                .map(|(k, v)| (k.to_owned(), v.replace('+', " ").replace("%C3%B6", "ö"))),
        );
        assert_eq!(query_from(&params), query);
    }

    #[test]
    fn unreadable_numbers_are_not_given_and_impossible_ones_are_refused() {
        let params = ParamsMap::from_iter([
            ("lat".to_owned(), "norr".to_owned()),
            ("sida".to_owned(), "x".to_owned()),
        ]);
        let query = query_from(&params);
        assert_eq!((query.lat, query.page), (None, 1));
        let params = ParamsMap::from_iter([
            ("lat".to_owned(), "NaN".to_owned()),
            ("lon".to_owned(), "18".to_owned()),
        ]);
        assert_eq!(
            query_from(&params).normalised(),
            Err(samla_model::clinic::FindCareInputError::BadPosition)
        );
    }
}
