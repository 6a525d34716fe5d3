import type { YAMLError } from 'yaml';

/**
 * YAML syntax errors in Danish, for the secretariat. The yaml library's own messages are written
 * for programmers ("Implicit keys need to be on a single line"); each common mistake gets a
 * message that says what is probably wrong and how to fix it. Unknown codes keep the original text.
 */
export function describeYamlError(err: Pick<YAMLError, 'code' | 'message'>): { message: string; fix: string } {
  const original = err.message.split('\n')[0];
  switch (err.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message: 'YAML-fejl: et kolon står, hvor det ikke må – enten er en tekst med kolon ikke sat i citationstegn, eller en linje er rykket forkert ind',
        fix: 'Sæt tekst med kolon i citationstegn, fx title: "Møde: vigtigt", og ryk felter på samme niveau lige langt ind (med mellemrum).',
      };
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'YAML-fejl: et feltnavn mangler kolon, eller en linje er rykket forkert ind',
        fix: 'Skriv feltnavn, kolon og mellemrum, fx name: Ole Halfdan Larsen, og ryk felter på samme niveau lige langt ind.',
      };
    case 'MISSING_CHAR':
      if (/quote/i.test(original)) {
        return { message: 'YAML-fejl: et citationstegn er ikke lukket', fix: 'Afslut teksten med det samme citationstegn, som den begynder med (" eller \').' };
      }
      return { message: 'YAML-fejl: der mangler et tegn (kolon efter et feltnavn, eller } eller ] til sidst)', fix: 'Tjek linjen: feltnavn, kolon og mellemrum; { … } og [ … ] skal lukkes på samme linje.' };
    case 'BAD_INDENT':
      if (/[}\]]/.test(original)) {
        return { message: 'YAML-fejl: en { … } eller [ … ] er ikke lukket', fix: 'Luk med } eller ] på samme linje, som den begynder.' };
      }
      return { message: 'YAML-fejl: forkert indrykning', fix: 'Ryk felter på samme niveau lige langt ind, med mellemrum (ikke tabulator).' };
    case 'TAB_AS_INDENT':
      return { message: 'YAML-fejl: linjen er rykket ind med tabulator', fix: 'Ryk ind med mellemrum i stedet for tabulator.' };
    case 'DUPLICATE_KEY':
      return { message: 'YAML-fejl: det samme felt står to gange', fix: 'Slet det ene af de to felter med samme navn (eller ret stavningen).' };
    case 'BAD_SCALAR_START':
      return { message: `YAML-fejl: en tekst uden citationstegn må ikke begynde med tegnet ${original.slice(-1)}`, fix: 'Sæt teksten i citationstegn, fx title: "@tekst".' };
    case 'MULTIPLE_DOCS':
      return { message: 'YAML-fejl: der står en linje med --- midt i felterne', fix: 'Slet linjen med ---; i en .mdx-fil står --- kun før og efter felterne øverst.' };
    case 'BAD_DQ_ESCAPE':
      return { message: 'YAML-fejl: en \\ i en tekst i dobbelte citationstegn', fix: 'Skriv \\\\ for en omvendt skråstreg, eller brug enkelte citationstegn om teksten.' };
    default:
      return {
        message: `YAML-syntaksfejl: ${original}`,
        fix: 'Tjek indrykning (mellemrum, ikke tabulator), kolon efter feltnavnet og citationstegn om tekst med kolon eller #.',
      };
  }
}
