/**
 * Renderers that turn {@link org.talkbalance.BalanceReport}s into text for people (a table with
 * share bars and a plain-language summary) or JSON for programs.
 *
 * <p>Depends on the API packages above it; nothing depends on it but the command-line tool.
 */
package org.talkbalance.report;
