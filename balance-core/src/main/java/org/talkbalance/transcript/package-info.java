/**
 * Transcripts as read from their sources: {@link org.talkbalance.transcript.Utterance utterances}
 * in input order, the {@link org.talkbalance.transcript.TranscriptReader readers} that produce them
 * for each {@link org.talkbalance.transcript.TranscriptFormat format}, and the
 * {@link org.talkbalance.transcript.TranscriptFormatException error} raised for malformed input.
 *
 * <p>This package knows nothing of language or metrics.
 */
package org.talkbalance.transcript;
