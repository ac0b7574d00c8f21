package org.talkbalance.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
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

  /** Reports the project version, which the build writes into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = BalanceCommand.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IOException("version.properties is missing from the jar; rebuild it with ./mvnw package");
        }
        properties.load(in);
      }
      return new String[] {
        "balance " + properties.getProperty("version"),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
