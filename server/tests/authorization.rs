//! The authorization matrix: every server function the app registers is listed here with
//! whose data it answers with (a new one that is not listed fails the first test), and each
//! personal one is called as nobody, as another citizen, as a guardian acting for her child
//! (proxy mode) and as the owner: only the owner gets the owner's data. The settings form
//! route is in the matrix too.

mod support;

use axum::{
    Router,
    body::Body,
    http::{Request, StatusCode, header},
};
use samla_model::login::PersonaKind;
use support::{send, state_with, text};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    /// The open portal: the same answer for everyone, nothing personal.
    Open,
    /// The login itself: bound to the browser that started it by its login cookie.
    Login,
    /// Personal: through the guard, only the logged-in citizen's own data.
    Personal,
    /// A personal form (booking, rebooking, cancelling): through the guard, acting only on
    /// the caller's own things, answering with a redirect (`server/tests/booking.rs` shows
    /// that another's booking is not touched).
    PersonalForm,
    /// The caller's own session's time left: 0 for nobody (the idle timer's "ended").
    SessionTime,
    /// The staff tool: only for a staff session, every citizen gets 401; what each member
    /// gets is the staff matrix below.
    Staff,
    /// The staff login: nothing of any citizen's.
    StaffLogin,
}

/// A server function's path, kind, and the arguments to call it with.
type Row = (&'static str, Kind, &'static [(&'static str, &'static str)]);

/// Every server function.
const MATRIX: &[Row] = &[
    ("/api/article", Kind::Open, &[("slug", "ont-i-ryggen")]),
    ("/api/articles", Kind::Open, &[]),
    ("/api/rule", Kind::Open, &[("slug", "vardgarantin")]),
    ("/api/rules", Kind::Open, &[]),
    ("/api/find_care", Kind::Open, &[]),
    (
        "/api/clinic",
        Kind::Open,
        &[("hsa_id", "SE232100012-00001")],
    ),
    ("/api/search", Kind::Open, &[("q", "rygg")]),
    ("/api/suggest", Kind::Open, &[("q", "rygg")]),
    ("/api/set_language", Kind::Open, &[("lang", "en")]),
    (
        "/api/start_login",
        Kind::Login,
        &[("eid", "bankid"), ("device", "annan"), ("next", "/")],
    ),
    ("/api/login_status", Kind::Login, &[]),
    ("/api/check_login", Kind::Login, &[]),
    ("/api/cancel_login", Kind::Login, &[]),
    (
        "/api/test_eid_scan",
        Kind::Login,
        &[("code", "bankid.x.0.y")],
    ),
    ("/api/test_eid_open", Kind::Login, &[("token", "x")]),
    ("/api/test_eid_order", Kind::Login, &[("order", "x")]),
    (
        "/api/test_eid_approve",
        Kind::Login,
        &[("order", "x"), ("person", "x"), ("personnummer", "")],
    ),
    ("/api/test_eid_decline", Kind::Login, &[("order", "x")]),
    ("/api/my_settings", Kind::Personal, &[]),
    // Anna's demo cases are the first written: case 1 and its clinic message 2 are hers.
    (
        "/api/my_inbox",
        Kind::Personal,
        &[("page", "1"), ("text", "")],
    ),
    ("/api/open_message", Kind::Personal, &[("id", "2")]),
    ("/api/my_cases", Kind::Personal, &[("page", "1")]),
    ("/api/my_case", Kind::Personal, &[("id", "1")]),
    (
        "/api/eservice_form",
        Kind::Personal,
        &[("hsa_id", "SE232100012-00001"), ("slug", "kontakta")],
    ),
    ("/api/unread_count", Kind::Personal, &[]),
    ("/api/my_attachment", Kind::Personal, &[("id", "1")]),
    ("/api/my_access_log", Kind::Personal, &[("page", "1")]),
    ("/api/my_bookings", Kind::Personal, &[]),
    (
        "/api/my_events",
        Kind::Personal,
        &[("kind", ""), ("fore", "")],
    ),
    ("/api/my_booking", Kind::Personal, &[("id", "1")]),
    // Anna's prescriptions are the first written: prescription 1 is hers.
    ("/api/my_medicines", Kind::Personal, &[]),
    ("/api/my_medicine", Kind::Personal, &[("id", "1")]),
    (
        "/api/renew_medicine",
        Kind::PersonalForm,
        &[("prescription", "1"), ("note", "")],
    ),
    ("/api/my_overview", Kind::Personal, &[]),
    // Anna's certificate is the first written.
    ("/api/my_certificates", Kind::Personal, &[]),
    ("/api/my_journal", Kind::Personal, &[("page", "1")]),
    ("/api/my_certificate", Kind::Personal, &[("id", "1")]),
    (
        "/api/clinic_for_booking",
        Kind::Personal,
        &[("hsa_id", "SE232100012-00001")],
    ),
    (
        "/api/free_times",
        Kind::Personal,
        &[
            ("hsa_id", "SE232100012-00001"),
            ("visit", "doctor"),
            ("week", ""),
        ],
    ),
    ("/api/time_to_confirm", Kind::Personal, &[("slot_id", "1")]),
    (
        "/api/book_time",
        Kind::PersonalForm,
        &[("slot", "1"), ("note", "")],
    ),
    (
        "/api/rebook_time",
        Kind::PersonalForm,
        &[("booking", "1"), ("slot", "2")],
    ),
    (
        "/api/cancel_booking",
        Kind::PersonalForm,
        &[("booking", "1")],
    ),
    ("/api/my_children", Kind::Personal, &[]),
    (
        "/api/act_for_child",
        Kind::PersonalForm,
        &[("child", "191212121212")],
    ),
    ("/api/stop_acting", Kind::PersonalForm, &[]),
    ("/api/settings_reviewed", Kind::PersonalForm, &[]),
    (
        "/api/stop_guardian_notice",
        Kind::PersonalForm,
        &[("guardian", "191212121212")],
    ),
    ("/api/staff_personas", Kind::StaffLogin, &[]),
    (
        "/api/staff_log_in",
        Kind::StaffLogin,
        &[("hsa_id", "SE2321000016-S0E1"), ("clinic", "0")],
    ),
    ("/api/staff_log_out", Kind::StaffLogin, &[]),
    (
        "/api/staff_clinic_cases",
        Kind::Staff,
        &[("filter", "Open")],
    ),
    ("/api/staff_my_cases", Kind::Staff, &[]),
    (
        "/api/staff_case",
        Kind::Staff,
        &[("id", "1"), ("template", "")],
    ),
    ("/api/staff_templates", Kind::Staff, &[]),
    ("/api/staff_template", Kind::Staff, &[("id", "1")]),
    (
        "/api/staff_assign",
        Kind::Staff,
        &[("case", "1"), ("handler", "SE2321000016-S0J2")],
    ),
    ("/api/staff_close", Kind::Staff, &[("case", "1")]),
    ("/api/staff_eservices", Kind::Staff, &[]),
    ("/api/staff_invitations", Kind::Staff, &[]),
    (
        "/api/staff_times",
        Kind::Staff,
        &[("besok", ""), ("dag", "")],
    ),
    ("/api/staff_booked_time", Kind::Staff, &[("id", "1")]),
    (
        "/api/staff_publish_times",
        Kind::Staff,
        &[
            ("besok", "doctor"),
            ("dag", ""),
            ("fran", "08:00"),
            ("till", "09:00"),
        ],
    ),
    (
        "/api/staff_withdraw_time",
        Kind::Staff,
        &[("id", "1"), ("text", ""), ("besok", ""), ("dag", "")],
    ),
    ("/api/my_invitation", Kind::Personal, &[("id", "1")]),
    ("/api/accept_invitation", Kind::PersonalForm, &[("id", "1")]),
    (
        "/api/ask_other_time",
        Kind::PersonalForm,
        &[("id", "1"), ("text", "En annan tid")],
    ),
    ("/api/staff_eservice", Kind::Staff, &[("id", "1")]),
    (
        "/api/staff_publish_eservice",
        Kind::Staff,
        &[("id", "1"), ("publicera", "ja")],
    ),
    ("/api/staff_roles", Kind::Staff, &[]),
    (
        "/api/staff_grant_role",
        Kind::Staff,
        &[("hsa_id", "SE2321000016-S0J2"), ("role", "administrator")],
    ),
    (
        "/api/staff_revoke_role",
        Kind::Staff,
        &[("hsa_id", "SE2321000016-S0J2"), ("role", "arendehanterare")],
    ),
    (
        "/api/staff_activate_clinic",
        Kind::Staff,
        &[("hsa_id", "SE232100012-00001")],
    ),
    ("/api/session_left", Kind::SessionTime, &[]),
    ("/api/keep_alive", Kind::Personal, &[]),
    ("/api/logout", Kind::Personal, &[]),
];

#[test]
fn every_server_function_is_in_the_matrix() {
    let mut registered: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .collect();
    registered.sort();
    registered.dedup();
    let mut listed: Vec<&str> = MATRIX.iter().map(|(path, _, _)| *path).collect();
    listed.sort();
    assert_eq!(
        registered, listed,
        "add each new server function to MATRIX, with its kind"
    );
    println!("matrix covers {} server functions:", listed.len());
    for (path, kind, _) in MATRIX {
        println!("  {kind:?} {path}");
    }
}

struct Caller {
    cookie: String,
}

async fn call(
    app: &Router,
    caller: &Caller,
    path: &str,
    args: &[(&str, &str)],
) -> (StatusCode, String) {
    let body = args
        .iter()
        .map(|(k, v)| format!("{k}={}", samla_model::next_path::percent_encode(v, b"")))
        .collect::<Vec<_>>()
        .join("&");
    let request = Request::post(path)
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header(header::ACCEPT, "application/json")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, &caller.cookie)
        .body(Body::from(body))
        .unwrap();
    let response = send(app, request).await;
    let status = response.status();
    (status, text(response).await)
}

/// A router, and Anna (the owner), Karin (another citizen), Karin acting for her 6-year-old,
/// and nobody as callers.
async fn callers() -> (Router, [Caller; 4], [&'static str; 5]) {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let people = samla_domain::seed::personas::personas(&db).await.unwrap();
    let session = async |kind| {
        let person = people.iter().find(|p| p.kind == kind).unwrap();
        let id = samla_domain::sessions::open(
            &db,
            &person.personnummer,
            samla_server::notifier::unix_now(),
        )
        .await
        .unwrap();
        Caller {
            cookie: format!("{}={id}", samla_model::cookies::SESSION),
        }
    };
    let owner = session(PersonaKind::Adult).await;
    let other = session(PersonaKind::Guardian).await;
    let proxy = session(PersonaKind::Guardian).await;
    let karin = people
        .iter()
        .find(|p| p.kind == PersonaKind::Guardian)
        .unwrap();
    let now = samla_server::notifier::unix_now();
    let children = samla_domain::proxy::children(&db, &karin.personnummer, now)
        .await
        .unwrap();
    let elsa = &children.offered[0].personnummer;
    let id = proxy.cookie.split_once('=').unwrap().1;
    samla_domain::proxy::start(&db, id, &karin.personnummer, elsa, now)
        .await
        .unwrap()
        .expect("Karin may act for Elsa");
    let anna = people
        .iter()
        .find(|p| p.kind == PersonaKind::Adult)
        .unwrap();
    let pnr: &'static str = Box::leak(anna.personnummer.clone().into_boxed_str());
    // What only Anna's own answers may contain: her family name, personnummer, mobile, the
    // subject of her first case, and her medicine.
    let marks = ["Lindqvist", pnr, "+46701234567", "blodprov", "Levaxin"];
    (
        samla_server::build_router(state),
        [
            owner,
            other,
            proxy,
            Caller {
                cookie: String::new(),
            },
        ],
        marks,
    )
}

fn leaks(body: &str, marks: &[&str]) -> Vec<String> {
    marks
        .iter()
        .filter(|m| body.contains(*m))
        .map(|m| m.to_string())
        .collect()
}

#[tokio::test]
async fn only_the_owner_gets_the_owners_data() {
    let (app, [owner, other, proxy, nobody], marks) = callers().await;
    for (path, kind, args) in MATRIX {
        if *path == "/api/logout" {
            continue; // Below: it ends the session the rest of the matrix uses.
        }
        if *path != "/api/stop_acting" {
            let (status, body) = call(&app, &proxy, path, args).await;
            assert!(
                leaks(&body, &marks).is_empty(),
                "{path} in proxy mode: {body}"
            );
            if *kind == Kind::Personal {
                assert_eq!(
                    status,
                    StatusCode::OK,
                    "{path} in proxy mode gets the child's"
                );
            }
        }
        let (status, body) = call(&app, &nobody, path, args).await;
        assert!(leaks(&body, &marks).is_empty(), "{path} as nobody: {body}");
        match kind {
            Kind::Personal | Kind::PersonalForm => {
                assert_eq!(status, StatusCode::UNAUTHORIZED, "{path} as nobody")
            }
            Kind::SessionTime => assert_eq!(body, "0", "{path} as nobody"),
            Kind::Staff => assert_eq!(status, StatusCode::UNAUTHORIZED, "{path} as nobody"),
            Kind::Open | Kind::Login | Kind::StaffLogin => {}
        }
        let (status, body) = call(&app, &other, path, args).await;
        assert!(
            leaks(&body, &marks).is_empty(),
            "{path} as another citizen: {body}"
        );
        if *kind == Kind::Personal {
            assert_eq!(
                status,
                StatusCode::OK,
                "{path} as another citizen gets their own"
            );
        }
        if *kind == Kind::PersonalForm {
            assert_ne!(
                status,
                StatusCode::UNAUTHORIZED,
                "{path} as another citizen"
            );
        }
        let (status, body) = call(&app, &owner, path, args).await;
        if *kind == Kind::Staff {
            assert_eq!(
                status,
                StatusCode::UNAUTHORIZED,
                "{path}: a citizen is no staff"
            );
        }
        if matches!(kind, Kind::Personal | Kind::SessionTime) {
            assert_eq!(status, StatusCode::OK, "{path} as the owner");
        }
        if *kind == Kind::SessionTime {
            assert!(
                body.parse::<i64>().unwrap() > 0,
                "the owner's session has time left"
            );
        }
        println!("{kind:?} {path}: nobody, another citizen and the owner checked");
    }
    // The owner's personal answers do carry her data.
    let (_, settings) = call(&app, &owner, "/api/my_settings", &[]).await;
    assert_eq!(
        leaks(&settings, &marks).len(),
        2,
        "name and mobile: {settings}"
    );
    let (_, log) = call(&app, &owner, "/api/my_access_log", &[("page", "1")]).await;
    assert!(log.contains("Anna Lindqvist"), "{log}");
    let (_, others_log) = call(&app, &other, "/api/my_access_log", &[("page", "1")]).await;
    assert!(!others_log.contains("Anna"), "{others_log}");
    // In proxy mode: the child's data, her access log naming the guardian, no medicines.
    let (_, childs_log) = call(&app, &proxy, "/api/my_access_log", &[("page", "1")]).await;
    assert!(
        childs_log.contains("Karin Andersson") && childs_log.contains("Guardian"),
        "{childs_log}"
    );
    let (_, childs_medicines) = call(&app, &proxy, "/api/my_medicines", &[]).await;
    assert!(
        childs_medicines.contains(r#""hidden":"Proxy""#),
        "{childs_medicines}"
    );
    let (_, childs_settings) = call(&app, &proxy, "/api/my_settings", &[]).await;
    assert!(
        childs_settings.contains("Elsa Andersson"),
        "{childs_settings}"
    );
    let (_, events) = call(
        &app,
        &owner,
        "/api/my_events",
        &[("kind", ""), ("fore", "")],
    )
    .await;
    assert!(events.contains("blodprov"), "{events}");
    for path in [
        "/api/my_medicines",
        "/api/my_overview",
        "/api/my_certificates",
    ] {
        let (_, mine) = call(&app, &owner, path, &[]).await;
        assert!(mine.contains("Levaxin"), "{path}: {mine}");
    }
    for path in ["/api/my_medicine", "/api/my_certificate"] {
        let (_, theirs) = call(&app, &other, path, &[("id", "1")]).await;
        assert_eq!(theirs, "null", "{path}: another's, nothing");
    }
    for (path, args) in [
        ("/api/my_case", ("id", "1")),
        ("/api/open_message", ("id", "2")),
    ] {
        let (_, mine) = call(&app, &owner, path, &[args]).await;
        assert!(mine.contains("blodprov"), "{path}: {mine}");
        let (_, theirs) = call(&app, &other, path, &[args]).await;
        assert_eq!(
            theirs, "null",
            "{path} as another citizen: nothing, as for no case"
        );
    }
    let (_, inbox) = call(
        &app,
        &owner,
        "/api/my_inbox",
        &[("page", "1"), ("text", "")],
    )
    .await;
    assert!(inbox.contains("blodprov"), "{inbox}");

    // Logging out as nobody or as another citizen ends nothing of the owner's.
    call(&app, &nobody, "/api/logout", &[]).await;
    call(&app, &other, "/api/logout", &[]).await;
    assert_eq!(
        call(&app, &owner, "/api/my_settings", &[]).await.0,
        StatusCode::OK
    );
    call(&app, &owner, "/api/logout", &[]).await;
    assert_eq!(
        call(&app, &owner, "/api/my_settings", &[]).await.0,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_settings_form_changes_only_the_callers_own_settings() {
    let (app, [owner, other, _, nobody], _) = callers().await;
    let post = async |caller: &Caller, mobile: &str| {
        let request = Request::post("/installningar")
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ORIGIN, "http://127.0.0.1:3000")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, &caller.cookie)
            .body(Body::from(format!(
                "mobile={mobile}&email=&share_contact=nej"
            )))
            .unwrap();
        send(&app, request).await
    };
    let response = post(&nobody, "0739990011").await;
    assert_eq!(
        response.headers()[header::LOCATION],
        "/logga-in?next=/installningar"
    );
    post(&other, "0739990011").await;
    let (_, anna) = call(&app, &owner, "/api/my_settings", &[]).await;
    assert!(
        anna.contains("+46701234567") && !anna.contains("+46739990011"),
        "{anna}"
    );
    let (_, karin) = call(&app, &other, "/api/my_settings", &[]).await;
    assert!(karin.contains("+46739990011"), "{karin}");
    post(&owner, "0739990022").await;
    let (_, anna) = call(&app, &owner, "/api/my_settings", &[]).await;
    assert!(anna.contains("+46739990022"), "{anna}");
}

/// A staff session's cookie for `hsa_id` at `clinic_id`.
async fn staff(db: &samla_domain::DatabaseConnection, hsa_id: &str, clinic_id: i32) -> Caller {
    let now = samla_server::notifier::unix_now();
    let id = samla_domain::staff::sessions::open(db, hsa_id, clinic_id, now)
        .await
        .unwrap()
        .expect("a member with a role there");
    Caller {
        cookie: format!("{}={id}", samla_model::cookies::STAFF_SESSION),
    }
}

/// What a staff caller is to get from a function: the case's data, or nothing of it with
/// this status (`None`: a success without the data).
#[derive(Clone, Copy, Debug)]
enum Gets {
    Data,
    Nothing(Option<StatusCode>),
}

/// A staff function, its arguments, and what each caller gets: receiver, handler,
/// administrator, a member at another clinic, a citizen, nobody.
type StaffRow<'a> = (&'a str, &'a [(&'a str, &'a str)], [Gets; 6]);

#[tokio::test]
async fn staff_functions_answer_only_within_the_members_roles_and_clinic() {
    use samla_domain::staff::members;
    use samla_model::staff::StaffRole;
    use sea_orm::{ActiveValue::Set, EntityTrait};
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let app = samla_server::build_router(state);
    // A case from Anna at clinic A, with words only it holds.
    let eva = members::find(&db, "SE2321000016-S0E1")
        .await
        .unwrap()
        .unwrap();
    let clinic_a = eva.clinics[0].id;
    let per = members::find(&db, "SE2321000016-S1P4")
        .await
        .unwrap()
        .unwrap();
    let clinic_b = per.clinics[0].id;
    let anna = samla_domain::seed::personas::personas(&db)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.kind == PersonaKind::Adult)
        .unwrap();
    let offered = samla_domain::eservices::find_by_id(&db, clinic_a, "kontakta")
        .await
        .unwrap()
        .unwrap();
    let writer = samla_domain::cases::Writer {
        owner: &anna.personnummer,
        author: samla_model::case::Author::Citizen,
        name: "Anna Lindqvist",
    };
    let answers = [
        samla_model::case::Answer {
            key: "rubrik".into(),
            value: "Matrisfrågan".into(),
        },
        samla_model::case::Answer {
            key: "meddelande".into(),
            value: "Endast mottagning A får läsa detta.".into(),
        },
    ];
    let now = samla_server::notifier::unix_now();
    let case = samla_domain::cases::start(&db, &writer, &offered, &answers, &[], now)
        .await
        .unwrap()
        .to_string();
    // An administrator with no case role at clinic A.
    samla_domain::entities::staff_member::Entity::insert(
        samla_domain::entities::staff_member::ActiveModel {
            hsa_id: Set("SE2321000016-TADM".into()),
            given_name: Set("Ada".into()),
            family_name: Set("Admin".into()),
            title: Set("Administratör".into()),
            created_at: Set(now),
        },
    )
    .exec_without_returning(&db)
    .await
    .unwrap();
    samla_domain::entities::staff_role::Entity::insert(
        samla_domain::entities::staff_role::ActiveModel {
            hsa_id: Set("SE2321000016-TADM".into()),
            clinic_id: Set(clinic_a),
            role: Set(StaffRole::Admin.code().into()),
            granted_by: Set("SE2321000016-S0M3".into()),
            granted_at: Set(now),
        },
    )
    .exec_without_returning(&db)
    .await
    .unwrap();
    // Anna herself, logged in as a citizen: no staff.
    let citizen = Caller {
        cookie: format!(
            "{}={}",
            samla_model::cookies::SESSION,
            samla_domain::sessions::open(&db, &anna.personnummer, now)
                .await
                .unwrap()
        ),
    };
    let nobody = Caller {
        cookie: String::new(),
    };
    let receiver = staff(&db, "SE2321000016-S0E1", clinic_a).await;
    let handler = staff(&db, "SE2321000016-S0J2", clinic_a).await;
    let admin = staff(&db, "SE2321000016-TADM", clinic_a).await;
    let other_clinic = staff(&db, "SE2321000016-S1P4", clinic_b).await;
    let marks = [
        "Matrisfrågan",
        "Lindqvist",
        anna.personnummer.as_str(),
        "Matrismallen",
        "Matristjänsten",
    ];
    let none = Gets::Nothing(Some(StatusCode::OK));
    let not_found = Gets::Nothing(Some(StatusCode::NOT_FOUND));
    let unauthorized = Gets::Nothing(Some(StatusCode::UNAUTHORIZED));
    let case_arg: &[(&str, &str)] = &[("id", &case), ("template", "")];
    // A reply template of clinic A's, with words only it holds.
    let eva_viewer = samla_domain::staff::sessions::resolve(
        &db,
        receiver.cookie.split_once('=').unwrap().1,
        now,
        false,
    )
    .await
    .unwrap()
    .unwrap();
    let samla_domain::staff::templates::Saved::Done(template) =
        samla_domain::staff::templates::save(
            &db,
            &eva_viewer,
            None,
            "Matrismallen",
            "Hej {förnamn}! Lindqvist-texten.",
            now,
        )
        .await
        .unwrap()
    else {
        panic!("a template is saved");
    };
    let template = template.to_string();
    // A local e-service of clinic A's, not published, written by an administrator there.
    let admin_viewer = samla_domain::staff::sessions::resolve(
        &db,
        admin.cookie.split_once('=').unwrap().1,
        now,
        false,
    )
    .await
    .unwrap()
    .unwrap();
    let draft = samla_model::local_eservice::EServiceDraft {
        title: "Matristjänsten".into(),
        reply_days: "3".into(),
        attachments: false,
        fields: vec![samla_model::local_eservice::FieldDraft {
            label: "Fråga".into(),
            kind: "rad".into(),
            ..Default::default()
        }],
    };
    let samla_domain::staff::eservices::Saved::Done(eservice) =
        samla_domain::staff::eservices::save(&db, &admin_viewer, None, &draft, now)
            .await
            .unwrap()
    else {
        panic!("an e-service is saved");
    };
    let eservice = eservice.to_string();
    let eservice_arg: &[(&str, &str)] = &[("id", &eservice)];
    // An invitation from clinic A to Anna.
    let visit = samla_domain::booking::schedule::visit_types(&db, clinic_a)
        .await
        .unwrap()[0];
    let week = samla_domain::booking::times::free_week(&db, clinic_a, visit, None, now)
        .await
        .unwrap();
    let slot = week
        .days
        .iter()
        .find_map(|(_, t)| t.first())
        .unwrap()
        .slot_id;
    let invited = samla_domain::staff::invitations::send(
        &db,
        &eva_viewer,
        &anna.personnummer,
        slot,
        "Välkommen!",
        now,
    )
    .await
    .unwrap();
    assert!(matches!(
        invited,
        samla_domain::staff::invitations::Sent::Done(_)
    ));
    // A time of clinic A's that Anna booked.
    let booked_slot = week
        .days
        .iter()
        .find_map(|(_, t)| t.get(1))
        .unwrap()
        .slot_id;
    let anna_writer = samla_domain::cases::Writer {
        owner: &anna.personnummer,
        author: samla_model::case::Author::Citizen,
        name: "Anna Lindqvist",
    };
    samla_domain::booking::book::book(&db, &anna_writer, booked_slot, "", now)
        .await
        .unwrap()
        .expect("booked");
    let booked_slot = booked_slot.to_string();
    let booked_arg: &[(&str, &str)] = &[("id", &booked_slot)];
    let publish_arg: &[(&str, &str)] = &[("id", &eservice), ("publicera", "ja")];
    let template_arg: &[(&str, &str)] = &[("id", &template)];
    let open_list: &[(&str, &str)] = &[("filter", "Open")];
    let assign: &[(&str, &str)] = &[("case", &case), ("handler", "SE2321000016-S0J2")];
    // Before the case is assigned: (function, arguments, [receiver, handler, admin, other
    // clinic, citizen, nobody]).
    let before: [StaffRow; 9] = [
        (
            "/api/staff_booked_time",
            booked_arg,
            [
                Gets::Data,
                not_found,
                Gets::Data,
                none,
                unauthorized,
                unauthorized,
            ],
        ),
        (
            "/api/staff_invitations",
            &[],
            [
                Gets::Data,
                Gets::Data,
                none,
                none,
                unauthorized,
                unauthorized,
            ],
        ),
        (
            "/api/staff_eservices",
            &[],
            [none, none, Gets::Data, none, unauthorized, unauthorized],
        ),
        (
            "/api/staff_eservice",
            eservice_arg,
            [none, none, Gets::Data, none, unauthorized, unauthorized],
        ),
        (
            "/api/staff_templates",
            &[],
            [
                Gets::Data,
                Gets::Data,
                Gets::Data,
                none,
                unauthorized,
                unauthorized,
            ],
        ),
        (
            "/api/staff_template",
            template_arg,
            [
                Gets::Data,
                Gets::Data,
                Gets::Data,
                none,
                unauthorized,
                unauthorized,
            ],
        ),
        (
            "/api/staff_clinic_cases",
            open_list,
            [Gets::Data, none, none, none, unauthorized, unauthorized],
        ),
        (
            "/api/staff_case",
            case_arg,
            [Gets::Data, none, none, none, unauthorized, unauthorized],
        ),
        (
            "/api/staff_assign",
            assign,
            [
                Gets::Nothing(None),
                not_found,
                not_found,
                not_found,
                unauthorized,
                unauthorized,
            ],
        ),
    ];
    let callers = [
        &receiver,
        &handler,
        &admin,
        &other_clinic,
        &citizen,
        &nobody,
    ];
    let names = [
        "receiver",
        "handler",
        "administrator",
        "other clinic",
        "citizen",
        "nobody",
    ];
    let check = async |path: &str, args: &[(&str, &str)], expected: [Gets; 6]| {
        // The receiver last: the assignment is theirs to make.
        for i in [1, 2, 3, 4, 5, 0] {
            let (status, body) = call(&app, callers[i], path, args).await;
            let leaked = leaks(&body, &marks);
            match expected[i] {
                Gets::Data => {
                    assert_eq!(status, StatusCode::OK, "{path} as {}", names[i]);
                    assert!(
                        !leaked.is_empty(),
                        "{path} as {}: the case: {body}",
                        names[i]
                    );
                }
                Gets::Nothing(want) => {
                    assert!(leaked.is_empty(), "{path} as {}: {body}", names[i]);
                    match want {
                        Some(want) => assert_eq!(status, want, "{path} as {}", names[i]),
                        None => assert!(status.as_u16() < 400, "{path} as {}: {status}", names[i]),
                    }
                }
            }
        }
    };
    for (path, args, expected) in before {
        check(path, args, expected).await;
    }
    // Publishing: only the administrator; the others are refused and it stays unpublished.
    for (i, want) in [
        (0, Some(StatusCode::NOT_FOUND)),
        (1, Some(StatusCode::NOT_FOUND)),
        (3, Some(StatusCode::NOT_FOUND)),
        (4, Some(StatusCode::UNAUTHORIZED)),
        (5, Some(StatusCode::UNAUTHORIZED)),
        (2, None),
    ] {
        let (status, _) = call(&app, callers[i], "/api/staff_publish_eservice", publish_arg).await;
        match want {
            Some(want) => assert_eq!(status, want, "publish as {}", names[i]),
            None => assert!(status.as_u16() < 400, "publish as {}: {status}", names[i]),
        }
        let published =
            samla_domain::staff::eservices::find(&db, &admin_viewer, eservice.parse().unwrap())
                .await
                .unwrap()
                .unwrap()
                .published;
        assert_eq!(
            published,
            want.is_none(),
            "after publishing as {}",
            names[i]
        );
    }
    // Assigned to the handler: now theirs too, still nobody else's.
    let after: [StaffRow; 3] = [
        (
            "/api/staff_my_cases",
            &[],
            [none, Gets::Data, none, none, unauthorized, unauthorized],
        ),
        (
            "/api/staff_case",
            case_arg,
            [
                Gets::Data,
                Gets::Data,
                none,
                none,
                unauthorized,
                unauthorized,
            ],
        ),
        (
            "/api/staff_close",
            &[("case", &case)],
            [
                Gets::Nothing(None),
                Gets::Nothing(None),
                not_found,
                not_found,
                unauthorized,
                unauthorized,
            ],
        ),
    ];
    for (path, args, expected) in after {
        if path == "/api/staff_close" {
            // Only the first allowed caller closes; the second finds it closed (404).
            let (status, _) = call(&app, &other_clinic, path, args).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "close as other clinic");
            let (status, _) = call(&app, &admin, path, args).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "close as administrator");
            let (status, _) = call(&app, &citizen, path, args).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "close as citizen");
            let (status, _) = call(&app, &handler, path, args).await;
            assert!(status.as_u16() < 400, "close as the handler: {status}");
            let _ = expected;
            continue;
        }
        check(path, args, expected).await;
    }
    // Every staff read is in Anna's access log with the member's name, title and clinic.
    let log = samla_domain::access_log::page(&db, &anna.personnummer, 1)
        .await
        .unwrap();
    let readers: Vec<&str> = log.entries.iter().map(|e| e.reader_name.as_str()).collect();
    assert!(
        readers
            .iter()
            .any(|r| r.starts_with("Eva Lind, Sjuksköterska, ")),
        "{readers:?}"
    );
    assert!(
        readers
            .iter()
            .any(|r| r.starts_with("Johan Berg, Distriktsläkare, ")),
        "{readers:?}"
    );
    // The administrator read only her booked time (to withdraw it), never the case; the
    // other clinic's member read nothing.
    let ada: Vec<_> = log
        .entries
        .iter()
        .filter(|e| e.reader_name.contains("Ada Admin"))
        .map(|e| e.resource)
        .collect();
    assert_eq!(
        ada,
        [samla_model::access::Resource::Bookings],
        "{readers:?}"
    );
    assert!(
        !readers.iter().any(|r| r.contains("Per Ström")),
        "{readers:?}"
    );
}
