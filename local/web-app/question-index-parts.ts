// The parts of the question index question.js carries (question-index.ts, CarriedParts), packed (lzma.ts,
// PackedParts), as a module of their own: scripts/build-web-app.mjs (questionIndexCarried, packedParts) gives it the
// packed bytes' length and a call of a function it declares at the very end of question.js, once the minifiers are done
// (questionPartsAtTheEnd), which returns them in base64: gzip finds nothing to match in packed bytes, and the
// engine's code is coded better with them after it than before it (docs/performance.md, "Issue 17 kept, fourteenth
// pass"). Written here, nothing: only the web app's build gives this module its parts.
import type { PackedParts } from './lzma';

const parts: PackedParts | undefined = undefined;
export default parts;
