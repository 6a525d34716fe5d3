import { itemSectionTypes } from '../schemas/index.ts';

/**
 * The archive's own MDX components (src/components) and the attributes each takes: the only
 * elements an MDX body may contain (src/lib/mdx-allow-list.ts). Every attribute listed is required.
 * A number is written nr={2}; a text is written titel="…". Nothing else may stand in an attribute.
 */
export type AttributeKind = 'number' | 'text';
export type ComponentSpec = Readonly<Record<string, Readonly<Record<string, AttributeKind>>>>;

/** A meeting's minutes: items, their typed sections, their attachments, and editorial notes. */
export const meetingComponents = {
  Punkt: { nr: 'number', titel: 'text' },
  Afsnit: { pkt: 'number', type: 'text' },
  Bilag: { pkt: 'number' },
  Note: {},
} as const satisfies ComponentSpec;

/** Decisions and the work programme are rendered without components (src/pages/…): plain Markdown. */
export const noComponents: ComponentSpec = {};

/** "Skriv fx <Punkt nr={2} titel="…">", for a component written without its attributes. */
export function componentExample(name: string): string {
  return ({
    Punkt: 'Skriv fx <Punkt nr={2} titel="Punktets overskrift">.',
    Afsnit: `Skriv fx <Afsnit pkt={2} type="referat">; type er en af ${itemSectionTypes.join(', ')}.`,
    Bilag: 'Skriv fx <Bilag pkt={2} />.',
    Note: 'Skriv <Note>tekst</Note>.',
  } as Record<string, string>)[name] ?? `Skriv <${name}>.`;
}
