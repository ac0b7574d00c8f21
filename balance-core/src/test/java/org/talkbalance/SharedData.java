package org.talkbalance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared/data}, the annotated corpora beside the project. Tests that need it fail
 * loudly when it is missing: a silent skip would hide that nothing was checked.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * Resolves a path under the shared data folder.
   *
   * @param relative a path such as {@code transcripts/qmsum}
   * @return the existing path
   * @throws IllegalStateException if the folder or the path does not exist
   */
  public static Path resolve(String relative) {
    String configured = System.getProperty("talkbalance.shared");
    Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    Path data = shared.resolve("data").resolve(relative).normalize();
    if (!Files.exists(data)) {
      throw new IllegalStateException(
          "shared test data not found at " + data.toAbsolutePath()
              + ": the tests need ../shared/data beside the project (see README, Validity);"
              + " set -Dtalkbalance.shared=/path/to/shared to point elsewhere");
    }
    return data;
  }
}
