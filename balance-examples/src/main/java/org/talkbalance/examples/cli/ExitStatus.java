package org.talkbalance.examples.cli;

/** The exit statuses of the {@code balance} command. */
final class ExitStatus {
  static final int OK = 0;
  static final int USAGE = 1;
  static final int BAD_INPUT = 2;
  static final int INTERNAL = 3;

  private ExitStatus() {}
}
