/**
 * The {@code balance} command-line tool: picocli commands that only wire the library's readers,
 * analyzer and renderers together. Not an API.
 */
package org.talkbalance.examples.cli;
