import type {
  Organisation, Body, Person, Meeting, Decision, WorkProgramme, Matter, FollowUp,
} from '../schemas/index.ts';

/** One content entry: its id, where it came from, its validated data and (for MDX) its body. */
export interface Entry<T> {
  id: string;
  /** Path relative to the repository root, e.g. "content/moeder/2025-11-18/moede.mdx". */
  file: string;
  data: T;
  /** The MDX body, for meetings, decisions and programmes. */
  body?: string;
  /** 1-based line in the file where the MDX body starts. */
  bodyStartLine?: number;
  /** Line of a field in the file, for messages; absent when not known. */
  lineOf?: (path: ReadonlyArray<string | number>) => number | undefined;
}

/** Everything the archive holds, as plain data: the input of the integrity rules and the index. */
export interface ArchiveData {
  organisations: Entry<Organisation>[];
  bodies: Entry<Body>[];
  people: Entry<Person>[];
  meetings: Entry<Meeting>[];
  decisions: Entry<Decision>[];
  followUps: Entry<FollowUp>[];
  programmes: Entry<WorkProgramme>[];
  matters: Entry<Matter>[];
}
