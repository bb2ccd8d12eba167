// Downloads a certificate chain from an already checked URL: HTTPS only, no redirects, a time limit and a
// size limit.
import { get } from 'node:https';

/** Fetches the PEM certificate chain at an already normalised URL. Tests supply their own. */
export type CertChainFetcher = (url: string) => Promise<string>;

const MAX_CERT_CHAIN_BYTES = 64 * 1024;
export const CERT_FETCH_TIMEOUT_MS = 5_000;

export const downloadCertChain: CertChainFetcher = (url) =>
  new Promise((resolve, reject) => {
    const request = get(url, { timeout: CERT_FETCH_TIMEOUT_MS }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`certificate download answered ${response.statusCode}`));
        return;
      }
      let size = 0;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_CERT_CHAIN_BYTES) request.destroy(new Error('certificate chain too large'));
        else chunks.push(chunk);
      });
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('certificate download timed out')));
    request.on('error', reject);
  });
