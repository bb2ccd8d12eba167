/** Local language-understanding simulator: interaction model + utterance text → intent and slots. */
export { type Invocation, parseInvocation } from './invocation';
export { FALLBACK_INTENT, type InteractionModel, type LanguageModel } from './model';
export { normalizeText, stem, stems, type Token, tokenize } from './normalize';
export { createResolver, type Resolution, type ResolvedSlot, type Resolver, type ResolverOptions, type SlotResolution } from './resolver';
