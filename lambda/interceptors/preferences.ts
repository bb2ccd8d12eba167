// Remembered preferences: read once per session when it starts, written when they change, and written again
// on a visit a day or more after the last write, so that a record in use never reaches its expiry. The store
// is never allowed to hold up or lose an answer: reads and writes are bounded, and a failure leaves the
// session with its own settings and a warning in the log.
import type { RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { hasTurn, turnOf } from '../conversation/turn';
import { requestType } from '../handlers/match';
import { errorFields } from '../log';
import { countStoreProblem } from '../metrics/tracking';
import { fingerprint, generationOf, preferencesOf, readPreferences } from '../store/preferences';
import { RECORD_META_KEY, recordMetaOf } from '../store/record';
import { type StoreTimeouts, withTimeout } from '../store/timeout';

export function loadPreferencesInterceptor(timeouts: StoreTimeouts): RequestInterceptor {
  return {
    async process(input) {
      const type = requestType(input);
      if (!hasTurn(input) || !input.requestEnvelope.session || (type !== 'LaunchRequest' && type !== 'IntentRequest')) return;
      const turn = turnOf(input);
      const { state } = turn;
      if (!turn.persistent || state.stored !== undefined) return;
      try {
        const attributes = await withTimeout(input.attributesManager.getPersistentAttributes(true), timeouts.readMs, 'reading preferences');
        const saved = readPreferences(attributes);
        const { generation, refreshDue } = recordMetaOf(attributes);
        if (saved)
          Object.assign(state, { rate: saved.rate, disclaimerHeard: saved.disclaimerHeard, resume: saved.resume, returning: true });
        // A record due for a refresh is fingerprinted as none, so this turn writes it (and its expiry) again.
        state.stored = fingerprint(refreshDue ? undefined : saved, generation);
      } catch (error) {
        state.stored = null;
        turn.log.warn('preference store unavailable: settings kept for this session only', errorFields(error));
        countStoreProblem(input, 'read', error);
      }
    },
  };
}

export function savePreferencesInterceptor(timeouts: StoreTimeouts): ResponseInterceptor {
  return {
    async process(input) {
      if (!hasTurn(input)) return;
      const turn = turnOf(input);
      const { state } = turn;
      if (!turn.persistent || typeof state.stored !== 'string') return;
      const preferences = preferencesOf(state);
      const generation = generationOf(state.stored);
      const current = fingerprint(preferences, generation);
      if (current === state.stored) return;
      input.attributesManager.setPersistentAttributes({ ...preferences, [RECORD_META_KEY]: { generation } });
      const saving = input.attributesManager.savePersistentAttributes();
      // A write that outlives the bound must not surface later as an unhandled rejection.
      saving.catch((error: unknown) => turn.log.warn('saving preferences failed', errorFields(error)));
      try {
        await withTimeout(saving, timeouts.writeMs, 'saving preferences');
        state.stored = current;
      } catch (error) {
        // Failed, refused ("forget me" came first), or too slow to wait for (it goes on in the background): this
        // session keeps its settings to itself rather than make every later turn wait for the store again. The
        // failure is logged above.
        state.stored = null;
        turn.log.warn('preference store slow or failing: settings kept for this session only');
        countStoreProblem(input, 'write', error);
      }
    },
  };
}
