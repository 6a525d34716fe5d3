/**
 * MDX syntax errors in Danish, for the secretariat. The parser's messages are written for
 * programmers ("Unexpected character after `<`, expected a valid JSX tag"); each common mistake
 * gets a message that says what is probably wrong and how to write it instead. An unknown message
 * keeps the parser's own text after a Danish explanation, so nothing is ever hidden.
 */

/** How to write the characters MDX reads as code, as plain text: the one fix most errors need. */
export const LITERAL_CHARACTERS = 'Skriv \\{ og \\} for krølleparenteser og \\< (eller &lt;) for et mindre-end-tegn i almindelig tekst.';

export function describeMdxError(reason: string): { message: string; fix: string } {
  let m: RegExpExecArray | null;
  if ((m = /^Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/.exec(reason))) {
    if (/^[a-z]/.test(m[1])) {
      return {
        message: `HTML-tagget <${m[1]}> er ikke tilladt; teksten må kun bruge Markdown og arkivets komponenter`,
        fix: `Brug Markdown (en tom linje giver nyt afsnit). Skal tegnene stå i teksten, så skriv \\<${m[1]}>. ${LITERAL_CHARACTERS}`,
      };
    }
    return {
      message: `<${m[1]}> på linje ${m[2]} er ikke lukket`,
      fix: `Tilføj </${m[1]}>, hvor det slutter, eller skriv <${m[1]} … /> hvis det intet indhold har. Står tagget midt i en tekstlinje, så sæt det på sin egen linje med en tom linje før og efter.`,
    };
  }
  if ((m = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/.exec(reason))) {
    return {
      message: `</${m[1]}> lukker, mens <${m[2]}> fra linje ${m[3]} stadig er åben`,
      fix: `Luk <${m[2]}> med </${m[2]}> før </${m[1]}>, eller ret navnet i det lukkende tag.`,
    };
  }
  if ((m = /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(reason))) {
    return { message: `</${m[1]}> lukker noget, der ikke er åbnet`, fix: `Slet </${m[1]}>, eller tilføj det <${m[1]} …>, der mangler. ${LITERAL_CHARACTERS}` };
  }
  if (/^Unexpected end of file in expression|expected a corresponding closing brace for `\{`/.test(reason)) {
    return { message: 'en { uden } – MDX læser { som begyndelsen på kode', fix: LITERAL_CHARACTERS };
  }
  if (/^Could not parse expression/.test(reason)) {
    return { message: 'teksten mellem { og } er ikke gyldig kode – MDX læser { som begyndelsen på kode', fix: LITERAL_CHARACTERS };
  }
  if (/to create a comment in MDX/.test(reason)) {
    return { message: 'en HTML-kommentar (<!-- … -->) eller et < foran et tegn, der ikke kan begynde et tag', fix: `Slet kommentaren; arkivet viser ikke skjult tekst. ${LITERAL_CHARACTERS}` };
  }
  if (/^Unexpected (character|end of file)[^]*(after `<`|before name|in name|after name|after attribute|before attribute|in attribute|after self-closing slash)/.test(reason)) {
    return { message: 'et < læses som begyndelsen på et tag, men det, der følger, er ikke et tag', fix: LITERAL_CHARACTERS };
  }
  if (/^Unexpected lazy line/.test(reason)) {
    return { message: 'en linje i et citat eller en liste fortsætter et tag eller en { … } på forrige linje', fix: `Sæt tagget på sin egen linje med tomme linjer omkring. ${LITERAL_CHARACTERS}` };
  }
  return { message: `MDX kan ikke læse teksten her (parserens besked: ${reason})`, fix: LITERAL_CHARACTERS };
}
