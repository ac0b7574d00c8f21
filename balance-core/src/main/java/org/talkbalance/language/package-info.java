/**
 * What was said, sentence by sentence: words, fillers and backchannels, and the annotations later
 * layers attach to sentences. The {@link org.talkbalance.language.Annotator} turns an {@link
 * org.talkbalance.transcript.Utterance} into an {@link
 * org.talkbalance.language.AnnotatedUtterance}; each {@link org.talkbalance.language.Sentence}
 * carries a {@link org.talkbalance.language.QuestionAnnotation} (is it a question, of which form,
 * open or closed, a support question), and {@link org.talkbalance.language.QuestionFollowUp} tells
 * whether a question picks up the previous speaker's turn.
 *
 * <p>Depends on {@code org.talkbalance.transcript} only; knows nothing of metrics or reports.
 */
package org.talkbalance.language;
