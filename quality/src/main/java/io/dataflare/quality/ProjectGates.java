package io.dataflare.quality;

import io.dataflare.quality.evidence.SurefireResults;
import io.dataflare.quality.evidence.TestCaseResult;
import io.dataflare.runtime.PluginManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The build and tests gates of a plugin whose manifest is valid. */
final class ProjectGates {
  private ProjectGates() {}

  /** The plugin's code exists: its WASM module, or its compiled classes. */
  static Gate build(PluginManifest manifest, PluginProject project) {
    if (manifest.plugin().isWasm()) {
      Path module = manifest.modulePath().orElseThrow();
      return Files.isRegularFile(module)
          ? Gate.passed(Gate.BUILD, "module [" + relative(project, module) + "] exists")
          : Gate.failed(
              Gate.BUILD,
              "module ["
                  + relative(project, module)
                  + "] named by [plugin] module does not exist (fix: build the plugin)");
    }
    String className = manifest.plugin().className();
    if (className != null) {
      Path classFile = project.classesDirectory().resolve(className.replace('.', '/') + ".class");
      return Files.isRegularFile(classFile)
          ? Gate.passed(Gate.BUILD, "class [" + className + "] is compiled")
          : Gate.failed(
              Gate.BUILD,
              "class ["
                  + className
                  + "] named by [plugin] class is not in ["
                  + relative(project, project.classesDirectory())
                  + "] (fix: compile the plugin, or correct the class name)");
    }
    return hasClasses(project.classesDirectory())
        ? Gate.passed(Gate.BUILD, "the plugin's classes are compiled")
        : Gate.failed(
            Gate.BUILD,
            "no compiled classes in ["
                + relative(project, project.classesDirectory())
                + "] (fix: compile the plugin)");
  }

  /** The tests ran and none failed. */
  static Gate tests(SurefireResults tests, PluginProject project) {
    if (tests.total() == 0) {
      return Gate.failed(
          Gate.TESTS,
          "no test results in ["
              + relative(project, tests.directory())
              + "] (fix: run the tests, `mvn verify`, before the quality goal; a plugin needs"
              + " passing specs to be scored)");
    }
    if (tests.broken() > 0) {
      String names =
          String.join(
              ", ",
              tests.tests().stream()
                  .filter(TestCaseResult::broken)
                  .limit(3)
                  .map(t -> t.suite() + "/" + t.name())
                  .toList());
      return Gate.failed(
          Gate.TESTS,
          tests.broken()
              + " of "
              + tests.total()
              + " tests failed ("
              + names
              + (tests.broken() > 3 ? ", ..." : "")
              + "); fix them to be scored");
    }
    return Gate.passed(
        Gate.TESTS,
        tests.total()
            + " tests, none failed"
            + (tests.skipped() > 0 ? " (" + tests.skipped() + " skipped)" : ""));
  }

  private static boolean hasClasses(Path directory) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.anyMatch(f -> f.toString().endsWith(".class"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list [" + directory + "]", e);
    }
  }

  static String relative(PluginProject project, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = project.baseDirectory().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }
}
