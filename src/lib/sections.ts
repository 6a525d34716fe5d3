/** The typed sections of an agenda item, in the order the minutes use, with their headings. */
export const sectionTitles = {
  indstilling: 'Indstilling',
  referat: 'Referat',
  sagsfremstilling: 'Sagsfremstilling',
  'videre-proces': 'Videre proces',
  bilag: 'Bilag',
} as const;

export type SectionType = keyof typeof sectionTitles;
