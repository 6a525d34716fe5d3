import type {
  Body, Decision, FollowUp, ItemSectionType, Meeting, Membership, Organisation, OrganisationEvent, Owner, SourceSection, WorkProgramme,
} from '../schemas/index.ts';
import type { PersonMeeting } from './archive-index.ts';

/**
 * Every Danish word the site uses for a value of the content model, in one place. Each table is
 * typed by the schema's enum, so a new enum value does not compile until it has a label here.
 * Pages, components, the search metadata and the exports read their words from this module;
 * they never print an enum value as it is stored.
 */

/** "åben" → "Åben": a label that starts a line or a cell. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A status word, lower case as it stands inside a sentence ("åben pr. 18. november 2025 ifølge …");
 * `capitalise` it for a cell. Meetings and follow-ups share "ukendt" (src/schemas/status.ts).
 */
export const statusLabel: Record<Meeting['status'] | FollowUp['status'], string> = {
  planlagt: 'planlagt', afholdt: 'afholdt', aflyst: 'aflyst',
  åben: 'åben', udført: 'udført', bortfaldet: 'bortfaldet',
  ukendt: 'ukendt',
};

/** A member's role in a body. */
export const roleLabel: Record<Membership['role'], string> = {
  forperson: 'Forperson',
  medlem: 'Medlem',
  sekretariat: 'Sekretariatet',
  oplægsholder: 'Oplægsholder',
  gæst: 'Gæst',
};

/** The groups of a participant list, as the minutes head them. */
export const attendanceGroupLabel: Record<Exclude<keyof NonNullable<Meeting['attendance']>, 'heading'>, string> = {
  present: 'Deltagere', secretariat: 'Sekretariatet', absent: 'Afbud', guests: 'Gæster',
};

/**
 * A person's part in one meeting (src/lib/archive-index.ts, PersonMeeting): what the participant
 * list says, or that it does not name a member, or that the archive lacks the list.
 */
export const attendanceLabel: Record<PersonMeeting['status'], string> = {
  present: 'Deltog',
  secretariat: 'Deltog (sekretariatet)',
  absent: 'Afbud',
  guest: 'Deltog som gæst',
  notListed: 'Ikke nævnt i referatets deltagerliste',
  notRecorded: 'Deltagelse ikke registreret i arkivet',
};

/** The headings of an agenda item's typed sections (`<Afsnit type="…">`). */
export const sectionTitles: Record<ItemSectionType, string> = {
  indstilling: 'Indstilling',
  referat: 'Referat',
  sagsfremstilling: 'Sagsfremstilling',
  'videre-proces': 'Videre proces',
  bilag: 'Bilag',
};

/**
 * The parts of minutes a source can point into. Built by a call marked pure, so that the search
 * page's script, which imports this module for other words, does not carry it.
 */
export const sourceSectionLabel: Record<SourceSection, string> = /* @__PURE__ */ (() => ({
  indstilling: sectionTitles.indstilling,
  referat: sectionTitles.referat,
  sagsfremstilling: sectionTitles.sagsfremstilling,
  'videre-proces': sectionTitles['videre-proces'],
  dagsorden: 'Dagsorden',
  deltagere: 'Deltagere',
  hoved: 'Dokumentets hoved',
}))();

/** The section of the minutes a follow-up comes from. */
export const followUpSourceLabel: Record<FollowUp['source'], string> = { 'videre proces': 'Videre proces', referat: 'Referat' };

/** A decision's kind, as a cell, a filter value or a list entry ("Taget til efterretning"). */
export const decisionKindLabel: Record<Decision['kind'], string> = {
  godkendt: 'Godkendt',
  'godkendt med ændringer': 'Godkendt med ændringer',
  'taget til efterretning': 'Taget til efterretning',
  prioritering: 'Prioritering',
  besluttet: 'Besluttet',
};

/** A decision's outcome against the item's Indstilling, as a sentence. */
export const outcomeLabel: Record<Decision['outcome'], string> = {
  'som indstillet': 'Besluttet som indstillet.',
  'med ændringer': 'Besluttet med ændringer i forhold til indstillingen.',
  'uden indstilling': 'Punktet havde ingen indstilling; rådet besluttede uden en sådan.',
};

/** A stage of a work programme on its way from draft to the board. */
export const stageLabel: Record<WorkProgramme['versions'][number]['stage'], string> = {
  udkast: 'Udkast',
  'godkendt af rådet': 'Godkendt af rådet',
  'forelagt bestyrelsen': 'Forelagt bestyrelsen',
  'godkendt af bestyrelsen': 'Godkendt af bestyrelsen',
};

/** What kind of organisation it is, as a heading or the start of a sentence. */
export const organisationClassificationLabel: Record<Organisation['classification'], string> = {
  region: 'Region',
  'statslig myndighed': 'Statslig myndighed',
  universitet: 'Universitet',
  'videnskabelige selskaber': 'Videnskabelige selskaber',
  interesseorganisation: 'Interesseorganisation',
};

/** An event in an organisation's history, as the history line says it ("lagt sammen med"). */
export const organisationEventLabel: Record<OrganisationEvent['event'], string> = {
  oprettet: 'oprettet',
  nedlagt: 'nedlagt',
  'lagt sammen med': 'lagt sammen med',
  'indgår i': 'indgår i',
  'overgår til': 'overgår til',
};

/** The same event on the history of the other organisation it names. */
export const organisationEventSeenFromOtherLabel: Record<OrganisationEvent['event'], string> = {
  oprettet: 'oprettet',
  nedlagt: 'nedlagt',
  'lagt sammen med': 'lagt sammen med',
  'indgår i': 'optager',
  'overgår til': 'videreført fra',
};

/** What kind of body it is. */
export const bodyClassificationLabel: Record<Body['classification'], string> = {
  råd: 'Råd', bestyrelse: 'Bestyrelse', styregruppe: 'Styregruppe', arbejdsgruppe: 'Arbejdsgruppe', kreds: 'Kreds',
};

/** A meeting's form, inside a sentence ("virtuelt møde"). */
export const meetingFormLabel: Record<NonNullable<Meeting['form']>, string> = {
  virtuelt: 'virtuelt møde', fysisk: 'fysisk møde',
};

/** How a follow-up reaches a person who is not named as its owner (the person page). */
export const ownerViaLabel: Record<Exclude<Owner['type'], 'person'>, (name: string) => string> = {
  organisation: (name) => `via ${name}, som personen repræsenterer`,
  body: (name) => `via ${name}, som personen er medlem af`,
  secretariat: (name) => `via ${name.charAt(0).toLowerCase() + name.slice(1)}`,
};

/** How the site labels a claim's basis; one place, so pages, search text and exports agree. */
export const basisLabels = {
  /** Before a source reference: "Kilde: referatet af …". */
  source: 'Kilde',
  /** Before the editors' reason, wherever an editorial claim is shown. */
  editorial: 'Arkivets læsning',
  /** Before the archive's own summary of a matter or programme (not a quote). */
  summary: 'Arkivets sammenfatning',
} as const;

/** Texts for what the records do not say, and for empty lists, so every page says it alike. */
export const emptyText = {
  /** Who or by when, where the minutes do not say. */
  notStated: 'Ikke angivet i referatet',
  /** A list field the entry leaves empty (areas, matters). */
  noneGiven: 'Ingen angivet',
  /** A membership's start the records do not give. */
  noStart: 'Ikke angivet',
  /** A membership with no end date. */
  noEnd: 'Fortsat',
  /** A meeting's place the records do not give. */
  noPlace: 'Ikke oplyst',
  /** A focus area that no ranking decision names. */
  notRanked: 'Ikke prioriteret',
  /** A meeting held or cancelled whose minutes the archive lacks. */
  noMinutes: 'intet referat i arkivet',
  /** A status the records do not give (src/lib/status.ts). */
  unknownStatus: 'ukendt – arkivet har ingen oplysning om status',
  /** Minutes whose approval no record in the archive mentions (the meeting page). */
  approvalUnknown: 'Arkivet ved ikke, om referatet er godkendt: det rummer ingen oplysning om en godkendelse.',
} as const;

/** Heading of the archive's own notes on an entry (components/ArchiveNotes.astro). */
export const archiveNotesTitle = 'Bemærkninger fra arkivet';
