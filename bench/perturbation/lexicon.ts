/**
 * The hand-written word lists the perturbation suite builds its cases from. Small on purpose: a rule
 * only fires on words listed here, so every rewrite and every perturbation can be read and checked by a
 * person. Nothing here comes from, or is tuned to, the judge.
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

export const MONTHS = words('January February March April May June July August September October November December');
export const WEEKDAYS = words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');

/** Number words a rewrite may write as digits ("three" → "3"). "one" is left out: "one of the" is no figure. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Words that make a sentence negated or negative already: such sentences get no negation or antonym case. */
export const NEGATIONS = new Set(
  words("not no never neither nor none nothing nobody nowhere without cannot can't won't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't couldn't wouldn't shouldn't hardly barely scarcely fail fails failed failing refuse refused refuses deny denied denies lack lacked lacks unable"),
);

// ---------------------------------------------------------------------------------------------- verbs

/** Irregular verbs: base, past, past participle. Forms that are also the base ("cut", "set", "put") are left out. */
const IRREGULAR: ReadonlyArray<readonly [string, string, string]> = [
  ['rise', 'rose', 'risen'], ['fall', 'fell', 'fallen'], ['say', 'said', 'said'], ['tell', 'told', 'told'],
  ['take', 'took', 'taken'], ['make', 'made', 'made'], ['give', 'gave', 'given'], ['win', 'won', 'won'],
  ['lose', 'lost', 'lost'], ['sell', 'sold', 'sold'], ['buy', 'bought', 'bought'], ['pay', 'paid', 'paid'],
  ['hold', 'held', 'held'], ['meet', 'met', 'met'], ['leave', 'left', 'left'], ['become', 'became', 'become'],
  ['begin', 'began', 'begun'], ['come', 'came', 'come'], ['go', 'went', 'gone'], ['grow', 'grew', 'grown'],
  ['see', 'saw', 'seen'], ['bring', 'brought', 'brought'], ['think', 'thought', 'thought'], ['find', 'found', 'found'],
  ['keep', 'kept', 'kept'], ['lead', 'led', 'led'], ['spend', 'spent', 'spent'], ['strike', 'struck', 'struck'],
  ['write', 'wrote', 'written'], ['choose', 'chose', 'chosen'], ['drive', 'drove', 'driven'], ['fight', 'fought', 'fought'],
  ['know', 'knew', 'known'], ['break', 'broke', 'broken'], ['speak', 'spoke', 'spoken'], ['stand', 'stood', 'stood'],
  ['send', 'sent', 'sent'], ['build', 'built', 'built'], ['lend', 'lent', 'lent'], ['draw', 'drew', 'drawn'],
  ['throw', 'threw', 'thrown'], ['seek', 'sought', 'sought'], ['teach', 'taught', 'taught'], ['catch', 'caught', 'caught'],
  ['feel', 'felt', 'felt'], ['hear', 'heard', 'heard'], ['mean', 'meant', 'meant'], ['sing', 'sang', 'sung'],
  ['sink', 'sank', 'sunk'], ['shake', 'shook', 'shaken'], ['freeze', 'froze', 'frozen'], ['steal', 'stole', 'stolen'],
  ['fly', 'flew', 'flown'], ['undertake', 'undertook', 'undertaken'], ['withdraw', 'withdrew', 'withdrawn'],
  ['understand', 'understood', 'understood'], ['overtake', 'overtook', 'overtaken'], ['forecast', 'forecast', 'forecast'],
];

/** Regular verbs common in news text, by base form. */
const REGULAR = words(`
  approve agree announce report increase decrease raise decline post sign accept reject complete acquire file
  name receive order attack destroy close open expect plan want need call ask add start end finish launch offer
  propose introduce pass lift impose block hire fire suspend dismiss elect appoint defeat score claim warn urge
  support oppose criticise criticize praise welcome confirm estimate predict suggest insist believe consider
  decide vote own control export import produce provide include involve reach return remain continue manage
  help allow ban join form create develop design move change improve reduce boost drop slip climb jump soar
  plunge tumble gain ease edge surge rally advance retreat recover double triple halve merge purchase invest
  borrow owe earn record register cite blame accuse charge arrest sentence convict release kill injure wound
  damage resign retire replace promote describe explain state admit reveal disclose indicate publish issue list
  delay postpone cancel extend renew expand operate serve treat test use visit arrive travel work play train
  qualify sack stop approve award grant adopt endorse veto seize capture question rule apply sign tie
`);

/** Verbs that double their last consonant ("planned"). */
const DOUBLING = new Set(words('plan drop slip stop ban admit control commit transfer refer prefer occur regret submit permit omit plot step ship grab top scrap trim rob'));
/** Verbs ending in -l that British and American spelling inflect differently ("cancelled" / "canceled"). */
const L_FINAL = new Set(words('cancel travel label signal fuel total model level equal'));

function regularPastForms(base: string): string[] {
  if (DOUBLING.has(base)) return [base + base[base.length - 1] + 'ed'];
  if (L_FINAL.has(base)) return [base + 'led', base + 'ed'];
  if (base.endsWith('e')) return [base + 'd'];
  if (/[^aeiou]y$/.test(base)) return [base.slice(0, -1) + 'ied'];
  return [base + 'ed'];
}

export function thirdPerson(base: string): string {
  if (base === 'have') return 'has';
  if (base === 'go' || base === 'do') return base + 'es';
  if (/(?:s|x|z|ch|sh)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

/** Past tense → base ("rose" → "rise", "approved" → "approve"). */
export const PAST_TO_BASE = new Map<string, string>();
/** Past participles ("risen", "approved"), for "has risen" → "has not risen". */
export const PARTICIPLES = new Set<string>(['been']);
/** Third person singular → base ("owns" → "own"). */
export const PRESENT_TO_BASE = new Map<string, string>();
/** Past tense → past participle, for the passive ("bought" → "bought"). */
export const PAST_TO_PARTICIPLE = new Map<string, string>();

for (const [base, past, participle] of IRREGULAR) {
  PAST_TO_BASE.set(past, base);
  PARTICIPLES.add(participle);
  PAST_TO_PARTICIPLE.set(past, participle);
  if (base !== 'forecast') PRESENT_TO_BASE.set(thirdPerson(base), base);
}
for (const base of REGULAR) {
  for (const past of regularPastForms(base)) {
    PAST_TO_BASE.set(past, base);
    PARTICIPLES.add(past);
    PAST_TO_PARTICIPLE.set(past, past);
  }
  PRESENT_TO_BASE.set(thirdPerson(base), base);
}

/** Reporting verbs: negated only when a sentence has no other predicate to negate. */
export const REPORTING = new Set(words('say tell state add announce report claim'));

/** Transitive verbs whose simple "NAME VERBed the NOUN" sentences can be put in the passive, by past form. */
export const PASSIVE_VERBS = new Set(
  words(`acquired approved rejected accepted announced signed completed launched proposed introduced ordered named
  appointed elected hired dismissed suspended raised lifted imposed blocked cancelled canceled postponed delayed
  destroyed attacked sold bought won built defeated sacked released published issued filed extended renewed vetoed
  passed adopted endorsed criticised criticized praised awarded granted seized captured reported posted recorded made
  received offered opened closed scored reached struck unveiled produced sent held delivered confirmed`),
);

// ------------------------------------------------------------------------------------ synonyms and antonyms

/**
 * One word replacement: `from` (lower case, matched as a whole word) becomes `to` when the conditions on
 * the neighbouring words hold. `prev`/`next` list allowed neighbours ("#" stands for a figure); `notPrev`/
 * `notNext` forbidden ones.
 */
export interface WordSwap {
  readonly from: string;
  readonly to: string;
  readonly prev?: readonly string[];
  readonly next?: readonly string[];
  readonly notPrev?: readonly string[];
  readonly notNext?: readonly string[];
}

const DETERMINERS = words('a an the its their his her this that these those our my your each every any some');
const MODALS = words('to will would could should may might must shall can');
const FIGURE = '#';

/** True synonyms in the contexts given: the sentence means the same after the swap. */
export const SYNONYMS: readonly WordSwap[] = [
  { from: 'rose', to: 'increased', notPrev: DETERMINERS },
  { from: 'rise', to: 'increase', notPrev: words('give gave given giving gives') },
  { from: 'rises', to: 'increases', notPrev: words('gives') },
  { from: 'increased', to: 'rose', next: [FIGURE, 'by', 'to', 'from', 'sharply', 'slightly', 'steadily'] },
  { from: 'increase', to: 'rise', prev: words('a an the sharp further small big large annual its slight') },
  { from: 'fell', to: 'dropped', next: [FIGURE, 'to', 'by', 'from', 'sharply', 'slightly', 'steadily'] },
  { from: 'bought', to: 'purchased' },
  { from: 'purchased', to: 'bought' },
  { from: 'buy', to: 'purchase', prev: MODALS },
  { from: 'purchase', to: 'buy', prev: MODALS },
  { from: 'about', to: 'roughly', next: [FIGURE] },
  { from: 'around', to: 'about', next: [FIGURE] },
  { from: 'approximately', to: 'about', next: [FIGURE] },
  { from: 'roughly', to: 'about', next: [FIGURE] },
  { from: 'some', to: 'about', next: [FIGURE] },
  { from: 'company', to: 'firm', notPrev: words('in keep kept keeping good whose'), notNext: words('of') },
  { from: 'companies', to: 'firms', notPrev: words('in'), notNext: words('of') },
  { from: 'shareholders', to: 'stockholders' },
  { from: 'stockholders', to: 'shareholders' },
  { from: 'nearly', to: 'almost' },
  { from: 'almost', to: 'nearly' },
  { from: 'began', to: 'started' },
  { from: 'begin', to: 'start', prev: MODALS },
  { from: 'largest', to: 'biggest' },
  { from: 'biggest', to: 'largest' },
  { from: 'film', to: 'movie', notNext: words('industry studio studios festival star stars maker makers director') },
  { from: 'films', to: 'movies' },
  { from: 'movie', to: 'film' },
  { from: 'movies', to: 'films' },
  { from: 'accord', to: 'agreement', prev: [...DETERMINERS, ...words('trade new peace interim')] },
  { from: 'talks', to: 'negotiations', prev: [...DETERMINERS, ...words('trade peace further new bilateral of in for during after at more direct')] },
  { from: 'rapidly', to: 'quickly' },
  { from: 'quickly', to: 'rapidly' },
];

/** Opposites in the contexts given: the sentence says the reverse of what it said. */
export const ANTONYMS: readonly WordSwap[] = [
  { from: 'rose', to: 'fell', notPrev: DETERMINERS },
  { from: 'fell', to: 'rose', notNext: words('ill short victim into apart through foul asleep silent') },
  { from: 'rise', to: 'fall', notPrev: words('give gave given giving gives') },
  { from: 'rises', to: 'falls', notPrev: words('gives') },
  { from: 'risen', to: 'fallen' },
  { from: 'fallen', to: 'risen' },
  { from: 'fall', to: 'rise', notPrev: words('this last next early late autumn') },
  { from: 'rising', to: 'falling' },
  { from: 'falling', to: 'rising' },
  { from: 'increased', to: 'decreased' },
  { from: 'decreased', to: 'increased' },
  { from: 'increase', to: 'decrease' },
  { from: 'decrease', to: 'increase' },
  { from: 'increases', to: 'decreases' },
  { from: 'increasing', to: 'decreasing' },
  { from: 'approved', to: 'rejected' },
  { from: 'approve', to: 'reject' },
  { from: 'approval', to: 'rejection' },
  { from: 'rejected', to: 'accepted' },
  { from: 'accepted', to: 'rejected' },
  { from: 'won', to: 'lost' },
  { from: 'win', to: 'lose', prev: MODALS },
  { from: 'lost', to: 'gained', next: [FIGURE] },
  { from: 'lost', to: 'won', notNext: [FIGURE, 'to', 'out', 'its', 'his', 'her', 'their'] },
  { from: 'gained', to: 'lost' },
  { from: 'opened', to: 'closed', next: [FIGURE, 'higher', 'lower', 'up', 'down', 'at', 'unchanged', 'firmer', 'weaker'] },
  { from: 'closed', to: 'opened', next: [FIGURE, 'higher', 'lower', 'up', 'down', 'at', 'unchanged', 'firmer', 'weaker'] },
  // Only with an object: "cars sold overseas" are also cars bought overseas.
  { from: 'bought', to: 'sold', next: [...DETERMINERS, FIGURE] },
  { from: 'sold', to: 'bought', next: [...DETERMINERS, FIGURE] },
  { from: 'buy', to: 'sell', prev: MODALS },
  { from: 'sell', to: 'buy', prev: MODALS, notNext: words('off out') },
  { from: 'buying', to: 'selling' },
  { from: 'selling', to: 'buying', notNext: words('off out') },
  { from: 'raised', to: 'cut', next: DETERMINERS },
  { from: 'raise', to: 'cut', prev: MODALS, next: DETERMINERS },
  { from: 'higher', to: 'lower' },
  { from: 'lower', to: 'higher', notPrev: MODALS },
  { from: 'agreed', to: 'refused', next: ['to'] },
  { from: 'profit', to: 'loss', prev: words('net operating pretax pre-tax a an annual quarterly record taxable') },
  { from: 'profits', to: 'losses', prev: words('net operating pretax pre-tax annual quarterly record') },
  { from: 'loss', to: 'profit', prev: words('net operating pretax pre-tax a an annual quarterly record') },
  { from: 'losses', to: 'profits', prev: words('net operating pretax pre-tax annual quarterly record') },
  { from: 'surplus', to: 'deficit' },
  { from: 'deficit', to: 'surplus' },
  { from: 'strong', to: 'weak' },
  { from: 'weak', to: 'strong' },
  { from: 'stronger', to: 'weaker' },
  { from: 'weaker', to: 'stronger' },
  { from: 'strengthened', to: 'weakened' },
  { from: 'weakened', to: 'strengthened' },
  { from: 'above', to: 'below', notNext: words('all') },
  { from: 'below', to: 'above' },
  { from: 'highest', to: 'lowest' },
  { from: 'lowest', to: 'highest' },
  { from: 'largest', to: 'smallest' },
  { from: 'biggest', to: 'smallest' },
  { from: 'more', to: 'less', next: ['than'] },
  { from: 'less', to: 'more', next: ['than'] },
  { from: 'fewer', to: 'more', next: ['than'] },
  { from: 'upgraded', to: 'downgraded' },
  { from: 'downgraded', to: 'upgraded' },
  { from: 'improved', to: 'worsened' },
  { from: 'worsened', to: 'improved' },
  { from: 'supported', to: 'opposed', notPrev: words('as') },
  { from: 'opposed', to: 'supported', notPrev: words('as') },
  { from: 'victory', to: 'defeat' },
  { from: 'defeat', to: 'victory', notPrev: MODALS },
  { from: 'up', to: 'down', next: [FIGURE] },
  { from: 'down', to: 'up', next: [FIGURE] },
  { from: 'gain', to: 'loss', prev: words('a net') },
  { from: 'successful', to: 'unsuccessful' },
  { from: 'positive', to: 'negative' },
  { from: 'negative', to: 'positive' },
  { from: 'legal', to: 'illegal' },
  { from: 'illegal', to: 'legal' },
  { from: 'profitable', to: 'unprofitable' },
  { from: 'maximum', to: 'minimum' },
  { from: 'minimum', to: 'maximum' },
];

// ------------------------------------------------------------------------------------------ names

/** Words that start a sentence or a quote with a capital but are no names. */
export const CAPITALISED_FUNCTION_WORDS = new Set(
  words(`a an the it its in on at by for from to of as if but and or so yet this that these those there then he she we they
  i you his her their our my after before when while since during however meanwhile also last next earlier later
  with without under over about according although though because despite both each every all some many most other
  such what which who where why how here no not one two three four five six seven eight nine ten first second third
  new mr mrs ms dr sir lord lady former ex veteran then`),
);

/** Words that, before a name, say it is a person's; capitalised inside a name run ("Treasury Secretary James Baker"). */
export const PERSON_TITLES = new Set(
  words(`mr mrs ms miss dr sir lord lady president minister secretary chancellor chairman chairwoman governor senator sen
  rep king queen prince princess pope general gen colonel col judge justice premier spokesman spokeswoman coach manager
  striker midfielder defender goalkeeper captain director singer actor actress star player boss champion leader
  chief executive officer vice deputy ambassador envoy commissioner mayor sheikh economist analyst`),
);

/** Last words of organisations' names. */
export const ORG_SUFFIXES = new Set(
  words(`corp corporation co company inc incorporated ltd plc group bank ministry party commission council committee
  association board exchange union agency department federation fund institute university club fc rovers airlines
  airways motors industries petroleum oil holdings securities reserve office organisation organization court congress
  parliament senate league times post journal trust partners associates systems international cos bancorp
  financial electric energy steel chemical chemicals mining resources enterprises foods communications`),
);

/** Name words too generic to tell one name from another ("Bank", "Group"): not used to test a name's absence. */
export const GENERIC_NAME_WORDS = new Set(
  words(`the of and de la le du von van der corp corporation co company inc ltd plc group bank ministry party commission
  council committee association board exchange union agency department federation fund institute university club fc
  international national federal general american british united new holdings securities industries trust partners`),
);

/**
 * Places and the words that stand for them: a country, its people, its capital, its short forms. A name
 * is never swapped in where another member of one of its groups appears ("United States" where the
 * article says "U.S.", "Moscow" where it says "Soviet").
 */
export const PLACE_GROUPS: ReadonlyArray<readonly string[]> = [
  ['United States', 'U.S.', 'US', 'USA', 'America', 'American', 'Americans', 'Washington'],
  ['Britain', 'British', 'U.K.', 'UK', 'United Kingdom', 'England', 'English', 'London', 'Briton', 'Britons'],
  ['Japan', 'Japanese', 'Tokyo'],
  ['France', 'French', 'Paris'],
  ['West Germany', 'East Germany', 'Germany', 'German', 'Germans', 'West German', 'East German', 'Bonn', 'Berlin', 'Frankfurt'],
  ['Soviet Union', 'USSR', 'Soviet', 'Soviets', 'Moscow', 'Russia', 'Russian', 'Russians'],
  ['China', 'Chinese', 'Beijing', 'Peking'],
  ['Canada', 'Canadian', 'Ottawa', 'Toronto', 'Montreal'],
  ['Brazil', 'Brazilian', 'Brasilia', 'Rio de Janeiro', 'Sao Paulo'],
  ['Mexico', 'Mexican', 'Mexico City'],
  ['Italy', 'Italian', 'Rome', 'Milan'],
  ['Spain', 'Spanish', 'Madrid', 'Barcelona'],
  ['Netherlands', 'Dutch', 'Holland', 'Amsterdam', 'The Hague', 'Rotterdam'],
  ['Belgium', 'Belgian', 'Brussels'],
  ['Switzerland', 'Swiss', 'Zurich', 'Geneva', 'Bern'],
  ['Sweden', 'Swedish', 'Stockholm'],
  ['Norway', 'Norwegian', 'Oslo'],
  ['Denmark', 'Danish', 'Copenhagen'],
  ['Finland', 'Finnish', 'Helsinki'],
  ['Austria', 'Austrian', 'Vienna'],
  ['Australia', 'Australian', 'Australians', 'Canberra', 'Sydney', 'Melbourne'],
  ['New Zealand', 'Wellington'],
  ['India', 'Indian', 'New Delhi', 'Delhi', 'Bombay', 'Mumbai'],
  ['Pakistan', 'Pakistani', 'Islamabad'],
  ['Iran', 'Iranian', 'Tehran'],
  ['Iraq', 'Iraqi', 'Baghdad'],
  ['Saudi Arabia', 'Saudi', 'Riyadh'],
  ['Kuwait', 'Kuwaiti'],
  ['Israel', 'Israeli', 'Jerusalem', 'Tel Aviv'],
  ['Egypt', 'Egyptian', 'Cairo'],
  ['South Africa', 'South African', 'Johannesburg', 'Pretoria', 'Cape Town'],
  ['Nigeria', 'Nigerian', 'Lagos'],
  ['Indonesia', 'Indonesian', 'Jakarta'],
  ['Malaysia', 'Malaysian', 'Kuala Lumpur'],
  ['Philippines', 'Philippine', 'Filipino', 'Manila'],
  ['South Korea', 'North Korea', 'Korea', 'Korean', 'South Korean', 'North Korean', 'Seoul'],
  ['Taiwan', 'Taiwanese', 'Taipei'],
  ['Hong Kong'],
  ['Singapore', 'Singaporean'],
  ['Thailand', 'Thai', 'Bangkok'],
  ['Argentina', 'Argentine', 'Argentinian', 'Buenos Aires'],
  ['Chile', 'Chilean', 'Santiago'],
  ['Venezuela', 'Venezuelan', 'Caracas'],
  ['Colombia', 'Colombian', 'Bogota'],
  ['Peru', 'Peruvian', 'Lima'],
  ['Ecuador', 'Ecuadorean', 'Ecuadorian', 'Quito'],
  ['Turkey', 'Turkish', 'Ankara', 'Istanbul'],
  ['Greece', 'Greek', 'Athens'],
  ['Portugal', 'Portuguese', 'Lisbon'],
  ['Ireland', 'Irish', 'Dublin'],
  ['Scotland', 'Scottish', 'Scots', 'Edinburgh', 'Glasgow'],
  ['Wales', 'Welsh', 'Cardiff'],
  ['Poland', 'Polish', 'Warsaw'],
  ['Hungary', 'Hungarian', 'Budapest'],
  ['Czechoslovakia', 'Czech', 'Prague'],
  ['Yugoslavia', 'Yugoslav', 'Belgrade'],
  ['Romania', 'Romanian', 'Bucharest'],
  ['Bulgaria', 'Bulgarian', 'Sofia'],
  ['Cuba', 'Cuban', 'Havana'],
  ['Nicaragua', 'Nicaraguan', 'Managua'],
  ['Zambia', 'Zambian', 'Lusaka'],
  ['Zimbabwe', 'Zimbabwean', 'Harare'],
  ['Kenya', 'Kenyan', 'Nairobi'],
  ['Algeria', 'Algerian', 'Algiers'],
  ['Libya', 'Libyan', 'Tripoli'],
  ['Morocco', 'Moroccan', 'Rabat'],
  ['Ukraine', 'Ukrainian', 'Kiev'],
  ['Afghanistan', 'Afghan', 'Kabul'],
  ['Syria', 'Syrian', 'Damascus'],
  ['Lebanon', 'Lebanese', 'Beirut'],
  ['Jordan', 'Jordanian', 'Amman'],
  ['Qatar', 'Qatari'],
  ['Bahrain', 'Bahraini'],
  ['United Arab Emirates', 'UAE', 'Abu Dhabi', 'Dubai'],
  ['Oman', 'Omani'],
  ['New York', 'Wall Street', 'Manhattan'],
  ['Chicago'],
  ['Los Angeles', 'Hollywood'],
  ['Texas', 'Houston', 'Dallas'],
  ['California', 'San Francisco'],
  ['Europe', 'European', 'Europeans', 'EC', 'European Community', 'EU', 'European Union', 'Brussels'],
  ['Gulf', 'Persian Gulf'],
  ['Africa', 'African'],
  ['Asia', 'Asian'],
];

/** Members of PLACE_GROUPS that name people or things of a place rather than the place. */
export const DEMONYMS = new Set(
  words(`American Americans British Briton Britons English Japanese French German Germans Soviet Soviets Russian Russians
  Chinese Canadian Brazilian Mexican Italian Spanish Dutch Belgian Swiss Swedish Norwegian Danish Finnish Austrian
  Australian Australians Indian Pakistani Iranian Iraqi Saudi Kuwaiti Israeli Egyptian Nigerian Indonesian Malaysian
  Philippine Filipino Korean Taiwanese Singaporean Thai Argentine Argentinian Chilean Venezuelan Colombian Peruvian
  Ecuadorean Ecuadorian Turkish Greek Portuguese Irish Scottish Scots Welsh Polish Hungarian Czech Yugoslav Romanian
  Bulgarian Cuban Nicaraguan Zambian Zimbabwean Kenyan Algerian Libyan Moroccan Ukrainian Afghan Syrian Lebanese
  Jordanian Qatari Bahraini Omani European Europeans African Asian`).concat(
    ['West German', 'East German', 'South African', 'South Korean', 'North Korean'],
  ),
);

// ------------------------------------------------------------------------------------------ time

/** Words that make a phrase temporal ("in the first quarter", "last week"). */
export const TIME_WORDS = new Set(
  words(`week weeks month months year years quarter quarters day days morning afternoon evening night weekend season
  half period decade century today yesterday tomorrow tonight`).concat(MONTHS.map((m) => m.toLowerCase()), WEEKDAYS.map((d) => d.toLowerCase())),
);
