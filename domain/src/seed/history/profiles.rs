//! What each persona's record holds: Anna's thyroid, Gunnar's diabetes and blood pressure,
//! Nora's asthma, Elsa's and Leo's child health programme, Karin's and Sara's occasional
//! visits. The notes use the medical words the journal explains.

use samla_model::clinic::ClinicKind;
use samla_model::records::ContactKind;

use super::{CertificatePlan, MedicinePlan, Profile, VaccinePlan, VisitPlan};

const DOCTOR: &str = "Eva Nord, läkare";
const NURSE: &str = "Maria Sjöberg, sjuksköterska";

const FLU: VaccinePlan = VaccinePlan {
    days: 60,
    yearly: true,
    vaccine: "Vaxigrip Tetra",
    against: "Säsongsinfluensa",
    dose: "Årlig dos",
};

/// The national child programme, by days after birth.
const CHILD_PROGRAMME: [VaccinePlan; 7] = [
    VaccinePlan {
        days: 90,
        yearly: false,
        vaccine: "Hexyon",
        against: "Difteri, stelkramp, kikhosta, polio, Hib, hepatit B",
        dose: "Dos 1 av 3",
    },
    VaccinePlan {
        days: 150,
        yearly: false,
        vaccine: "Hexyon",
        against: "Difteri, stelkramp, kikhosta, polio, Hib, hepatit B",
        dose: "Dos 2 av 3",
    },
    VaccinePlan {
        days: 365,
        yearly: false,
        vaccine: "Hexyon",
        against: "Difteri, stelkramp, kikhosta, polio, Hib, hepatit B",
        dose: "Dos 3 av 3",
    },
    VaccinePlan {
        days: 548,
        yearly: false,
        vaccine: "M-M-RvaxPro",
        against: "Mässling, påssjuka, röda hund",
        dose: "Dos 1 av 2",
    },
    VaccinePlan {
        days: 1_830,
        yearly: false,
        vaccine: "Tetraxim",
        against: "Difteri, stelkramp, kikhosta, polio",
        dose: "Påfyllnadsdos",
    },
    VaccinePlan {
        days: 2_560,
        yearly: false,
        vaccine: "M-M-RvaxPro",
        against: "Mässling, påssjuka, röda hund",
        dose: "Dos 2 av 2",
    },
    VaccinePlan {
        days: 4_200,
        yearly: false,
        vaccine: "Gardasil 9",
        against: "HPV (humant papillomvirus)",
        dose: "Dos 1 av 2",
    },
];

const CHECK_UP_CHILD: VisitPlan = VisitPlan {
    kind: ContactKind::Visit,
    caregiver: NURSE,
    reason: "Hälsobesök på barnavårdscentralen",
    note: "Längd och vikt följer kurvan. Utvecklingen är åldersadekvat. Status: hjärta och lungor utan anmärkning vid auskultation.",
    diagnosis: ("", ""),
};

pub const ANNA: Profile = Profile {
    clinic_kind: ClinicKind::HealthCentre,
    visits_per_year: 2,
    visits: &[
        VisitPlan {
            kind: ContactKind::Visit,
            caregiver: DOCTOR,
            reason: "Årlig kontroll av sköldkörteln",
            note: "Anamnes: mår bra, ingen trötthet. Tar Levaxin dagligen. Status: thyreoidea palperas utan anmärkning. TSH inom referensintervallet. Fortsatt samma dos.",
            diagnosis: ("E03.9", "Hypotyreos, ospecificerad"),
        },
        VisitPlan {
            kind: ContactKind::Phone,
            caregiver: NURSE,
            reason: "Ont i ländryggen",
            note: "Lumbago sedan en vecka efter lyft. Inga domningar, ingen påverkan på blåsa eller tarm. Råd om egenvård och rörelse.",
            diagnosis: ("M54.5", "Lumbago"),
        },
    ],
    labs: &[("tsh", 2.1, 1.4), ("hb", 132.0, 9.0)],
    medicines: &[MedicinePlan {
        name: "Levaxin",
        strength: "50 mikrogram tablett",
        dosage: "1 tablett på morgonen",
        doses_per_day: 1.0,
        units: 90,
        withdrawals: 4,
        newest_days_ago: 345,
    }],
    vaccines: &[FLU],
    certificates: &[CertificatePlan {
        days_ago: 30,
        kind: "lakemedel-resa",
        title: "Intyg om läkemedel för resa",
        body: "Anna Lindqvist behandlas med Levaxin 50 mikrogram, 1 tablett dagligen, mot hypotyreos. Hon behöver ha med sig läkemedlet under resan.",
        valid_days: Some(365),
    }],
};

pub const GUNNAR: Profile = Profile {
    clinic_kind: ClinicKind::HealthCentre,
    visits_per_year: 4,
    visits: &[
        VisitPlan {
            kind: ContactKind::Visit,
            caregiver: NURSE,
            reason: "Diabeteskontroll",
            note: "Blodsockret stabilt. Fötterna undersökta: god cirkulation, ingen nedsatt känsel. Blodtryck 138/82. Fortsatt samma behandling.",
            diagnosis: ("E11.9", "Typ 2-diabetes utan komplikationer"),
        },
        VisitPlan {
            kind: ContactKind::Visit,
            caregiver: DOCTOR,
            reason: "Kontroll av blodtrycket",
            note: "Hypertoni, välbehandlad. Inga biverkningar av Enalapril. Kreatinin oförändrat.",
            diagnosis: ("I10", "Essentiell hypertoni"),
        },
    ],
    labs: &[
        ("hba1c", 52.0, 8.0),
        ("kreatinin", 88.0, 12.0),
        ("glukos", 7.2, 1.5),
    ],
    medicines: &[
        MedicinePlan {
            name: "Metformin",
            strength: "500 mg tablett",
            dosage: "1 tablett morgon och kväll",
            doses_per_day: 2.0,
            units: 200,
            withdrawals: 4,
            newest_days_ago: 49,
        },
        MedicinePlan {
            name: "Enalapril",
            strength: "10 mg tablett",
            dosage: "1 tablett på morgonen",
            doses_per_day: 1.0,
            units: 90,
            withdrawals: 4,
            newest_days_ago: 350,
        },
    ],
    vaccines: &[
        FLU,
        VaccinePlan {
            days: 29_000,
            yearly: false,
            vaccine: "Prevenar 20",
            against: "Pneumokocker",
            dose: "En dos",
        },
    ],
    certificates: &[],
};

pub const NORA: Profile = Profile {
    clinic_kind: ClinicKind::HealthCentre,
    visits_per_year: 1,
    visits: &[VisitPlan {
        kind: ContactKind::Visit,
        caregiver: DOCTOR,
        reason: "Astmakontroll",
        note: "Astma, god kontroll. Använder Bricanyl några gånger i månaden vid ansträngning. Lungfunktion normal vid spirometri.",
        diagnosis: ("J45.9", "Astma, ospecificerad"),
    }],
    labs: &[],
    medicines: &[
        MedicinePlan {
            name: "Bricanyl Turbuhaler",
            strength: "0,5 mg/dos inhalationspulver",
            dosage: "1 inhalation vid behov",
            doses_per_day: 0.5,
            units: 120,
            withdrawals: 3,
            newest_days_ago: 40,
        },
        MedicinePlan {
            name: "Flutide",
            strength: "125 mikrogram/dos inhalationsspray",
            dosage: "1 inhalation morgon och kväll",
            doses_per_day: 2.0,
            units: 120,
            withdrawals: 4,
            newest_days_ago: 49,
        },
    ],
    vaccines: &CHILD_PROGRAMME,
    certificates: &[],
};

pub const CHILD: Profile = Profile {
    clinic_kind: ClinicKind::ChildHealth,
    visits_per_year: 1,
    visits: &[CHECK_UP_CHILD],
    labs: &[],
    medicines: &[],
    vaccines: &CHILD_PROGRAMME,
    certificates: &[],
};

pub const OCCASIONAL: Profile = Profile {
    clinic_kind: ClinicKind::HealthCentre,
    visits_per_year: 1,
    visits: &[
        VisitPlan {
            kind: ContactKind::Video,
            caregiver: DOCTOR,
            reason: "Halsont och feber",
            note: "Halsfluss i tre dagar, feber 38,5. Positivt snabbtest för streptokocker. Behandlas med penicillin i tio dagar.",
            diagnosis: ("J02.0", "Streptokockfaryngit"),
        },
        VisitPlan {
            kind: ContactKind::Visit,
            caregiver: NURSE,
            reason: "Hälsosamtal",
            note: "Mår bra. Blodtryck 122/78. Råd om motion och sömn.",
            diagnosis: ("", ""),
        },
    ],
    labs: &[("crp", 3.0, 2.5), ("hb", 135.0, 8.0)],
    medicines: &[],
    vaccines: &[],
    certificates: &[CertificatePlan {
        days_ago: 200,
        kind: "sjukskrivning",
        title: "Läkarintyg för sjukpenning",
        body: "Arbetsförmågan är nedsatt med hela tiden under sju dagar på grund av streptokockfaryngit med feber.",
        valid_days: Some(7),
    }],
};
