// Titles of the synthetic scale set (synthetic.ts): words drawn as in real text, a few common and
// most rare, so full-text search meets realistic match counts.
const COMMON_WORDS = (
  "library school bicycle park harbour railway tram bus ferry bridge tunnel forest lake river wetland meadow bees wolves " +
  "owls salmon reindeer climate energy solar wind nuclear heating housing rent tenants students pensions nurses doctors " +
  "dentists clinic hospital vaccine wellbeing sports swimming skating football festival museum theatre music choir " +
  "language sign braille literacy museum archive heritage church cemetery lighthouse island village suburb town market " +
  "fishing farming organic milk bread sugar alcohol tobacco gambling lottery taxes tariffs customs postal broadband radio " +
  "television privacy encryption elections voting referendum citizenship asylum borders landmines weapons peace veterans " +
  "police firefighters rescue ambulance roads speed parking noise lighting snow ice flood drought wildfire recycling " +
  "plastic packaging deposit water sewage drinking air pollution trees hedgehogs pets horses circus zoo hunting fishing " +
  "dogs cats daylight clocks holidays weekend sunday shops hours pubs cinema books newspapers broadcasting cycling walking " +
  "playground kindergarten daycare teachers exams homework uniforms meals lunches canteen allergies disability ramps lifts"
).split(" ");

// Words of titles follow a Zipf-Mandelbrot law (weight 1 / (rank + 10)) as in real text: a few
// are common (the first in about 10 % of initiatives), most are rare. The common ones are real
// words; the long tail is invented syllable words (e.g. "kalomi").
const SYLLABLES = "ka lo mi re su ta ne vo ri pa lu se ki mo na ju ho ve ti ra".split(" ");
const VOCABULARY = [
  ...COMMON_WORDS,
  ...Array.from({ length: 4000 }, (_, i) => {
    const s = (k: number) => SYLLABLES[Math.floor(i / SYLLABLES.length ** k) % SYLLABLES.length] as string;
    return s(0) + s(1) + s(2);
  }),
];
const ZIPF_CUMULATIVE = (() => {
  let sum = 0;
  return VOCABULARY.map((_, rank) => (sum += 1 / (rank + 10)));
})();

export function zipfWord(random: () => number): string {
  const target = random() * (ZIPF_CUMULATIVE[ZIPF_CUMULATIVE.length - 1] as number);
  let lo = 0;
  let hi = ZIPF_CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ZIPF_CUMULATIVE[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo] as string;
}
