/**
 * Measurements of a conversation: {@link org.talkbalance.metrics.Turn turns} built from annotated
 * utterances, and the one-pass accumulators that turn them into results such as
 * {@link org.talkbalance.metrics.TalkShare}. Every number documents its unit.
 *
 * <p>Depends on {@code org.talkbalance.transcript} and {@code org.talkbalance.language}; knows
 * nothing of reports or renderers.
 */
package org.talkbalance.metrics;
