// The text normalisation the resolver uses is shared with the skill's question answering (lambda/question),
// so an utterance is read the same way in both places.
export * from '../../content/language/normalize';
