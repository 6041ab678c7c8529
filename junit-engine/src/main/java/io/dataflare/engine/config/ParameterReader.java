package io.dataflare.engine.config;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.ConfigurationParameters;

/** Reads typed configuration parameters; a bad value fails with the key, value and fix. */
final class ParameterReader {
  private final ConfigurationParameters parameters;

  ParameterReader(ConfigurationParameters parameters) {
    this.parameters = parameters;
  }

  Optional<String> text(String key) {
    return EngineConfiguration.explicit(parameters, key);
  }

  boolean flag(String key, boolean fallback) {
    return text(key)
        .map(
            value ->
                switch (value.toLowerCase(Locale.ROOT)) {
                  case "true", "on", "yes" -> true;
                  case "false", "off", "no" -> false;
                  default -> throw invalid(key, value, "use true or false (on or off)");
                })
        .orElse(fallback);
  }

  int wholeNumber(String key, int fallback, int minimum) {
    return text(key)
        .map(
            value -> {
              try {
                int number = Integer.parseInt(value);
                if (number >= minimum) {
                  return number;
                }
              } catch (NumberFormatException e) {
                // reported below
              }
              throw invalid(key, value, "use a whole number of at least " + minimum);
            })
        .orElse(fallback);
  }

  OptionalLong wholeLong(String key) {
    return text(key)
        .map(
            value -> {
              try {
                return OptionalLong.of(Long.parseLong(value));
              } catch (NumberFormatException e) {
                throw invalid(key, value, "use a whole number, e.g. the seed a failure reported");
              }
            })
        .orElse(OptionalLong.empty());
  }

  double factor(String key, double fallback) {
    return text(key)
        .map(
            value -> {
              try {
                double number = Double.parseDouble(value);
                if (number >= 1 && Double.isFinite(number)) {
                  return number;
                }
              } catch (NumberFormatException e) {
                // reported below
              }
              throw invalid(key, value, "use a number of at least 1, e.g. 10");
            })
        .orElse(fallback);
  }

  <E extends Enum<E>> E oneOf(String key, E fallback, Class<E> type, String accepted) {
    return text(key)
        .map(
            value -> {
              for (E constant : type.getEnumConstants()) {
                if (EngineConfiguration.spelling(constant).equalsIgnoreCase(value)
                    && accepted.contains(EngineConfiguration.spelling(constant))) {
                  return constant;
                }
              }
              throw invalid(key, value, "use one of " + accepted);
            })
        .orElse(fallback);
  }

  private static JUnitException invalid(String key, String value, String fix) {
    return new JUnitException(
        "Configuration parameter ["
            + key
            + "] has an invalid value ["
            + value
            + "]: "
            + fix
            + " (set it in junit-platform.properties or Surefire's configurationParameters)");
  }
}
