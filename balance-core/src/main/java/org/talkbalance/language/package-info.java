/**
 * What was said, sentence by sentence. The {@link org.talkbalance.language.Annotator} turns an
 * {@link org.talkbalance.transcript.Utterance} into an
 * {@link org.talkbalance.language.AnnotatedUtterance}: words, fillers and backchannels, and for
 * each {@link org.talkbalance.language.Sentence} its question form
 * ({@link org.talkbalance.language.QuestionAnnotation}: is it a question, of which form, open or
 * closed, a support question) and its self-disclosure and support acts
 * ({@link org.talkbalance.language.DisclosureAnnotation}), read from the same tokens.
 * {@link org.talkbalance.language.QuestionFollowUp} tells whether a question picks up the previous
 * speaker's turn. The word lists behind these rules are resources beside these classes.
 *
 * <p>Depends on {@code org.talkbalance.transcript} only; knows nothing of metrics or reports.
 */
package org.talkbalance.language;
