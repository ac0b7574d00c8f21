package org.talkbalance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The {@code ./balance} launcher at the project root runs the packaged jar, as the README says
 * (runs after {@code package}, as an integration test).
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "balance is a POSIX shell script; Windows has balance.cmd")
class LauncherIT {

  private static final Path ROOT = Path.of(System.getProperty("talkbalance.root", ".."));

  record Result(int status, String out, String err) {}

  private static Result launch(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("sh", ROOT.resolve("balance").toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(ROOT.toFile()).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), out, err);
  }

  @Test
  void printsTheProjectVersion() throws Exception {
    Result r = launch("--version");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("balance " + System.getProperty("talkbalance.version") + "\n"), r.out());
  }

  @Test
  void analysesTheBundledSampleOfTheReadme() throws Exception {
    Result r = launch("analyze", "balance-examples/samples/dinner-dominated.txt");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("Maya"), r.out());
    assertEquals("", r.err());
  }
}
