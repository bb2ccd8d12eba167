// What the page's speech synthesiser is given for a reply: plain text (a synthesiser reads SSML as markup) and
// the skill's own rate. The pronunciations are kept: an abbreviation's <sub> becomes its alias ("C T"), and a
// <phoneme> becomes the plain respelling the pronunciation table gives beside its IPA ("pal-ee-uh-tiv"), since
// browsers' voices take no IPA. The skill's speech itself is built in one place (lambda/speech); this only reads it.
import { pronunciation } from '../../content';
import { ssmlToText } from '../../lambda/speech/ssml';
import { speechRateOf } from '../server/screen';

export interface Spoken {
  text: string;
  /** SpeechSynthesisUtterance.rate: 1 is normal; the skill's 80% is 0.8. */
  rate: number;
}

const respellings = new Map(pronunciation.flatMap((rule) => (rule.ipa && rule.respelling ? [[rule.ipa, rule.respelling] as const] : [])));

const PHONEME = /<phoneme\b[^>]*\bph="([^"]*)"[^>]*>([^<]*)<\/phoneme>/g;

/** The skill's SSML as a browser's speech synthesiser should be given it. */
export function spokenFrom(ssml: string): Spoken {
  const respelled = ssml.replace(PHONEME, (_, ipa: string, written: string) => respellings.get(ipa) ?? written);
  return { text: ssmlToText(respelled, 'heard'), rate: speechRateOf(ssml) / 100 };
}
