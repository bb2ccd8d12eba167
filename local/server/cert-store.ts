// Where /alexa gets certificate chains from, so that no run of forged requests can get a genuine one turned
// away:
//   - A chain that has verified a real signature is kept (up to 8 URLs, least recently used first out) and
//     forged traffic never evicts it. It is downloaded again in the background after 12 hours, or a day before
//     it expires (awaited only when it has already expired). A refresh has its own allowance: it never waits
//     behind other downloads. The previous chain stays usable beside the new one while it is valid, so a
//     refresh that lands just before Amazon signs with the new key, or just after, turns nothing away.
//   - A chain not yet proven by a signature is not kept: what is at a URL is trusted only once Amazon has
//     signed with it, so forged requests cannot leave a chain behind that a genuine request would then meet.
//   - A URL whose download or chain failed is not fetched again for a minute (4,096 URLs remembered).
//   - Downloads of URLs not kept are limited in parallel, not counted per minute: one at a time per URL, at
//     most 4 at once, each under 5 seconds, and up to 64 more wait their turn. There is no shared count that
//     forged requests could use up. A correctly signed request naming a kept URL never waits for anything.
//   - A flood of forged requests naming ever new URLs cannot keep a genuine request naming a new URL out of the
//     line (measured by the review: ~60 a second kept it full, and genuine requests got 503 for as long as it
//     lasted). Two rules see to it:
//       - per requester (the address that sent the request; behind a tunnel on this computer, the address the
//         tunnel says it serves), at most 2 of the line's places at once: one sender cannot fill it;
//       - URLs of Amazon's own pattern (/echo.api/echo-api-cert-<number>.pem, the only kind Alexa has used)
//         go first: a waiting one is downloaded before any other, and one that finds the line full takes the
//         place of the newest other URL waiting. A flood from many senders can fill the line only with
//         Amazon-pattern URLs, of which there are 999, each remembered for a minute once it fails.
import { type TrustAnchors, type ValidChain, validateCertChain } from './cert-chain';
import type { CertChainFetcher } from './cert-download';
import { RequestVerificationError } from './verification-error';

export const FAILED_URL_MEMORY_MS = 60_000;
export const REFRESH_AFTER_MS = 12 * 60 * 60_000;
export const REFRESH_BEFORE_EXPIRY_MS = 24 * 60 * 60_000;
export const MAX_PARALLEL_DOWNLOADS = 4;
export const MAX_WAITING_DOWNLOADS = 64;
/** The places (downloading or waiting) one requester's new URLs may hold in the line at once. */
export const MAX_PLACES_PER_REQUESTER = 2;
/** The path of every certificate URL Alexa has used ("echo-api-cert-4.pem" in 2016, "echo-api-cert-12.pem" in 2023). */
const AMAZON_CERT_PATH = /^\/echo\.api\/echo-api-cert-[1-9][0-9]{0,2}\.pem$/;
const MAX_KEPT_URLS = 8;
const MAX_FAILED_URLS = 4_096;

interface Downloaded {
  /** Newest first; a kept URL holds at most the current chain and the one before it. */
  chains: ValidChain[];
  fetchedAt: number;
  /** No refresh is started before this time (one is running, or one failed a moment ago). */
  refreshNotBefore: number;
}

export interface CertChainStoreOptions {
  fetch: CertChainFetcher;
  anchors: TrustAnchors;
  now: () => number;
}

function unavailable(): RequestVerificationError {
  return new RequestVerificationError('certificate-unavailable', 'the signing certificate could not be downloaded');
}

function busy(): RequestVerificationError {
  return new RequestVerificationError('certificate-busy', 'too many certificate downloads are waiting: try again shortly');
}

/** Whether a (normalised) URL follows the pattern of Amazon's own certificate URLs. */
export function isAmazonPatternUrl(url: string): boolean {
  return AMAZON_CERT_PATH.test(new URL(url).pathname);
}

/** A download waiting for its turn: let go when a place frees, or turned away when a preferred URL needs its place. */
interface Waiting {
  go(): void;
  refuse(error: RequestVerificationError): void;
}

function isValidAt(chain: ValidChain, now: number): boolean {
  return chain.validFrom <= now && now <= chain.validTo;
}

/** Sets a key as the newest of a map kept in insertion order, dropping the oldest beyond a size. */
function setNewest<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as string);
}

export class CertChainStore {
  private readonly kept = new Map<string, Downloaded>();
  private readonly failures = new Map<string, { error: RequestVerificationError; at: number }>();
  private readonly inFlight = new Map<string, Promise<ValidChain>>();
  private active = 0;
  /** Waiting downloads, in order of arrival: Amazon-pattern URLs, and the rest. */
  private readonly waiting = { amazon: [] as Waiting[], other: [] as Waiting[] };
  /** How many places in the line each requester's downloads hold. */
  private readonly places = new Map<string, number>();

  constructor(private readonly options: CertChainStoreOptions) {}

  /**
   * The chains a request naming this (normalised) URL may be signed with, newest first. `requester` names who
   * sent the request (see MAX_PLACES_PER_REQUESTER); without one, only the line's own bounds apply.
   */
  async chainsFor(url: string, requester?: string): Promise<readonly ValidChain[]> {
    const now = this.options.now();
    const kept = this.kept.get(url);
    if (kept) {
      setNewest(this.kept, url, kept, MAX_KEPT_URLS);
      if (this.refreshDue(kept, now)) {
        const refreshing = this.refresh(url, kept);
        // Until the kept chain has expired, the request does not wait for its refresh.
        if (!kept.chains.some((chain) => isValidAt(chain, now))) await refreshing;
      }
      return kept.chains;
    }
    const failed = this.failures.get(url);
    if (failed && now >= failed.at && now - failed.at < FAILED_URL_MEMORY_MS) throw failed.error;
    this.failures.delete(url);
    return [await this.download(url, requester)];
  }

  /** A real signature verified with this chain from this URL: keep it. */
  prove(url: string, chain: ValidChain): void {
    if (this.kept.has(url)) return;
    setNewest(this.kept, url, { chains: [chain], fetchedAt: this.options.now(), refreshNotBefore: 0 }, MAX_KEPT_URLS);
  }

  private refreshDue(kept: Downloaded, now: number): boolean {
    const newest = kept.chains[0];
    if (!newest || now < kept.refreshNotBefore) return false;
    return now - kept.fetchedAt >= REFRESH_AFTER_MS || newest.validTo - now <= REFRESH_BEFORE_EXPIRY_MS;
  }

  /** Downloads a kept URL again, outside the queue; never throws (the kept chains stay as they were). */
  private async refresh(url: string, kept: Downloaded): Promise<void> {
    const startedAt = this.options.now();
    kept.refreshNotBefore = Number.POSITIVE_INFINITY;
    try {
      const fresh = validateCertChain(await this.options.fetch(url), this.options.anchors);
      const current = kept.chains[0];
      const same = current?.signingKey.equals(fresh.signingKey) && current.validTo === fresh.validTo;
      kept.chains = same || !current ? [fresh] : [fresh, current];
      kept.fetchedAt = startedAt;
      kept.refreshNotBefore = 0;
    } catch {
      kept.refreshNotBefore = startedAt + FAILED_URL_MEMORY_MS;
    }
  }

  /** One download per URL at a time, in turn with downloads of other new URLs; a failure is remembered. */
  private download(url: string, requester: string | undefined): Promise<ValidChain> {
    const running = this.inFlight.get(url);
    if (running) return running;
    if (requester !== undefined && (this.places.get(requester) ?? 0) >= MAX_PLACES_PER_REQUESTER) return Promise.reject(busy());
    const release = this.hold(requester);
    const loading = (async () => {
      try {
        await this.takeTurn(isAmazonPatternUrl(url));
      } catch (error) {
        release();
        throw error;
      }
      let pem: string;
      try {
        pem = await this.options.fetch(url);
      } catch {
        throw unavailable();
      } finally {
        release();
        this.endTurn();
      }
      return validateCertChain(pem, this.options.anchors);
    })();
    this.inFlight.set(url, loading);
    loading.then(
      () => this.inFlight.delete(url),
      (error: unknown) => {
        this.inFlight.delete(url);
        // A URL that was never tried (the line was full) is not a failed URL.
        if (error instanceof RequestVerificationError && error.reason === 'certificate-busy') return;
        const known = error instanceof RequestVerificationError ? error : unavailable();
        setNewest(this.failures, url, { error: known, at: this.options.now() }, MAX_FAILED_URLS);
      },
    );
    return loading;
  }

  /** Counts a place held by a requester's download; the returned function gives it back (once). */
  private hold(requester: string | undefined): () => void {
    if (requester === undefined) return () => {};
    this.places.set(requester, (this.places.get(requester) ?? 0) + 1);
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      const left = (this.places.get(requester) ?? 1) - 1;
      if (left > 0) this.places.set(requester, left);
      else this.places.delete(requester);
    };
  }

  private async takeTurn(amazonPattern: boolean): Promise<void> {
    if (this.active < MAX_PARALLEL_DOWNLOADS) {
      this.active += 1;
      return;
    }
    const { amazon, other } = this.waiting;
    if (amazon.length + other.length >= MAX_WAITING_DOWNLOADS) {
      // A full line: an Amazon-pattern URL takes the place of the newest other URL waiting, if there is one.
      const displaced = amazonPattern ? other.pop() : undefined;
      if (!displaced) throw busy();
      displaced.refuse(busy());
    }
    // endTurn hands its place straight to the first in line.
    await new Promise<void>((go, refuse) => (amazonPattern ? amazon : other).push({ go, refuse }));
  }

  private endTurn(): void {
    const next = this.waiting.amazon.shift() ?? this.waiting.other.shift();
    if (next) next.go();
    else this.active -= 1;
  }
}
