package org.talkbalance.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code balance} command: measures conversational balance in transcripts.
 *
 * <p>Exit status: 0 success, 1 bad usage, 2 unreadable or malformed input, 3 internal error.
 */
@Command(
    name = "balance",
    mixinStandardHelpOptions = true,
    versionProvider = BalanceCommand.Version.class,
    description = {
      "Measures conversational balance: who talks, who asks, who opens up, and whether it is"
          + " returned.",
      "",
      "Example:  balance analyze dinner.txt",
      "          balance analyze --out-format json -o report.json meeting.csv"
    },
    subcommands = {AnalyzeCommand.class, AnnotateCommand.class, CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = ExitStatus.USAGE,
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:bad usage (unknown option, missing file argument, output file exists)",
      "2:unreadable or malformed input (the message names file, line and column)",
      "3:internal error (please report it)"
    })
public final class BalanceCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, such as 'analyze'");
  }

  /**
   * Runs the tool.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Runs the tool with the given output streams, for tests and embedding.
   *
   * @param args command-line arguments
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new BalanceCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("balance: internal error (please report it): " + e);
          return ExitStatus.INTERNAL;
        });
    return cli.execute(args);
  }

  /** Reports the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = BalanceCommand.class.getPackage().getImplementationVersion();
      return new String[] {"balance " + (v == null ? "(development build)" : v)};
    }
  }
}
