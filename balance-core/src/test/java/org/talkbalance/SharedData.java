package org.talkbalance;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the annotated corpora that live beside the project ({@code ../shared/data}), which only
 * the team's machines and CI have.
 *
 * <p>When the folder is missing, tests that need it are skipped with a one-line reason, so a fresh
 * clone passes {@code ./mvnw -B verify}. They fail loudly instead when the data is required: when
 * the environment variable {@code CI} is {@code true} (CI sets it) or when the folder was named
 * with {@code -Dtalkbalance.shared=DIR}. A relative {@code DIR} is read from the project root.
 *
 * <p>Call it from a {@code @BeforeAll} method: a skip there skips the whole class.
 */
public final class SharedData {

  /** The system property that names the shared folder (the one holding {@code data/}). */
  public static final String PROPERTY = "talkbalance.shared";

  private SharedData() {}

  /**
   * Resolves a path under the shared data folder.
   *
   * @param relative a path such as {@code transcripts/qmsum}
   * @return the existing path
   * @throws IllegalStateException if the path is missing and the data is required
   * @throws org.opentest4j.TestAbortedException if the path is missing and not required (a skip)
   */
  public static Path resolve(String relative) {
    Path data = folder().resolve("data").resolve(relative).normalize();
    if (!Files.exists(data)) {
      missing(data);
    }
    return data;
  }

  /** {@return the shared folder, named or beside the project; it may not exist} */
  private static Path folder() {
    String named = System.getProperty(PROPERTY);
    Path root = projectRoot();
    if (named != null && !named.isBlank()) {
      return root.resolve(named).toAbsolutePath().normalize();
    }
    return root.resolve("..").resolve("shared").toAbsolutePath().normalize();
  }

  private static Path projectRoot() {
    String root = System.getProperty("talkbalance.root");
    if (root != null && !root.isBlank()) {
      return Path.of(root);
    }
    // run outside Maven from a module folder: the project root is its parent
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("mvnw")) ? here : here.getParent();
  }

  /** {@return whether missing data fails the build instead of skipping the tests} */
  public static boolean required() {
    String named = System.getProperty(PROPERTY);
    return "true".equalsIgnoreCase(System.getenv("CI")) || (named != null && !named.isBlank());
  }

  private static String callingTest() {
    return StackWalker.getInstance()
        .walk(frames -> frames
            .map(StackWalker.StackFrame::getClassName)
            .filter(name -> name.endsWith("Test"))
            .findFirst()
            .orElse("a test"));
  }

  private static void missing(Path data) {
    String where = data.toAbsolutePath().normalize().toString();
    if (required()) {
      throw new IllegalStateException(
          "shared test data not found at " + where + " (required because "
              + ("true".equalsIgnoreCase(System.getenv("CI")) ? "CI=true" : "-D" + PROPERTY + " is set")
              + "): put the shared folder beside the project or name it with -D" + PROPERTY + "=DIR");
    }
    String reason = "skipped: needs the team's corpora at " + where + " (absent here)";
    // Surefire does not print why a class was skipped, so say it once per class
    System.out.println("[talkbalance] " + callingTest() + " " + reason);
    Assumptions.abort(reason);
  }
}
