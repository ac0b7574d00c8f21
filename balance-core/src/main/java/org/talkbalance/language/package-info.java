/**
 * What was said, sentence by sentence: words, fillers and backchannels, question forms
 * ({@link org.talkbalance.language.QuestionAnnotation}), self-disclosure and support acts
 * ({@link org.talkbalance.language.DisclosureAnnotation}), and the word lists behind them. The {@link org.talkbalance.language.Annotator} turns an {@link
 * org.talkbalance.transcript.Utterance} into an {@link
 * org.talkbalance.language.AnnotatedUtterance}; each {@link org.talkbalance.language.Sentence}
 * carries a {@link org.talkbalance.language.QuestionAnnotation} (is it a question, of which form,
 * open or closed, a support question), and {@link org.talkbalance.language.QuestionFollowUp} tells
 * whether a question picks up the previous speaker's turn.
 *
 * <p>Depends on {@code org.talkbalance.transcript} only; knows nothing of metrics or reports.
 */
package org.talkbalance.language;
