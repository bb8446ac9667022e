/**
 * Small word lists the claim reader needs, written for this project: irregular verb forms (so
 * "rose" meets "rise"), opposites, words that make a sentence an opinion rather than a fact, and
 * the vague amounts ("hundreds") that still make a sentence checkable. English only.
 */
import { lazy } from '../lazy';
import { stem, tokenize, type Token } from '../text/tokenize';
import { vectorRow } from './similarity';

/**
 * Irregular past tenses and participles → base form. Forms that are also common words with another
 * meaning ("left", "found", "saw", "lay", "won", the Korean currency) are left out: a wrong match costs
 * more than a missed one.
 */
const IRREGULAR = `
arise arose arisen|be was were been|bear bore borne|beat beat beaten|become became|begin began begun|bend bent|
bet bet|bid bid|bind bound|bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred|
bring brought|build built|burn burnt|burst burst|buy bought|catch caught|choose chose chosen|cling clung|come came|
cost cost|creep crept|cut cut|deal dealt|dig dug|do did done|draw drew drawn|drink drank drunk|drive drove driven|
eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fly flew flown|forbid forbade forbidden|
forecast forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|
get got gotten|give gave given|go went gone|grind ground|grow grew grown|hang hung|have had|hear heard|hide hid hidden|
hit hit|hold held|hurt hurt|keep kept|kneel knelt|know knew known|lead led|lend lent|let let|light lit|lose lost|
make made|mean meant|meet met|mislead misled|overcome overcame|overtake overtook overtaken|oversee oversaw overseen|
pay paid|prove proven|quit quit|read read|ride rode ridden|ring rang rung|rise rose risen|run ran|say said|see seen|
seek sought|sell sold|send sent|set set|shake shook shaken|shed shed|shine shone|shoot shot|show shown|shrink shrank shrunk|
shut shut|sing sang sung|sink sank sunk|sit sat|slay slew slain|sleep slept|slide slid|speak spoke spoken|speed sped|
spend spent|spin spun|split split|spread spread|spring sprang sprung|stand stood|steal stole stolen|stick stuck|
sting stung|strike struck stricken|strive strove striven|swear swore sworn|sweep swept|swim swam swum|swing swung|
take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown|tread trod trodden|
undergo underwent undergone|understand understood|undertake undertook undertaken|upset upset|uphold upheld|
wake woke woken|wear wore worn|weave wove woven|weep wept|win won|withdraw withdrew withdrawn|withhold withheld|
write wrote written|forsee foresaw|rebuild rebuilt|resell resold|retake retook retaken|rewrite rewrote rewritten|
outsell outsold|outgrow outgrew outgrown|overthrow overthrew overthrown|override overrode overridden|
`;

/** Irregular forms whose other meaning is too common to read them as the verb. */
const AMBIGUOUS_FORMS = new Set(['won', 'bit', 'ground', 'bound', 'lit', 'light', 'read', 'set', 'cut', 'hit', 'let', 'cost', 'put', 'bet', 'bid', 'quit', 'shed', 'split', 'spread', 'upset', 'forecast', 'hurt', 'shut', 'beat', 'fell', 'lay', 'left', 'found', 'saw', 'felt', 'lead', 'dealt', 'rose']);

/** Past forms "rose", "fell" and "found": the claim reader meets them as verbs far more often than as a flower, a hillside or a founding. */
const VERB_DESPITE_AMBIGUITY = new Set(['rose', 'fell', 'won', 'found']);

const baseOf = new Map<string, string>();
const participles = new Set<string>();
for (const group of IRREGULAR.split('|')) {
  const [base, ...forms] = group.trim().split(/\s+/);
  if (!base) continue;
  for (const f of forms) {
    if (AMBIGUOUS_FORMS.has(f) && !VERB_DESPITE_AMBIGUITY.has(f)) continue;
    if (!baseOf.has(f)) baseOf.set(f, base);
  }
  if (forms.length) participles.add(forms[forms.length - 1]);
}

/**
 * Tokens as the claim reader sees them: the index's stop words, except words that carry a claim's
 * meaning although the index drops them ("won", which the stop list has for "won't").
 */
export function claimTokens(text: string): Token[] {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) if (tokens[i].stop && KEPT.has(tokens[i].raw.toLowerCase())) tokens[i] = { ...tokens[i], stop: false };
  return tokens;
}
const KEPT = new Set(['won']);

/** The base form of an irregular verb form ("rose" → "rise"), or undefined. */
export function irregularBase(lower: string): string | undefined {
  return baseOf.get(lower);
}

/** A past tense or participle: an irregular form, or a word ending in -ed. */
export function isPastForm(lower: string): boolean {
  return baseOf.has(lower) || participles.has(lower) || (lower.length > 4 && lower.endsWith('ed') && !NOT_PAST_ED.has(lower));
}

/** Words ending in -ed that are not verbs. */
const NOT_PAST_ED = new Set(['hundred', 'need', 'speed', 'seed', 'feed', 'breed', 'bleed', 'creed', 'greed', 'indeed', 'embed', 'shed', 'bed', 'red', 'wed', 'bred', 'led', 'fled', 'sped', 'naked', 'wicked', 'sacred', 'kindred']);

/**
 * Pairs of words that keep the same company but say the opposite. A source that says one where the
 * claim says the other contradicts it; word vectors (which put them side by side) never credit one
 * for the other. Stemmed and, for irregular verbs, reduced to the base form before comparing.
 * (Ages by decade, "in his fifties" and "in his sixties", are listed too: one rules the other out.)
 * (Not "purchase" and "sale": one deal seen from its two sides, "its purchase of the Courier" is "the
 * Courier's sale to it".)
 * (Nor "arrive" and "depart": the stemmer makes "department" "depart", and departments are everywhere.)
 */
const OPPOSITE_PAIRS = `
twenties thirties|twenties forties|twenties fifties|twenties sixties|twenties seventies|twenties eighties|twenties nineties|thirties forties|thirties fifties|thirties sixties|thirties seventies|thirties eighties|thirties nineties|forties fifties|forties sixties|forties seventies|forties eighties|forties nineties|fifties sixties|fifties seventies|fifties eighties|fifties nineties|sixties seventies|sixties eighties|sixties nineties|seventies eighties|seventies nineties|eighties nineties|
summer autumn|summer winter|summer spring|autumn winter|autumn spring|winter spring|
approve reject|approve refuse|grant refuse|permit refuse|accept reject|accept refuse|accept decline|accept dispute|accept contest|postpone cancel|postpone cancelled|postpone scrap|postpone abandon|defer cancel|defer cancelled|approve veto|approve disapprove|pass reject|adopt reject|carry defeat|carry reject|
ratify reject|endorse reject|grant deny|grant refuse|grant reject|grant decline|uphold reject|uphold overturn|allow ban|allow forbid|allow prohibit|allow block|permit ban|
permit forbid|permit prohibit|legalize ban|legalise ban|lift impose|lift ban|admit deny|concede deny|waive exercise|waive claim|confirm deny|affirm deny|
confirm refute|acknowledge deny|accept deny|support oppose|favor oppose|favour oppose|agree disagree|agree refuse|
agree object|agree reject|agree decline|agree veto|back reject|back oppose|endorse oppose|approve defer|agree defer|pass defer|praise criticize|praise criticise|praise condemn|welcome condemn|welcome reject|acquit convict|
acquit sentence|innocent guilty|release arrest|release detain|free arrest|free detain|free imprison|hire fire|
hire dismiss|hire lay|appoint dismiss|appoint fire|appoint remove|elect defeat|win lose|victory defeat|winner loser|
win defeat|beat lose|succeed fail|success failure|pass fail|gain lose|gain loss|profit loss|surplus deficit|
increase decrease|increase reduce|increase cut|increase decline|increase drop|increase fall|increase lower|
rise fall|rise decline|rise drop|rise sink|rise slump|rise plunge|rise tumble|climb fall|climb drop|climb decline|
soar plunge|soar slump|jump drop|jump fall|surge plunge|surge slump|grow shrink|grow decline|grow contract|
expand shrink|expand contract|expand cut|strengthen weaken|raise lower|raise cut|raise reduce|boost cut|boost reduce|
higher lower|high low|highest lowest|larger smaller|largest smallest|
bigger smaller|biggest smallest|greater lesser|maximum minimum|majority minority|best worst|better worse|
oldest youngest|older younger|earliest latest|earlier later|first last|
open close|opened closed|open shut|begin end|start stop|start end|start finish|launch cancel|launch scrap|
launch abandon|launch cancelled|continue stop|continue halt|continue suspend|continue end|resume suspend|resume halt|sign reject|
build demolish|build destroy|create destroy|create abolish|establish abolish|introduce abolish|introduce scrap|
buy sell|purchase sell|acquire sell|acquire divest|import export|borrow lend|spend save|pay owe|debit credit|
arrive leave|enter leave|enter exit|join leave|join quit|add remove|include exclude|attack defend|
advance retreat|invade withdraw|deploy withdraw|send withdraw|birth death|born die|live die|alive dead|survive die|
survive kill|win forfeit|accept resign|comply defy|obey defy|obey violate|honor violate|honour violate|
respect violate|keep break|keep breach|meet miss|hit miss|present absent|public private|domestic foreign|
internal external|inside outside|upper lower|north south|east west|northern southern|eastern western|male female|
port starboard|bow stern|upstream downstream|upstairs downstairs|uphill downhill|inbound outbound|
northbound southbound|eastbound westbound|onshore offshore|indoor outdoor|indoors outdoors|
man woman|men women|boy girl|husband wife|father mother|son daughter|brother sister|king queen|
legal illegal|lawful unlawful|valid invalid|possible impossible|likely unlikely|true false|correct incorrect|
safe dangerous|good poor|good bad|low medium|medium high|low moderate|moderate high|peace war|ally enemy|friend enemy|friend foe|cheap expensive|rich poor|wealthy poor|strong weak|
positive negative|optimistic pessimistic|bullish bearish|profitable unprofitable|full empty|heavy light|
wide narrow|long short|fast slow|quick slow|early late|hot cold|warm cold|wet dry|top bottom|front back|
forward backward|import export|ascend descend|inflate deflate|inflation deflation|boom bust|bull bear|
benefit harm|help hurt|help harm|improve worsen|improve decline|improve deteriorate|recover decline|recovery recession|
expansion recession|encourage discourage|include omit|remember forget|reward punish|accuse acquit|
guilty acquitted|convicted acquitted|upheld overturned|uphold overturn|uphold reverse|affirm reverse|
sustain overrule|approve block|authorize forbid|authorise forbid|enable prevent|attract repel|
love hate|like dislike|trust distrust|certain uncertain|known unknown|official unofficial|formal informal|
temporary permanent|partial total|minor major|junior senior|inbound outbound|incoming outgoing|
approval rejection|approval refusal|acceptance rejection|acquittal conviction|buyer seller|
growth decline|growth contraction|expansion contraction|strength weakness|victory loss|win loss|advance decline|
gainer loser|increase decline|rise decline|upturn downturn|upgrade downgrade|upswing downswing|surplus shortage|
shortage glut|excess shortage|ahead behind|winner runner|lead trail|asset liability|credit debt|creditor debtor|
lender borrower|employer employee|landlord tenant|seller purchaser|import exporter|importer exporter|
inflow outflow|income expense|revenue cost|profit deficit|bullish bearish|hawkish dovish|tighten ease|
tightening easing|appreciate depreciate|appreciation depreciation|strong weaken|firm weaken|firmer weaker|
stronger weaker|strongest weakest|cheaper dearer|wider narrower|longer shorter|heavier lighter|faster slower|
least most|least worst|mild severe|moderate severe|remain leave|stay leave|full-time part-time|
north-west south-east|north-east south-west|
unchanged reduce|unchanged cut|unchanged lower|unchanged alter|unchanged amend|widen narrow|broaden narrow|north-west north-east|north-west south-west|south-east south-west|north-east south-east|
`;

/**
 * The claim reader's term for a word: an irregular verb form as its base, then stemmed; and where the
 * stemmer leaves "rising" as "ris" but "rise" as "rise", the form with its e back, so the two meet.
 */
export function lemmaTerm(lower: string, stemmed?: string): string {
  const base = irregularBase(lower) ?? NOUN_OF_VERB[lower];
  if (base) return stem(base);
  // An irregular form with a prefix: "repaid" is "repay", "overtook" "overtake", "rebuilt" "rebuild".
  const prefixed = PREFIX_FIRST.has(lower.charCodeAt(0)) ? VERB_PREFIX.exec(lower) : null;
  const inner = prefixed ? irregularBase(prefixed[2]) : undefined;
  if (prefixed && inner) return stem(prefixed[1] + inner);
  // The stemmer keeps "agreed" whole but makes "agree" "agre": a verb whose base ends in "ee" is its base.
  if (lower.endsWith('eed') && EE_PAST.test(lower)) return stem(lower.slice(0, -1));
  const term = stemmed ?? stem(lower);
  if (term.length === 3 && /(?:ing|ed|es)$/.test(lower) && vectorRow(term + 'e') >= 0) return term + 'e';
  return term;
}

/** Nouns the stemmer leaves apart from their verb, read as the verb: "one abstention" is "one member abstaining". */
const NOUN_OF_VERB: Readonly<Record<string, string>> = { abstention: 'abstain', abstentions: 'abstain' };

/** Prefixes an irregular verb keeps ("repaid", "overtook", "withheld"), and their first letters (looked at first: most words have none). */
const VERB_PREFIX = /^(re|over|under|out|mis|un|with)([a-z]{3,})$/;
const PREFIX_FIRST = new Set([...'roumw'].map((c) => c.charCodeAt(0)));

const EE_PAST = /^(?:(?:dis)?agreed|freed|guaranteed|decreed|refereed|foreseed)$/;

/** The claim term of a token (see lemmaTerm), reusing the stem the tokenizer made. */
/**
 * Each token's claim term, read with the word after it where that decides: "left" is "leave" when it
 * leaves something ("left the chamber", "left her post", "left early"), not a side ("the left wing").
 */
export function tokenLemmas(tokens: readonly Token[]): string[] {
  const out = tokens.map(tokenLemma);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].raw.toLowerCase() === 'left' && LEFT_WHAT.test(tokens[i + 1].raw)) out[i] = LEAVE;
  }
  return out;
}
const LEFT_WHAT = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|early|before|after|without|office|school|home|town)$/i;
const LEAVE = stem('leave');

export function tokenLemma(t: Token): string {
  if (t.kind !== 0 /* TokenKind.Word */) return t.term;
  const lower = t.raw.toLowerCase();
  return lemmaTerm(lower, t.term);
}

/** Adds y to x's set of related terms. */
function addTo(table: Map<string, Set<string>>, x: string, y: string): void {
  let s = table.get(x);
  if (!s) table.set(x, (s = new Set()));
  s.add(y);
}

/** The opposite pairs by term, both ways, made on first use (see lazy.ts: constant data, shared by every service). */
const oppositeTable = lazy((): Map<string, Set<string>> => {
  const opposites = new Map<string, Set<string>>();
  const add = (x: string, y: string) => addTo(opposites, x, y);
  for (const pair of OPPOSITE_PAIRS.split('|')) {
    const [a, b] = pair.trim().split(/\s+/);
    if (!a || !b) continue;
    const x = lemmaTerm(a);
    const y = lemmaTerm(b);
    if (x === y) continue;
    add(x, y);
    add(y, x);
  }
  return opposites;
});

/** The terms (see lemmaTerm) that mean the opposite of a term; undefined for most words. */
export function oppositesOf(term: string): ReadonlySet<string> | undefined {
  return oppositeTable().get(term);
}

/** Every term `areOpposites` pairs with `term`: its listed opposites and its forms with or without a negating prefix. */
export function oppositeTermsOf(term: string): readonly string[] {
  let out = OPPOSITE_TERMS.get(term);
  if (out) return out;
  out = oppositeTermsUncached(term);
  if (OPPOSITE_TERMS.size > 5000) OPPOSITE_TERMS.clear();
  OPPOSITE_TERMS.set(term, out);
  return out;
}

const OPPOSITE_TERMS = new Map<string, readonly string[]>();

function oppositeTermsUncached(term: string): string[] {
  const out = [...(oppositeTable().get(term) ?? [])];
  if (term.length >= 5) for (const p of NEGATING_PREFIXES) out.push(p + term);
  for (const p of NEGATING_PREFIXES) if (term.startsWith(p) && term.length - p.length >= 5) out.push(term.slice(p.length));
  return out;
}

/** Prefixes that turn a word into its opposite: "unsuccessful", "illegal", "disagree", "non-binding". */
const NEGATING_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'dis', 'non', 'non-'];

/**
 * Whether two terms are opposites: listed as such, or one is the other with a negating prefix
 * ("successful" / "unsuccessful"), where the rest is a word of five letters or more.
 */
export function areOpposites(a: string, b: string): boolean {
  if (oppositeTable().get(a)?.has(b)) return true;
  const short = a.length < b.length ? a : b;
  const long = short === a ? b : a;
  if (short.length < 5 || long.length === short.length) return false;
  for (const p of NEGATING_PREFIXES) if (long.length === short.length + p.length && long.startsWith(p) && long.endsWith(short)) return true;
  return false;
}

/**
 * Words that keep the same company without meaning the same: a decision and what only leads to one
 * ("approved" and "proposal", "agreed" and "consult"). Word vectors put them side by side; a source
 * saying one never credits the other (they are no opposites: a proposal may yet be approved).
 */
const DECIDED_WORDS = 'approve approval agree pass adopt grant resolve carry accept endorse ratify decide decision'.split(' ');
const MULTIPLES = 'double doubled triple tripled quadruple quadrupled halve halved treble trebled'.split(' ');
const TIME_UNITS = 'minute hour day night week fortnight month year decade century'.split(' ');
const TOWARDS_WORDS = 'propose proposal recommend recommendation consult consultation suggest suggestion plan consider discuss request ask seek apply application motion draft'.split(' ');
const notTheSameTable = lazy((): Map<string, Set<string>> => {
  const table = new Map<string, Set<string>>();
  const add = (x: string, y: string) => addTo(table, x, y);
  // (Each word as a claim's term and as a source word's index term: "approv", "proposal".)
  const forms = (w: string) => [...new Set([lemmaTerm(w), stem(w), w])];
  const pair = (a: string, b: string) => {
    for (const x of forms(a)) {
      for (const y of forms(b)) {
        if (x === y) continue;
        add(x, y);
        add(y, x);
      }
    }
  };
  for (const a of DECIDED_WORDS) for (const b of TOWARDS_WORDS) pair(a, b);
  // (Spans of time: "at least a month" is not "at least a week".)
  for (const a of TIME_UNITS) for (const b of TIME_UNITS) if (a < b) pair(a, b);
  // (Multiples: "her heating bill had tripled" is not what "doubled" says.)
  for (const a of MULTIPLES) for (const b of MULTIPLES) if (a < b) pair(a, b);
  return table;
});

/** Whether a source word is never credited for a claim word by closeness of meaning (see notTheSameTable), opposites included. */
export function neverCredited(a: string, b: string): boolean {
  return areOpposites(a, b) || !!notTheSameTable().get(a)?.has(b);
}

/**
 * Words by which a writer judges rather than reports: a sentence built on one of them, with no figure,
 * date, quote or reported speech, states an opinion that no source can support or refute.
 */
const EVALUATIVE = new Set(
  (
    'sad sadder saddest tragic tragically heartbreaking heartbreak terrible terribly awful awfully horrible dreadful ' +
    'wonderful wonderfully marvellous marvelous remarkable remarkably amazing amazingly astonishing astonishingly ' +
    'incredible incredibly extraordinary fascinating interesting intriguing compelling boring dull tedious ' +
    'beautiful beautifully ugly lovely delightful brilliant brilliantly superb excellent outstanding impressive ' +
    'disappointing disappointingly shameful disgraceful outrageous absurd ridiculous laughable ironic ironically ' +
    'unfortunate unfortunately fortunately sadly happily luckily regrettably hopefully thankfully ' +
    'clearly obviously undoubtedly undeniably surely certainly arguably admittedly frankly honestly ' +
    'brave courageous cowardly heroic noble admirable praiseworthy deplorable despicable appalling shocking ' +
    'troubling worrying alarming disturbing encouraging inspiring uplifting poignant ' +
    'unfair unjust wise unwise foolish naive reckless misguided sensible reasonable unreasonable ' +
    'misguided overblown overrated underrated pointless meaningless worthless worthwhile ' +
    'sadder happier saddest happiest uncomfortable embarrassing damning grim bleak sobering chilling'
  ).split(' '),
);

/** "I've", "I'm", "I'd", "I'll": the speaker, never a name. */
export const FIRST_PERSON_CONTRACTION = /^I['’](?:ve|m|d|ll)$/;

/** Modal words that make a statement a recommendation or a guess: "should", "ought", "perhaps", "deserves". */
const SPECULATIVE = new Set(['should', 'ought', 'perhaps', 'maybe', 'presumably', 'supposedly', 'conceivably', 'seemingly', 'apparently', 'deserves', 'deserve']);

/** First-person words outside quotes: the writer speaking for themselves, which no source can back. */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'ourselves']);

/** Phrases of opinion or rhetoric, as regular expressions over the lower-cased sentence. */
const OPINION_PHRASES = /\b(?:anyone's guess|anyone’s guess|remains to be seen|only time will tell|it is (?:clear|obvious|undeniable|fair to say|worth (?:noting|remembering))|needless to say|to be sure|in (?:my|our) (?:view|opinion)|one (?:could|might|can) argue|it seems|it appears|there is no doubt|if (?:accurate|true|correct)|says a (?:great|good) deal about|speaks volumes|(?:will|would) (?:only )?become clear|(?:only )?with time|it would be a mistake|the people with most to lose|(?:it is |it's )?hard to (?:see|imagine|believe|understand)|hard to read [^.;]{1,80}? as (?:anything|an?|the|other)\b|with hindsight|in hindsight|(?:will be|is|was) the real test|does (?:\w+ ){1,3}no (?:credit|favours|favors)|(?:was|were|is|are) (?:right|wrong) to|every reason to|would be a (?:disaster|tragedy|mistake|scandal)|a welcome (?:start|step|move|change))\b/;

/** Words between a copula and an evaluative word that keep it the predicate ("is a beautiful town", "was so sad"). */
const PREDICATE_FILLERS = new Set(['a', 'an', 'such', 'so', 'very', 'quite', 'rather', 'truly', 'really', 'not', 'most', 'more', 'too', 'the', 'as']);

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'seems', 'seem', 'seemed', 'looks', 'look', 'looked', 'remains', 'remain', 'remained', 'became', 'become', 'becomes', 'proved', 'proves', 'prove', 'sounds', 'sounded', 'feels', 'felt']);

/**
 * Why a sentence reads as an opinion (its first tell-tale word), or undefined for a factual one. An
 * evaluative adjective counts where it is what the sentence says of its subject ("the finale was
 * poignant", "few stories were sadder"), not where it only describes something the sentence reports
 * ("the poignant finale was voted the best farewell episode").
 */
export function opinionMarker(lowerWords: readonly string[], lowerText: string): string | undefined {
  const phrase = OPINION_PHRASES.exec(lowerText);
  if (phrase) return phrase[0];
  for (let i = 0; i < lowerWords.length; i++) {
    const w = lowerWords[i];
    if (SPECULATIVE.has(w) || FIRST_PERSON.has(w)) return w;
    if (!EVALUATIVE.has(w)) continue;
    if (w.endsWith('ly') || i === 0) return w; // "Sadly, …", "clearly"
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (COPULAS.has(lowerWords[k])) return w;
      if (!(lowerWords[k].endsWith('ly') || PREDICATE_FILLERS.has(lowerWords[k]))) break;
    }
  }
  return undefined;
}

/** Vague amounts that still state a number: "hundreds of balloons", "dozens of activists". */
export const VAGUE_AMOUNTS: Readonly<Record<string, readonly [number, number]>> = Object.freeze({
  dozens: [24, 200],
  scores: [40, 400],
  hundreds: [200, 1000],
  thousands: [2000, 100000],
  millions: [2e6, 1e9],
  billions: [2e9, 1e12],
  tens: [20, 100],
});

/** Days of the week, for dates said as "on Monday". */
export const WEEKDAYS: Readonly<Record<string, number>> = Object.freeze({
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
});

/**
 * Words that head a name but are titles or kinds of thing ("President", "Ministry", "Court"): a name
 * is "mentioned" by its other words, and two names that share only these are not the same.
 */
export const NAME_TITLES = new Set(
  (
    'mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister chancellor secretary ' +
    'senator sen rep representative governor gov mayor judge justice chief general gen colonel col captain capt ' +
    'major sergeant admiral commander king queen prince princess emperor pope bishop cardinal rev reverend saint st ' +
    'chairman chairwoman chair director ceo chief spokesman spokeswoman spokesperson ambassador envoy leader ' +
    'ministry department office agency bureau council committee commission court party union university college ' +
    'school institute association federation corporation corp company co inc ltd plc group bank fund ' +
    'national international federal state republic kingdom city county province district north south east west ' +
    'northern southern eastern western central new the of and for'
  ).split(' '),
);

/**
 * People's titles, as written (lower case): "Councillor Ruth Abney" and "Councillor Tom Greaves" are
 * told apart by their names, not by the title they share. (NAME_TITLES is matched by stem and also
 * holds kinds of bodies, which an organisation's name keeps: "Institute" in "Battery Safety Institute".)
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  ('councillor councilor cllr councilman councilwoman alderman alderwoman assemblyman assemblywoman deputy ' +
    'commissioner superintendent inspector detective constable sheriff lieutenant lt sergeant sgt officer ' +
    'trustee dean rabbi imam father sister brother coach judge justice representative reverend prince princess ' +
    'pope bishop').split(' '),
);

/**
 * Countries, peoples, continents and large cities: a capitalised word that opens a sentence and is
 * one of these is a name ("Spain have beaten France …"), not just the sentence's first word.
 */
const PLACES_AND_PEOPLES = new Set(
  (
    'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain ' +
    'bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina ' +
    'burma burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia ' +
    'denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia ' +
    'germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ' +
    'ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia ' +
    'lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta ' +
    'mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru ' +
    'nepal netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru ' +
    'philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia ' +
    'slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga ' +
    'trinidad tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen ' +
    'zambia zimbabwe britain england scotland wales ulster europe asia africa america antarctica oceania arabia ' +
    'afghan albanian algerian american angolan argentine argentinian armenian australian austrian belgian bolivian ' +
    'brazilian british bulgarian burmese cambodian canadian chilean chinese colombian congolese croatian cuban czech ' +
    'danish dutch ecuadorian egyptian english estonian ethiopian european filipino finnish french georgian german ' +
    'ghanaian greek haitian hungarian icelandic indian indonesian iranian iraqi irish israeli italian jamaican ' +
    'japanese jordanian kazakh kenyan korean kuwaiti latvian lebanese libyan lithuanian malaysian mexican mongolian ' +
    'moroccan nepalese nigerian norwegian pakistani palestinian panamanian peruvian polish portuguese romanian russian ' +
    'rwandan saudi scottish serbian singaporean slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese ' +
    'thai tunisian turkish ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean ' +
    'african asian arab arabian latin nordic scandinavian balkan caribbean pacific atlantic ' +
    'london paris berlin madrid rome moscow beijing tokyo seoul delhi mumbai washington chicago boston toronto ' +
    'sydney melbourne cairo istanbul brussels vienna amsterdam geneva zurich frankfurt munich milan lisbon dublin ' +
    'stockholm oslo copenhagen helsinki warsaw prague budapest athens kiev kyiv baghdad tehran jerusalem riyadh dubai ' +
    'karachi lagos nairobi johannesburg shanghai hongkong taipei manila jakarta bangkok hanoi singapore pyongyang ' +
    'ottawa montreal vancouver mexico havana caracas bogota lima santiago brasilia manchester liverpool glasgow ' +
    'edinburgh birmingham belfast cardiff leeds hollywood wellington auckland canberra'
  ).split(' '),
);

/** A known country, people, continent or large city (lower-cased, plurals allowed: "Germans"). */
export function isPlaceOrPeople(lower: string): boolean {
  return PLACES_AND_PEOPLES.has(lower) || (lower.endsWith('s') && PLACES_AND_PEOPLES.has(lower.slice(0, -1)));
}

/**
 * Short names and what sources often write instead ("UK" where a passage says "Britain"): a name is
 * mentioned when one of these is. Index terms (lower case, stemmed).
 */
export const NAME_ALIASES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  uk: ['britain', 'british', 'kingdom'],
  usa: ['america', 'american', 'states'],
  america: ['usa', 'american', 'states'],
  eu: ['european', 'union'],
  ec: ['european', 'community'],
  un: ['nations'],
  nato: ['atlantic', 'alliance'],
  opec: ['petroleum', 'exporting'],
  imf: ['monetary', 'fund'],
  gdp: ['domestic', 'product'],
  holland: ['netherlands', 'dutch'],
  netherlands: ['holland', 'dutch'],
  soviet: ['ussr', 'russia'],
  ussr: ['soviet', 'russia'],
  // Peoples whose name is not the country's with an ending added.
  england: ['english'],
  english: ['england'],
  france: ['french'],
  french: ['france'],
  wales: ['welsh'],
  welsh: ['wales'],
  scotland: ['scottish', 'scot'],
  scottish: ['scotland'],
  spain: ['spanish'],
  spanish: ['spain'],
  switzerland: ['swiss'],
  swiss: ['switzerland'],
  greece: ['greek'],
  greek: ['greece'],
  dutch: ['netherlands', 'holland'],
  china: ['chinese'],
  chinese: ['china'],
  japan: ['japanese'],
  japanese: ['japan'],
  denmark: ['danish'],
  danish: ['denmark'],
  sweden: ['swedish'],
  swedish: ['sweden'],
  finland: ['finnish'],
  finnish: ['finland'],
  poland: ['polish'],
  polish: ['poland'],
  turkey: ['turkish'],
  turkish: ['turkey'],
  ireland: ['irish'],
  irish: ['ireland'],
  iceland: ['icelandic'],
  philippines: ['filipino', 'philippine'],
  filipino: ['philippines', 'philippine'],
  thailand: ['thai'],
  thai: ['thailand'],
  vietnam: ['vietnamese'],
  vietnamese: ['vietnam'],
  portugal: ['portuguese'],
  portuguese: ['portugal'],
  lebanon: ['lebanese'],
  lebanese: ['lebanon'],
  britain: ['uk', 'british'],
  british: ['britain', 'uk'],
  iraq: ['iraqi'],
  iraqi: ['iraq'],
  israel: ['israeli'],
  israeli: ['israel'],
  pakistan: ['pakistani'],
  pakistani: ['pakistan'],
  saudi: ['arabia'],
});
