//! One country table for the whole program: a country named by its name
//! (in the ways statistics offices write it), its ISO 3166 alpha-2 or
//! alpha-3 code, its UN M49 number or UN Comtrade's own number for it; and
//! its FIPS 10-4, Correlates of War and CAMEO codes ([`codes`]), for the
//! event-data readers.
//!
//! ISO 3166 and M49 come from the `celes` crate; what Comtrade and WITS
//! write differently is kept here: Comtrade's numbers that are not M49's
//! (842 for the United States where M49 has 840, 251 for France, 699 for
//! India, 757 for Switzerland, 579 for Norway) and names such as "USA",
//! "Rep. of Korea" or "Korea, Rep.".

mod codes;

use celes::Country as Iso;

/// A country as the table knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166 alpha-3, e.g. "KAZ".
    pub iso3: &'static str,
    /// ISO 3166 alpha-2, e.g. "KZ".
    pub iso2: &'static str,
    /// UN M49 (ISO 3166 numeric), e.g. 398.
    pub m49: u16,
}

/// UN Comtrade's numbers that differ from M49: (Comtrade, alpha-3).
const COMTRADE_NUMBERS: [(u16, &str); 5] = [
    (842, "USA"),
    (251, "FRA"),
    (699, "IND"),
    (757, "CHE"),
    (579, "NOR"),
];

/// Names the statistics offices write that ISO's list does not hold
/// (compared without case, spaces or punctuation).
const NAMES: [(&str, &str); 25] = [
    ("usa", "USA"),
    ("unitedstates", "USA"),
    ("unitedstatesofamerica", "USA"),
    ("repofkorea", "KOR"),
    ("korearep", "KOR"),
    ("dempeoplesrepofkorea", "PRK"),
    ("koreademrep", "PRK"),
    ("chinahongkongsar", "HKG"),
    ("hongkongsarchina", "HKG"),
    ("chinamacaosar", "MAC"),
    ("russianfederation", "RUS"),
    ("turkiye", "TUR"),
    ("turkey", "TUR"),
    ("vietnam", "VNM"),
    ("iranislamicrep", "IRN"),
    ("egyptarabrep", "EGY"),
    ("bolivia", "BOL"),
    ("bolivia(plurinationalstateof)", "BOL"),
    ("unitedkingdom", "GBR"),
    ("czechrepublic", "CZE"),
    ("kyrgyzrepublic", "KGZ"),
    ("slovakrepublic", "SVK"),
    // ICEWS.
    ("occupiedpalestinianterritory", "PSE"),
    ("theformeryugoslavrepublicofmacedonia", "MKD"),
    ("democraticrepublicofcongo", "COD"),
];

fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || *c == '(' || *c == ')')
        .flat_map(char::to_lowercase)
        .collect()
}

fn of_iso(c: Iso) -> Country {
    Country {
        iso3: c.alpha3,
        iso2: c.alpha2,
        m49: c.value as u16,
    }
}

impl Country {
    /// The country a text names: a name as ISO, Comtrade or WITS write
    /// it, an alpha-2 or alpha-3 code, or a number (M49 or Comtrade's).
    pub fn find(text: &str) -> Option<Country> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        if let Ok(n) = text.parse::<u16>() {
            return Self::by_number(n);
        }
        let k = key(text);
        if let Some((_, iso3)) = NAMES.iter().find(|(n, _)| *n == k) {
            return Iso::from_alpha3(iso3).ok().map(of_iso);
        }
        let plain: String = k.chars().filter(|c| c.is_alphanumeric()).collect();
        Iso::from_alpha3(text)
            .or_else(|_| Iso::from_alpha2(text))
            .or_else(|_| Iso::from_name(&plain))
            .or_else(|_| Iso::from_alias(&plain))
            .or_else(|_| plain.parse::<Iso>())
            .ok()
            .map(of_iso)
    }

    /// The country of an M49 number or of Comtrade's number for it.
    pub fn by_number(n: u16) -> Option<Country> {
        if let Some((_, iso3)) = COMTRADE_NUMBERS.iter().find(|(c, _)| *c == n) {
            return Iso::from_alpha3(iso3).ok().map(of_iso);
        }
        Iso::from_value(n as usize).ok().map(of_iso)
    }

    /// UN Comtrade's number for the country (its M49 number, but where
    /// Comtrade has its own).
    pub fn comtrade(&self) -> u16 {
        COMTRADE_NUMBERS
            .iter()
            .find(|(_, iso3)| *iso3 == self.iso3)
            .map_or(self.m49, |(c, _)| *c)
    }

    /// The row of [`codes::CODES`] for this country.
    fn codes(
        &self,
    ) -> Option<&'static (&'static str, &'static str, u16, &'static str, &'static str)> {
        codes::CODES.iter().find(|r| r.0 == self.iso3)
    }

    /// FIPS 10-4 ("KZ"; GDELT's geography codes).
    pub fn fips(&self) -> Option<&'static str> {
        self.codes().map(|r| r.1).filter(|c| !c.is_empty())
    }

    /// The Correlates of War number (Kazakhstan 705, France 220).
    pub fn cow(&self) -> Option<u16> {
        self.codes().map(|r| r.2).filter(|&c| c != 0)
    }

    /// The CAMEO code (GDELT's actor countries): ISO alpha-3 but for a few.
    pub fn cameo(&self) -> Option<&'static str> {
        self.codes().map(|r| r.4).filter(|c| !c.is_empty())
    }

    /// The country of a CAMEO code.
    pub fn by_cameo(code: &str) -> Option<Country> {
        let row = codes::CODES.iter().find(|r| r.4 == code)?;
        Iso::from_alpha3(row.0).ok().map(of_iso)
    }

    /// The country of a FIPS 10-4 code.
    pub fn by_fips(code: &str) -> Option<Country> {
        let row = codes::CODES.iter().find(|r| r.1 == code)?;
        Iso::from_alpha3(row.0).ok().map(of_iso)
    }

    /// The country of a Correlates of War number.
    pub fn by_cow(n: u16) -> Option<Country> {
        let row = codes::CODES.iter().find(|r| r.2 == n && n != 0)?;
        Iso::from_alpha3(row.0).ok().map(of_iso)
    }

    /// Its English name, as ISO's list (or the statistics offices) give it.
    pub fn name(&self) -> String {
        Iso::from_alpha3(self.iso3).map_or_else(
            |_| self.iso3.to_string(),
            |c| {
                let name = c.long_name.trim_start_matches("The ");
                name.to_string()
            },
        )
    }

    /// Whether a code, number or name in a file is this country.
    pub fn is(&self, text: &str) -> bool {
        Self::find(text).is_some_and(|c| c == *self)
    }
}

#[cfg(test)]
mod tests {
    use super::Country;

    #[test]
    fn the_parties_are_found_however_they_are_written() {
        let kz = Country::find("Kazakhstan").unwrap();
        assert_eq!(
            (kz.iso3, kz.iso2, kz.m49, kz.comtrade()),
            ("KAZ", "KZ", 398, 398)
        );
        for text in ["KAZ", "KZ", "398", "kazakhstan"] {
            assert_eq!(Country::find(text), Some(kz), "{text}");
        }
        let fr = Country::find("France").unwrap();
        assert_eq!((fr.iso3, fr.m49, fr.comtrade()), ("FRA", 250, 251));
        for text in ["FRA", "FR", "250", "251"] {
            assert_eq!(Country::find(text), Some(fr), "{text}");
        }
    }

    #[test]
    fn the_parties_have_their_event_data_codes() {
        let kz = Country::find("Kazakhstan").unwrap();
        assert_eq!(
            (kz.fips(), kz.cow(), kz.cameo()),
            (Some("KZ"), Some(705), Some("KAZ"))
        );
        let fr = Country::find("France").unwrap();
        assert_eq!(
            (fr.fips(), fr.cow(), fr.cameo()),
            (Some("FR"), Some(220), Some("FRA"))
        );
        assert_eq!(Country::by_cameo("KAZ"), Some(kz));
        assert_eq!(Country::by_fips("FR"), Some(fr));
        assert_eq!(Country::by_cow(705), Some(kz));
        assert_eq!(Country::by_cameo("ROM").unwrap().iso3, "ROU");
        assert_eq!(Country::by_fips("GM").unwrap().iso3, "DEU");
    }

    #[test]
    fn comtrade_and_wits_names_and_numbers_are_known() {
        let us = Country::find("United States of America").unwrap();
        for text in ["USA", "United States", "842", "840", "US"] {
            assert_eq!(Country::find(text), Some(us), "{text}");
        }
        assert_eq!(us.comtrade(), 842);
        assert_eq!(Country::find("699").unwrap().iso3, "IND");
        assert_eq!(Country::find("757").unwrap().iso3, "CHE");
        assert_eq!(Country::find("579").unwrap().iso3, "NOR");
        assert_eq!(Country::find("Rep. of Korea").unwrap().iso3, "KOR");
        assert_eq!(Country::find("Korea, Rep.").unwrap().iso3, "KOR");
        assert_eq!(Country::find("Türkiye").unwrap().iso3, "TUR");
        assert_eq!(Country::find("China").unwrap().iso3, "CHN");
        assert_eq!(Country::find("Thailand").unwrap().iso3, "THA");
        assert_eq!(Country::find("Russian Federation").unwrap().iso3, "RUS");
        assert_eq!(Country::find("World"), None);
        assert_eq!(Country::find("W00"), None);
        assert_eq!(Country::find("0"), None);
    }
}
