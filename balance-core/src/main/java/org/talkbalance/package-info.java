/**
 * Entry points: {@link org.talkbalance.BalanceAnalyzer} turns a transcript into a
 * {@link org.talkbalance.BalanceReport}.
 *
 * <pre>{@code
 * BalanceAnalyzer analyzer = BalanceAnalyzer.builder().build();
 * BalanceReport report = analyzer.analyze(Path.of("dinner.txt"));
 * report.talkShare().balance();
 * }</pre>
 */
package org.talkbalance;
