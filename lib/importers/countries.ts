// Country names and codes, as official sources spell them, to ISO 3166-1 alpha-2. Greece arrives
// as both EL (the EU's code) and GR (ISO); the UK petitions site also uses non-ISO codes such as
// BAT (British Antarctic Territory), which are kept as they are.
const ALIASES: Record<string, string> = {
  EL: "GR",
  UK: "GB",
  Czechia: "CZ",
  "Czech Republic": "CZ",
  Greece: "GR",
  "United Kingdom": "GB",
  "The Netherlands": "NL",
  Netherlands: "NL",
  "British Antarctic Territory": "BAT",
  Kosovo: "XK",
  // Names of the 2015 UK petitions data (later files give codes).
  "Russian Federation": "RU",
  Turkey: "TR",
  Türkiye: "TR",
  Pitcairn: "PN",
  "St Helena": "SH",
  "Ascension Island": "SH",
  "Tristan da Cunha": "SH",
  "The Occupied Palestinian Territories": "PS",
  "Republic of Ireland": "IE",
  Ireland: "IE",
  "South Korea": "KR",
  "North Korea": "KP",
  Russia: "RU",
  "Ivory Coast": "CI",
  "Côte d'Ivoire": "CI",
  "The Gambia": "GM",
  "The Bahamas": "BS",
  Macedonia: "MK",
  "North Macedonia": "MK",
  Burma: "MM",
  Swaziland: "SZ",
  Eswatini: "SZ",
  "East Timor": "TL",
  "Vatican City": "VA",
  "St Helena, Ascension and Tristan da Cunha": "SH",
  "St Kitts and Nevis": "KN",
  "St Lucia": "LC",
  "St Vincent": "VC",
  "St Maarten": "SX",
  "St Pierre & Miquelon": "PM",
  "St Barthélemy": "BL",
  "St Martin": "MF",
  "Occupied Palestinian Territories": "PS",
  Palestine: "PS",
  Micronesia: "FM",
  Laos: "LA",
  Syria: "SY",
  Iran: "IR",
  Vietnam: "VN",
  Brunei: "BN",
  Moldova: "MD",
  Tanzania: "TZ",
  Bolivia: "BO",
  Venezuela: "VE",
  Taiwan: "TW",
  "Cape Verde": "CV",
  "Congo (Democratic Republic)": "CD",
  "Democratic Republic of the Congo": "CD",
  Congo: "CG",
  "Pitcairn, Henderson, Ducie and Oeno Islands": "PN",
  "South Georgia and South Sandwich Islands": "GS",
  "Heard Island and McDonald Islands": "HM",
  "United States": "US",
  "Falkland Islands": "FK",
  "Hong Kong": "HK",
  Macao: "MO",
  "Turks and Caicos Islands": "TC",
  "Virgin Islands (British)": "VG",
  "British Virgin Islands": "VG",
  "Virgin Islands (US)": "VI",
  "United States Virgin Islands": "VI",
  "Bosnia and Herzegovina": "BA",
  "Trinidad and Tobago": "TT",
  "Antigua and Barbuda": "AG",
  "Sao Tome and Principe": "ST",
  "São Tomé and Principe": "ST",
  "Wallis and Futuna": "WF",
  "Saint Helena": "SH",
  Åland: "AX",
  "Aland Islands": "AX",
  Curaçao: "CW",
  Réunion: "RE",
};

// Codes ICU can name that are not current countries (withdrawn or reserved), so "Germany" is DE, not DD.
const NOT_COUNTRIES = new Set("AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH NT QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ".split(" "));

let byName: Map<string, string> | undefined;

function nameIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name) byName.set(name.toLowerCase(), code);
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) byName.set(name.toLowerCase(), code);
  return byName;
}

/**
 * ISO code for a code or an English country name; null when unknown. Qualifiers in brackets
 * ("Bermuda (British Overseas Territory)", "Ivory Coast (Cote dIvoire)") and "&" are tolerated.
 * Several names can give one code (St Helena, Ascension Island and Tristan da Cunha are all SH):
 * callers add such counts up. Names spanning several countries ("Channel Islands") stay unknown.
 */
export function countryCode(codeOrName: string | null | undefined): string | null {
  if (!codeOrName) return null;
  const value = codeOrName.trim();
  if (/^[A-Z]{2,3}$/.test(value)) return ALIASES[value] ?? value;
  const index = nameIndex();
  const plain = value.replace(/\s*&\s*/g, " and ");
  const bare = plain.replace(/\s*\([^)]*\)\s*$/, "");
  return index.get(value.toLowerCase()) ?? index.get(plain.toLowerCase()) ?? index.get(bare.toLowerCase()) ?? null;
}
