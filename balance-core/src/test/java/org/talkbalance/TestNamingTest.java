package org.talkbalance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a class with tests would not be run: Maven Surefire only runs classes whose
 * names match its include patterns ({@code Test*}, {@code *Test}, {@code *Tests}, {@code
 * *TestCase}), Failsafe those named {@code *IT} (integration tests, run after packaging), and a
 * class named otherwise is skipped without a word.
 *
 * <p>Each module runs it over its own compiled test classes (the folder named by the system
 * property {@code talkbalance.testClasses}, which the build sets); other modules extend it.
 */
public class TestNamingTest {

  private static final Pattern RUN_BY_NAME =
      Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase|.*IT");

  private static final Set<String> TEST_ANNOTATIONS =
      Set.of(
          "org.junit.jupiter.api.Test",
          "org.junit.jupiter.api.RepeatedTest",
          "org.junit.jupiter.api.TestFactory",
          "org.junit.jupiter.api.TestTemplate",
          "org.junit.jupiter.params.ParameterizedTest",
          "net.jqwik.api.Property",
          "net.jqwik.api.Example");

  /** For the other modules' checks, which extend this one. */
  protected TestNamingTest() {}

  @Test
  void everyClassWithTestsIsNamedSoSurefireRunsIt() throws IOException {
    String folder = System.getProperty("talkbalance.testClasses");
    assertTrue(folder != null && Files.isDirectory(Path.of(folder)),
        "the build must set talkbalance.testClasses to the compiled test classes folder");
    Path root = Path.of(folder);
    List<String> withTests;
    try (Stream<Path> files = Files.walk(root)) {
      withTests =
          files
              .map(root::relativize)
              .map(Path::toString)
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> name.substring(0, name.length() - ".class".length()))
              .map(name -> name.replace(root.getFileSystem().getSeparator(), "."))
              .filter(TestNamingTest::hasTests)
              .sorted()
              .toList();
    }
    assertTrue(!withTests.isEmpty(), "no test classes found under " + root);
    List<String> unnamed =
        withTests.stream()
            .filter(name -> !RUN_BY_NAME.matcher(simpleName(name)).matches())
            .toList();
    assertEquals(List.of(), unnamed,
        "these classes hold tests that Maven would never run; end their names in Test");
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static boolean hasTests(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, false, TestNamingTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new AssertionError("cannot load compiled test class " + className, e);
    }
    for (Method method : type.getDeclaredMethods()) {
      for (Annotation annotation : method.getAnnotations()) {
        if (TEST_ANNOTATIONS.contains(annotation.annotationType().getName())) {
          return true;
        }
      }
    }
    return false;
  }
}
