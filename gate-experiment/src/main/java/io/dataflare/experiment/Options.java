package io.dataflare.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The {@code --name=value} options of a command, each read once, with errors that name them. */
final class Options {
  private final Map<String, String> values = new LinkedHashMap<>();

  private Options(List<String> args, Set<String> known) {
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument [" + arg + "]");
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "unknown option [--" + name + "] (fix: use one of " + known + ")");
      }
      values.put(name, equals < 0 ? "true" : arg.substring(equals + 1));
    }
  }

  static Options parse(List<String> args, String... known) {
    return new Options(args, Set.of(known));
  }

  @Nullable String text(String name) {
    return values.get(name);
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  boolean flag(String name) {
    return Boolean.parseBoolean(values.getOrDefault(name, "false"));
  }

  Path path(String name, String fallback) {
    return Path.of(text(name, fallback));
  }

  int number(String name, int fallback) {
    String text = values.get(name);
    return text == null ? fallback : parseInt(name, text);
  }

  long longNumber(String name, long fallback) {
    String text = values.get(name);
    try {
      return text == null ? fallback : Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "option [--" + name + "] needs a whole number but was [" + text + "]");
    }
  }

  List<Integer> numbers(String name, String fallback) {
    List<Integer> list = new ArrayList<>();
    if (text(name, fallback).equals("none")) {
      return list;
    }
    for (String part : text(name, fallback).split(",")) {
      list.add(parseInt(name, part.trim()));
    }
    return list;
  }

  List<String> list(String name, String fallback) {
    return Arrays.stream(text(name, fallback).split(",")).map(String::trim).toList();
  }

  private static int parseInt(String name, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "option [--" + name + "] needs a whole number but was [" + text + "]");
    }
  }
}
