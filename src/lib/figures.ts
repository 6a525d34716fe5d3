/**
 * Numbers as the minutes write them: Danish notation, "." between thousands and "," before
 * decimals ("60.000 genomer", "15,42 mio. kr."). Used to check that a figure's amount is the number
 * its wording states, and how precisely a total is written.
 */

const DANISH_NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/;

/** The first number in `text`, e.g. 15.42 for "15,42 mio. kr."; undefined when there is none. */
export function parseDanishNumber(text: string): number | undefined {
  const m = DANISH_NUMBER.exec(text);
  return m ? Number(m[0].replace(/\./g, '').replace(',', '.')) : undefined;
}

/** Decimals written in the first number of `text`: 1 for "16,8 mio. kr.", 0 for "60.000". */
export function decimalsWritten(text: string): number {
  const m = DANISH_NUMBER.exec(text);
  return m?.[0].split(',')[1]?.length ?? 0;
}

/** A number as Danish text with the decimals it needs: 16.82 → "16,82". */
export const formatDanishNumber = (n: number) => n.toLocaleString('da-DK', { maximumFractionDigits: 6 });
