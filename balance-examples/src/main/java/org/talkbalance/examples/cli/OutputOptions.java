package org.talkbalance.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where a command writes: standard output or a file that is never silently overwritten. */
final class OutputOptions {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output. An existing file is kept unless"
          + " --force is given; an input file is never overwritten.")
  Optional<Path> output = Optional.empty();

  @Option(names = "--force", description = "Overwrite the -o file if it exists.")
  boolean force;

  /** Fails with a usage error before any work if the output would clobber a file. */
  void check(CommandLine commandLine, List<String> inputs) throws IOException {
    if (output.isEmpty()) {
      return;
    }
    Path target = output.get();
    for (String input : inputs) {
      if (!input.equals("-") && Files.exists(Path.of(input)) && Files.exists(target)
          && Files.isSameFile(Path.of(input), target)) {
        throw new CommandLine.ParameterException(commandLine,
            "-o " + target + " is also an input file; choose another output file");
      }
    }
    if (Files.exists(target) && !force) {
      throw new CommandLine.ParameterException(commandLine,
          "output file " + target + " already exists; add --force to overwrite it");
    }
  }

  /** Opens the writer; the caller closes it (closing standard output's wrapper only flushes). */
  Writer open(PrintWriter stdout) throws IOException {
    if (output.isEmpty()) {
      return new java.io.FilterWriter(stdout) {
        @Override
        public void close() {
          stdout.flush();
        }
      };
    }
    return new OutputStreamWriter(
        Files.newOutputStream(output.get(), StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
        StandardCharsets.UTF_8);
  }
}
