// A spoken request from a locale the skill does not serve: say so, in English, and end the session.
import { farewell } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { isServedLocale } from '../locales';
import { respond } from '../respond';
import { type ChoosingHandler, requestLocale, requestType } from './match';

export const UnsupportedLocaleHandler: ChoosingHandler = {
  canHandle: (input) => {
    const type = requestType(input);
    const locale = requestLocale(input);
    // A request with no locale at all is answered in the default locale rather than refused.
    return (type === 'LaunchRequest' || type === 'IntentRequest') && locale !== undefined && !isServedLocale(locale);
  },
  handle: (input) => {
    const turn = turnOf(input);
    const locale = requestLocale(input);
    turn.log.warn('locale not served', { locale: typeof locale === 'string' ? locale.slice(0, 16) : typeof locale });
    return respond(input, farewell(turn, 'locale.unsupported'));
  },
};
