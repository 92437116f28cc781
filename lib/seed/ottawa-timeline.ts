// The Ottawa Convention withdrawals of 2025–2026, one event per country and step, each with the
// source that states it. Copied from the project's sourced fact file (see lib/seed/SOURCES.md):
// only rows marked verified (V, or V* where the date follows from a stated weekday) are here; the
// uncertain ones (Latvia's signature day, Lithuania's signature, Poland's Senate vote and the day
// of Poland's presidential signature) are left out.
import type { TLocalized } from "@/lib/i18n/locales";

type Country = "EE" | "LV" | "LT" | "PL" | "FI" | "UA";
const NAMES: Record<Country, Required<TLocalized>> = {
  EE: { en: "Estonia", fi: "Viro", sv: "Estland" },
  LV: { en: "Latvia", fi: "Latvia", sv: "Lettland" },
  LT: { en: "Lithuania", fi: "Liettua", sv: "Litauen" },
  PL: { en: "Poland", fi: "Puola", sv: "Polen" },
  FI: { en: "Finland", fi: "Suomi", sv: "Finland" },
  UA: { en: "Ukraine", fi: "Ukraina", sv: "Ukraina" },
};
const PARLIAMENT: Partial<Record<Country, Required<TLocalized>>> = {
  EE: { en: "the Riigikogu", fi: "Riigikogu", sv: "Riigikogu" },
  LV: { en: "the Saeima", fi: "Saeima", sv: "Saeima" },
  LT: { en: "the Seimas", fi: "Seimas", sv: "Seimas" },
  PL: { en: "the Sejm", fi: "Sejm", sv: "Sejmen" },
  FI: { en: "Parliament", fi: "eduskunta", sv: "riksdagen" },
};

type Vote = { for: number; against: number; abstentions?: number };
const STEPS = {
  pmRecommends: () => ({
    en: "the Prime Minister tells the Sejm he will recommend leaving the convention",
    fi: "pääministeri kertoo sejmille suosittelevansa sopimuksesta eroamista",
    sv: "premiärministern säger i sejmen att han kommer att rekommendera utträde",
  }),
  jointStatement: () => ({
    en: "the defence ministers of Estonia, Latvia, Lithuania and Poland recommend withdrawing in a joint statement",
    fi: "Viron, Latvian, Liettuan ja Puolan puolustusministerit suosittelevat yhteisessä julkilausumassa eroamista",
    sv: "försvarsministrarna i Estland, Lettland, Litauen och Polen rekommenderar utträde i ett gemensamt uttalande",
  }),
  cabinetEndorses: () => ({
    en: "the cabinet endorses withdrawal and asks the Saeima to take it up",
    fi: "hallitus kannattaa eroamista ja pyytää saeimaa käsittelemään asian",
    sv: "regeringen ställer sig bakom utträde och ber saeiman att behandla frågan",
  }),
  governmentAnnounces: () => ({
    en: "the government announces it will prepare withdrawal",
    fi: "hallitus ilmoittaa valmistelevansa eroamista",
    sv: "regeringen meddelar att den förbereder utträde",
  }),
  chancellorOpinion: () => ({
    en: "the Deputy Chancellor of Justice asks for fuller reasoning in the draft bill",
    fi: "apulaisoikeuskansleri pyytää lakiluonnokseen perusteellisempia perusteluja",
    sv: "biträdande justitiekanslern efterlyser utförligare motivering i lagutkastet",
  }),
  firstReading: () => ({
    en: "the Riigikogu holds the first reading of the withdrawal bill (642 SE)",
    fi: "Riigikogu käsittelee eroamista koskevan lakiesityksen (642 SE) ensimmäisen kerran",
    sv: "Riigikogu håller första behandlingen av lagförslaget om utträde (642 SE)",
  }),
  billToParliament: () => ({
    en: "the government approves the withdrawal bill (HE 56/2025 vp) and sends it to Parliament",
    fi: "hallitus hyväksyy eroamista koskevan esityksen (HE 56/2025 vp) ja antaa sen eduskunnalle",
    sv: "regeringen godkänner propositionen om utträde (RP 56/2025 rd) och överlämnar den till riksdagen",
  }),
  referralDebate: () => ({
    en: "Parliament holds the referral debate on the bill",
    fi: "eduskunta käy esityksestä lähetekeskustelun",
    sv: "riksdagen håller remissdebatt om propositionen",
  }),
  committeeBacks: () => ({
    en: "Parliament's Defence Committee backs withdrawal",
    fi: "eduskunnan puolustusvaliokunta puoltaa eroamista",
    sv: "riksdagens försvarsutskott stöder utträde",
  }),
  parliamentVote: (c: Country, v: Vote) => {
    const p = PARLIAMENT[c] as Required<TLocalized>;
    const abst = v.abstentions === undefined;
    return {
      en: `${p.en} votes for withdrawal: ${v.for} for, ${v.against} against${abst ? "" : `, ${v.abstentions} abstentions`}`,
      fi: `${p.fi} hyväksyy eroamisen äänin ${v.for}–${v.against}${abst ? "" : `, ${v.abstentions} tyhjää`}`,
      sv: `${p.sv} röstar för utträde: ${v.for} för, ${v.against} emot${abst ? "" : `, ${v.abstentions} nedlagda röster`}`,
    };
  },
  presidentApproves: () => ({
    en: "the President approves the withdrawal",
    fi: "presidentti vahvistaa eroamisen",
    sv: "presidenten godkänner utträdet",
  }),
  presidentDenounces: () => ({
    en: "the President formally denounces the convention",
    fi: "presidentti irtisanoo sopimuksen virallisesti",
    sv: "presidenten säger formellt upp konventionen",
  }),
  notifiesUn: () => ({
    en: "notice of withdrawal is deposited with the UN Secretary-General",
    fi: "eroamisilmoitus talletetaan YK:n pääsihteerille",
    sv: "meddelandet om utträde deponeras hos FN:s generalsekreterare",
  }),
  takesEffect: () => ({
    en: "the withdrawal takes effect, six months after the notice",
    fi: "eroaminen tulee voimaan kuusi kuukautta ilmoituksesta",
    sv: "utträdet träder i kraft sex månader efter meddelandet",
  }),
  uaDecree: () => ({
    en: "a presidential decree puts the security council's decision to withdraw into force (Parliament must still act)",
    fi: "presidentin asetus panee täytäntöön turvallisuusneuvoston päätöksen erota (eduskunnan on vielä päätettävä)",
    sv: "ett presidentdekret sätter säkerhetsrådets beslut om utträde i kraft (parlamentet måste ännu besluta)",
  }),
  uaSuspends: () => ({
    en: "the Verkhovna Rada suspends the convention for Ukraine (299 votes), signed the same day; a suspension, not a completed withdrawal",
    fi: "Verhovna Rada keskeyttää sopimuksen soveltamisen Ukrainassa (299 ääntä), vahvistettu samana päivänä; keskeytys, ei toteutunut eroaminen",
    sv: "Verchovna Rada upphäver konventionen för Ukraina tills vidare (299 röster), undertecknat samma dag; ett upphävande, inte ett fullbordat utträde",
  }),
} as const;

type Row = { date: string; country: Country; step: keyof typeof STEPS; vote?: Vote; source: string };

const SEJM_ACT =
  "https://www.infor.pl/akt-prawny/DZU.2025.308.0001514,oswiadczenie-rzadowe-o-utracie-mocy-obowiazujacej-w-stosunku-do-rzeczypospolitej-polskiej-konwencji-o-zakazie-uzycia-skladowania-produkcji-i-przekazywania-min-przeciwpiechotnych-oraz-o-ich-zniszczeniu.html";
const SEIMAS = "https://www.lrs.lt/sip/portal.show?p_k=2&p_r=35403&p_t=291709";
const BALTIC_NOTICE =
  "https://translation1.mil-osi.com/2025/12/28/%d0%bb%d0%b0%d1%82%d0%b2%d0%b8%d1%8f-%d1%8d%d1%81%d1%82%d0%be%d0%bd%d0%b8%d1%8f-%d0%b8-%d0%bb%d0%b8%d1%82%d0%b2%d0%b0-%d0%be%d1%84%d0%b8%d1%86%d0%b8%d0%b0%d0%bb%d1%8c%d0%bd%d0%be-%d0%b2%d1%8b%d1%88";
const MAG = "https://www.maginternational.org/whats-happening/mag-statement-official-withdrawal-ottawa-treaty";
const ERR_KARIS = "https://www.err.ee/1609721382/president-karis-kiitis-heaks-ettepaneku-lahkuda-ottawa-konventsioonist";
const FI_IN_FORCE = "https://www.verkkouutiset.fi/a/suomi-on-nyt-vapaa-ottawan-sopimuksesta-paatos-oli-oikea-ja-valttamaton/";

const ROWS: Row[] = [
  {
    date: "2025-03-07",
    country: "PL",
    step: "pmRecommends",
    source:
      "https://businessinsider.com.pl/wiadomosci/premier-zapowiada-wazny-ruch-polski-chodzi-o-dwie-konwencje-dot-uzycia-broni/5myk25b",
  },
  ...(["EE", "LV", "LT", "PL"] as const).map((country) => ({
    date: "2025-03-18",
    country,
    step: "jointStatement" as const,
    source: SEIMAS,
  })),
  { date: "2025-03-25", country: "LV", step: "cabinetEndorses", source: "https://tass.com/world/1944473/amp" },
  { date: "2025-04-01", country: "FI", step: "governmentAnnounces", source: "https://valtioneuvosto.fi/suomi-ja-ottawan-sopimus" },
  {
    date: "2025-04-16",
    country: "LV",
    step: "parliamentVote",
    vote: { for: 66, against: 14, abstentions: 2 },
    source: "https://piv.prservice.lv/eng/home/important/29D65D53-6EC6-40CD-88E8-469D75DA39AD",
  },
  { date: "2025-05-08", country: "LT", step: "parliamentVote", vote: { for: 107, against: 0, abstentions: 3 }, source: SEIMAS },
  {
    date: "2025-05-15",
    country: "FI",
    step: "chancellorOpinion",
    source: "https://finlex.fi/en/authorities/chancellor-of-justice/2025/11092",
  },
  { date: "2025-05-21", country: "EE", step: "firstReading", source: "https://riigitode.ee/agenda/447/?lang=en" },
  { date: "2025-05-28", country: "FI", step: "billToParliament", source: "https://finlex.fi/fi/hallituksen-esitykset/2025/56" },
  {
    date: "2025-06-03",
    country: "FI",
    step: "referralDebate",
    source: "https://ipb.org/finland-considers-withdrawal-from-the-ottawa-treaty",
  },
  {
    date: "2025-06-04",
    country: "EE",
    step: "parliamentVote",
    vote: { for: 81, against: 1, abstentions: 7 },
    source: "https://news.err.ee/1609713534/estonia-votes-to-leave-ottawa-anti-personnel-landmine-ban-convention",
  },
  {
    date: "2025-06-12",
    country: "FI",
    step: "committeeBacks",
    source: "https://www.verkkouutiset.fi/a/valiokunta-miinat-osaksi-suomen-puolustusta-vasemmistoliitolta-vastalause/",
  },
  { date: "2025-06-13", country: "EE", step: "presidentApproves", source: ERR_KARIS },
  {
    date: "2025-06-19",
    country: "FI",
    step: "parliamentVote",
    vote: { for: 157, against: 18 },
    source: "https://demokraatti.fi/suomen-irtisanoutuminen-ottawan-jalkavakimiinasopimuksesta-tulee-voimaan-tanaan",
  },
  { date: "2025-06-25", country: "PL", step: "parliamentVote", vote: { for: 413, against: 15, abstentions: 3 }, source: SEJM_ACT },
  ...(["LT", "LV", "EE"] as const).map((country) => ({ date: "2025-06-27", country, step: "notifiesUn" as const, source: BALTIC_NOTICE })),
  {
    date: "2025-06-29",
    country: "UA",
    step: "uaDecree",
    source: "https://komersant.ua/en/ukaz-ukraina-nevidkladno-vidmovytsia-vid-zaborony-protypikhotnykh-min",
  },
  {
    date: "2025-07-04",
    country: "FI",
    step: "presidentApproves",
    source: "https://siltanews.com/finnish-president-signs-off-on-anti-mine-treaty-withdrawal",
  },
  { date: "2025-07-10", country: "FI", step: "notifiesUn", source: FI_IN_FORCE },
  {
    date: "2025-07-15",
    country: "UA",
    step: "uaSuspends",
    source:
      "https://news.liga.net/en/politics/news/lifting-the-ban-on-anti-personnel-mines-rada-supports-withdrawal-from-the-ottawa-convention",
  },
  { date: "2025-08-05", country: "PL", step: "presidentDenounces", source: SEJM_ACT },
  { date: "2025-08-20", country: "PL", step: "notifiesUn", source: SEJM_ACT },
  ...(["LT", "LV", "EE"] as const).map((country) => ({ date: "2025-12-27", country, step: "takesEffect" as const, source: MAG })),
  { date: "2026-01-10", country: "FI", step: "takesEffect", source: FI_IN_FORCE },
  {
    date: "2026-02-20",
    country: "PL",
    step: "takesEffect",
    source: "https://www.polsatnews.pl/wiadomosc/2026-02-20/polska-wycofuje-sie-z-konwencji-znikna-militarne-ograniczenia/",
  },
];

export type OttawaEvent = {
  occurredAt: string;
  countryCode: Country;
  jurisdictionCode?: string;
  title: Required<TLocalized>;
  sourceUrl: string;
};

/** The timeline, oldest first: "Latvia: the Saeima votes…", in each language. */
export function ottawaTimeline(): OttawaEvent[] {
  return ROWS.map((r) => {
    const step = STEPS[r.step](r.country, r.vote as Vote) as Required<TLocalized>;
    const name = NAMES[r.country];
    return {
      // Noon UTC: the same calendar day in every time zone the countries are in.
      occurredAt: `${r.date}T12:00:00Z`,
      countryCode: r.country,
      ...(r.country === "FI" ? { jurisdictionCode: "fi" } : {}),
      title: { en: `${name.en}: ${step.en}`, fi: `${name.fi}: ${step.fi}`, sv: `${name.sv}: ${step.sv}` },
      sourceUrl: r.source,
    };
  });
}
