import type { Random } from './random.ts';

/**
 * Danish-like text for the synthetic archive: real Danish words from the minutes' domain, in
 * random order, with word frequencies skewed like real text and a long tail of compound words
 * (Danish writes compounds as one word, so a real archive's vocabulary keeps growing with its
 * size). The vocabulary's growth is what makes a search index realistic; the grammar is not.
 * No character that MDX reads as code ({ } < >) is ever produced.
 */

const FUNCTION_WORDS = [
  'og', 'at', 'i', 'på', 'til', 'af', 'for', 'med', 'som', 'der', 'det', 'den', 'de', 'en', 'et', 'er',
  'var', 'blev', 'har', 'kan', 'skal', 'vil', 'om', 'ikke', 'men', 'også', 'efter', 'under', 'ved',
  'mellem', 'samt', 'således', 'herunder', 'hvor', 'når', 'fra', 'over', 'inden', 'mod', 'sin', 'sit',
  'sine', 'deres', 'alle', 'flere', 'nogle', 'hver', 'denne', 'dette', 'disse', 'endvidere', 'dog',
  'fortsat', 'derfor', 'hvilket', 'allerede', 'snarest', 'løbende', 'samtidig', 'nærmere', 'gerne',
];

const NOUNS = [
  'rådet', 'bestyrelsen', 'sekretariatet', 'regionerne', 'arbejdsgruppen', 'projektet', 'analysen',
  'databasen', 'genomet', 'varianten', 'sekventeringen', 'patienten', 'patienterne', 'behandlingen',
  'diagnostikken', 'strategien', 'initiativet', 'initiativerne', 'implementeringen', 'rapporten',
  'status', 'budgettet', 'prioriteringen', 'governance', 'samtykket', 'data', 'forskningen',
  'kvaliteten', 'sikkerheden', 'infrastrukturen', 'laboratoriet', 'klinikken', 'udviklingen', 'driften',
  'processen', 'modellen', 'løsningen', 'tilbuddet', 'området', 'oplægget', 'høringen', 'lovgivningen',
  'aftalen', 'rammen', 'midlerne', 'ressourcerne', 'opgaven', 'planen', 'evalueringen', 'anbefalingen',
  'retningslinjen', 'indikationen', 'patientgruppen', 'kræftpakken', 'farmakogenetik', 'frekvensen',
  'klassifikationen', 'registret', 'udredningen', 'henvisningen', 'kapaciteten', 'kompetencerne',
  'uddannelsen', 'samarbejdet', 'koordineringen', 'tidsplanen', 'fremdriften', 'opfølgningen',
  'mødet', 'dagsordenen', 'referatet', 'indstillingen', 'sagsfremstillingen', 'bilaget', 'forpersonen',
  'formanden', 'medlemmerne', 'repræsentanter', 'interessenter', 'styregruppen', 'underarbejdsgruppen',
  'kommissoriet', 'mandatet', 'beslutningen', 'drøftelsen', 'orienteringen', 'gennemgangen', 'udkastet',
  'version', 'kommentarer', 'rettelser', 'justeringer', 'snitflader', 'udfordringer', 'muligheder',
  'erfaringer', 'resultater', 'målet', 'milepæle', 'leverancer', 'risici', 'omkostninger', 'finansiering',
  'bevillingen', 'udbuddet', 'kontrakten', 'leverandøren', 'systemet', 'platformen', 'opbevaring',
  'lagringen', 'adgangen', 'anvendelsen', 'datakvalitet', 'sammenhæng', 'lighed', 'værdi', 'fokus',
  'behov', 'ønsker', 'krav', 'vilkår', 'betingelser', 'principper', 'anbefalinger', 'vejledningen',
  'tilsynet', 'myndighederne', 'ministeriet', 'styrelsen', 'universiteterne', 'selskaberne', 'klinikerne',
  'genetikerne', 'bioinformatikerne', 'sygehusene', 'afdelingerne', 'landsdelene', 'Østdanmark',
  'Vestdanmark', 'helgenomsekventering', 'exomsekventering', 'panelanalyser', 'genvarianter',
];

const VERBS = [
  'drøftede', 'godkendte', 'besluttede', 'orienterede', 'bemærkede', 'understregede', 'foreslog',
  'aftalte', 'tilsluttede', 'vurderede', 'fremlagde', 'præsenterede', 'gennemgik', 'anbefalede',
  'tilføjede', 'slettede', 'justerede', 'prioriterede', 'udpegede', 'nedsatte', 'igangsatte',
  'afsluttede', 'udsendte', 'eftersendte', 'indarbejdede', 'forelagde', 'koordinerede', 'sikrede',
  'understøtter', 'bidrager', 'forventes', 'vurderes', 'drøftes', 'forelægges', 'udarbejdes',
  'fremlægges', 'afventer', 'omfatter', 'indgår', 'bygger', 'følger', 'skaber', 'styrker', 'udvikles',
  'implementeres', 'evalueres', 'afrapporteres', 'tilpasses', 'fastholdes', 'afklares', 'belyses',
];

const ADJECTIVES = [
  'national', 'nationale', 'regional', 'regionale', 'fællesregionale', 'klinisk', 'kliniske', 'faglig',
  'faglige', 'strategisk', 'strategiske', 'juridisk', 'juridiske', 'økonomisk', 'økonomiske', 'genetisk',
  'genetiske', 'genomisk', 'genomiske', 'omfattende', 'konkret', 'konkrete', 'væsentlig', 'væsentlige',
  'relevant', 'relevante', 'foreløbig', 'foreløbige', 'endelig', 'endelige', 'samlet', 'samlede',
  'eksisterende', 'kommende', 'tidligere', 'igangværende', 'tværgående', 'ensartet', 'ensartede',
  'hensigtsmæssig', 'hensigtsmæssige', 'grundig', 'grundige', 'tæt', 'tætte', 'bred', 'brede',
  'sikker', 'sikre', 'effektiv', 'effektive', 'langsigtet', 'kortsigtede', 'vejledende', 'flerårig',
];

/** Parts of compound words ("genom" + "databasen" = "genomdatabasen"). */
const COMPOUND_HEADS = [
  'genom', 'variant', 'data', 'drifts', 'sekventerings', 'patient', 'kvalitets', 'forsknings', 'sundheds',
  'region', 'laboratorie', 'analyse', 'diagnostik', 'behandlings', 'it', 'sikkerheds', 'samtykke', 'kræft',
  'udviklings', 'implementerings', 'frekvens', 'lagrings', 'register', 'klassifikations', 'henvisnings',
  'uddannelses', 'kompetence', 'samarbejds', 'koordinerings', 'opfølgnings', 'rapporterings', 'budget',
  'finansierings', 'udbuds', 'kontrakt', 'platform', 'beregnings', 'arkiv', 'prøve', 'biobank',
  'gen', 'exom', 'panel', 'tolknings', 'rådgivnings', 'screenings', 'forebyggelses', 'borger', 'læge',
];

const COMPOUND_TAILS = [
  'databasen', 'platformen', 'gruppen', 'processen', 'planen', 'modellen', 'strategien', 'løsningen',
  'rapporten', 'området', 'kravene', 'aftalen', 'rammen', 'indsatsen', 'arbejdet', 'puljen', 'centret',
  'systemet', 'politikken', 'kapaciteten', 'opgaven', 'projektet', 'initiativet', 'standarden',
  'vejledningen', 'principperne', 'organisationen', 'styringen', 'økonomien', 'kvaliteten', 'fasen',
  'analysen', 'forløbet', 'tilbuddet', 'ressourcerne', 'kompetencerne', 'infrastrukturen', 'sporet',
];

/**
 * Words the benchmark searches for: the first two common enough to be in many meetings, so a
 * query returns results and loads index chunks and fragments as a real query would; the third,
 * "rådet", the most common noun of the text (about one word in 30), for the query for one of the
 * archive's most common words.
 */
export const SEARCH_WORDS = ['patientgruppen', 'bevillingen', 'rådet'] as const;

export interface TextWriter {
  /** One word (lower case), drawn with realistic frequencies. */
  word(): string;
  /** One sentence: capital first letter, 6–22 words, full stop. */
  sentence(): string;
  /** A paragraph of 2–6 sentences. */
  paragraph(): string;
  /** A short title of 3–8 words, capitalised, without punctuation. */
  title(): string;
  /** A noun phrase such as "regionale genomdatabasen", for bullets and headings. */
  phrase(): string;
}

export function textWriter(random: Random): TextWriter {
  const compound = () => {
    // Most compounds are two parts; a long tail of three-part ones makes rare words.
    const head = random.zipf(COMPOUND_HEADS);
    const tail = random.zipf(COMPOUND_TAILS);
    return random.chance(0.12) ? head + random.pick(COMPOUND_HEADS) + tail : head + tail;
  };
  const noun = () => (random.chance(0.35) ? compound() : random.zipf(NOUNS));
  const word = () => {
    const r = random.next();
    if (r < 0.42) return random.zipf(FUNCTION_WORDS);
    if (r < 0.74) return noun();
    if (r < 0.87) return random.zipf(VERBS);
    if (r < 0.985) return random.zipf(ADJECTIVES);
    return random.chance(0.5) ? String(random.int(2, 60)) : `${random.int(1, 40)},${random.int(1, 9)} mio. kr.`;
  };
  const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const sentence = () => {
    const n = random.int(6, 22);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(i > 2 && i < n - 2 && random.chance(0.06) ? word() + ',' : word());
    return capitalise(words.join(' ')) + '.';
  };
  return {
    word,
    sentence,
    paragraph: () => Array.from({ length: random.int(2, 6) }, sentence).join(' '),
    title: () => capitalise([noun(), random.zipf(FUNCTION_WORDS), random.zipf(ADJECTIVES), noun(), ...(random.chance(0.5) ? [random.zipf(FUNCTION_WORDS), noun()] : [])].join(' ')),
    phrase: () => `${random.zipf(ADJECTIVES)} ${noun()}`,
  };
}
