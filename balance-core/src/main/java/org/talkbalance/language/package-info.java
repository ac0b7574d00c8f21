/**
 * What was said, sentence by sentence: words, fillers and backchannels, and the annotations later
 * layers attach to sentences. The {@link org.talkbalance.language.Annotator} turns an
 * {@link org.talkbalance.transcript.Utterance} into an
 * {@link org.talkbalance.language.AnnotatedUtterance}.
 *
 * <p>Depends on {@code org.talkbalance.transcript} only; knows nothing of metrics or reports.
 */
package org.talkbalance.language;
