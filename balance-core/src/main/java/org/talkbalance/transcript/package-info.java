/**
 * Transcripts as read from their sources: {@link org.talkbalance.transcript.Utterance utterances}
 * in input order, the {@link org.talkbalance.transcript.TranscriptReader readers} that produce them
 * for each {@link org.talkbalance.transcript.TranscriptFormat format} (plain text, CSV, WebVTT,
 * SRT, WhatsApp, Slack, DiscordChatExporter, Telegram, JSON Lines, ConvoKit, IRC), the chat
 * messages they leave out but count ({@link org.talkbalance.transcript.ExcludedMessages}), the
 * {@link org.talkbalance.transcript.SpeakerRules rules} that merge, exclude and anonymize
 * speakers, and the {@link org.talkbalance.transcript.TranscriptFormatException error} raised for
 * malformed input.
 *
 * <p>Times: subtitle and meeting formats give offsets from the start of the recording; chat
 * formats give wall-clock times, which readers turn into offsets from the first utterance of each
 * conversation, so {@link org.talkbalance.transcript.Utterance#start()} always means "offset".
 *
 * <p>This package knows nothing of language or metrics.
 */
package org.talkbalance.transcript;
