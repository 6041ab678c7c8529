package io.dataflare.testkit.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.FailureKind;
import io.dataflare.testkit.properties.Contract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Checks the {@code [properties]} table of a spec file (format: {@code docs/properties.md}), each
 * problem on its key's line: unknown keys and contracts, wrong types, a twin manifest that does not
 * exist, a contract that lacks what it needs. The table itself is kept as parsed on the suite.
 */
@API(status = INTERNAL, since = "0.1")
public final class PropertiesReader {
  private static final Pattern CLASS_NAME =
      Pattern.compile(
          "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*(\\$\\p{javaJavaIdentifierPart}+)*");

  private PropertiesReader() {}

  /** Reports the table's problems; {@code specFile}'s directory is where paths resolve. */
  public static void check(SpecTable properties, Path specFile) {
    properties.checkKeys();
    List<String> contracts = properties.strings("contracts").orElse(List.of());
    for (int i = 0; i < contracts.size(); i++) {
      try {
        Contract.fromSpecName(contracts.get(i));
      } catch (IllegalArgumentException e) {
        properties
            .problems()
            .add(
                TomlLineIndex.element(properties.path("contracts"), i),
                "unknown contract [" + contracts.get(i) + "]",
                e.getMessage().substring(e.getMessage().indexOf("]: ") + 3));
      }
    }
    Optional<String> twin = properties.string("differential");
    twin.ifPresent(path -> checkTwin(properties, specFile, path));
    Optional<String> legacy = properties.string("legacy");
    if (legacy.isPresent() && !CLASS_NAME.matcher(legacy.get()).matches()) {
      properties.problem(
          "legacy", "legacy plugin class [" + legacy.get() + "] is not a class name");
    }
    properties.integer("tries", 1, 1_000_000);
    properties.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
    List<String> allowed = properties.strings("robust_allows").orElse(List.of());
    for (int i = 0; i < allowed.size(); i++) {
      if (!isFailureKind(allowed.get(i))) {
        properties
            .problems()
            .add(
                TomlLineIndex.element(properties.path("robust_allows"), i),
                "unknown failure kind [" + allowed.get(i) + "]",
                "use one of "
                    + String.join(
                        ", ", Arrays.stream(FailureKind.values()).map(Enum::name).toList()));
      }
    }
    needs(properties, contracts, "differential", "a twin to compare with");
    needs(properties, contracts, "legacy", "the legacy plugin class");
    if (contracts.isEmpty()
        && !properties.has("differential")
        && !properties.has("legacy")
        && !properties.has("contracts")) {
      properties.problem(
          "contracts",
          "[properties] declares no contract",
          "add e.g. " + properties.keys().example("contracts"));
    }
  }

  private static void checkTwin(SpecTable properties, Path specFile, String path) {
    Path twin = specFile.toAbsolutePath().normalize().getParent().resolve(path).normalize();
    if (!Files.isRegularFile(twin)) {
      properties.problem(
          "differential",
          "twin manifest [" + path + "] does not exist (looked for [" + twin + "])",
          "give the twin's plugin.toml relative to the spec file's directory");
    }
  }

  /** A contract listed without the key it needs. */
  private static void needs(
      SpecTable properties, List<String> contracts, String contract, String what) {
    int index = contracts.indexOf(contract);
    if (index >= 0 && !properties.has(contract)) {
      properties
          .problems()
          .add(
              TomlLineIndex.element(properties.path("contracts"), index),
              "contract ["
                  + contract
                  + "] needs "
                  + what
                  + ", and [properties] has no ["
                  + contract
                  + "]",
              "add " + properties.keys().example(contract));
    }
  }

  private static boolean isFailureKind(String name) {
    return Arrays.stream(FailureKind.values())
        .anyMatch(kind -> kind.name().equals(name.toUpperCase(Locale.ROOT)));
  }
}
