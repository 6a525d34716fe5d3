import mammoth from 'mammoth';
import { htmlToText } from './html-to-text.ts';

/**
 * A Word document → the lightly marked text the parser reads. Mammoth gives HTML (so bold, lists
 * and tables survive); images are replaced by "[Billede]" rather than embedded.
 */
export async function textFromDocx(buffer: Buffer): Promise<{ text: string; messages: string[] }> {
  const result = await mammoth.convertToHtml(
    { buffer },
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  return {
    text: htmlToText(result.value),
    messages: result.messages.map((m) => m.message),
  };
}
