package io.dataflare.quality.evidence.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Finds the top-level types of a Java source file and whether each is public and has a javadoc
 * comment ({@code /** ... *&#47;} before its annotations and modifiers). A small lexer: it skips
 * comments, strings, text blocks and character literals, so braces inside them do not count.
 */
@API(status = INTERNAL, since = "0.1")
public final class PublicTypeScanner {
  private static final Pattern DECLARATION =
      Pattern.compile("\\b(class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");
  private static final Pattern ANNOTATION_TYPE =
      Pattern.compile("@\\s*interface\\s+([A-Za-z_$][\\w$]*)");
  private static final Pattern ANNOTATION = Pattern.compile("@[\\w.$]+\\s*(\\([^)]*\\))?");

  private PublicTypeScanner() {}

  /**
   * A top-level type.
   *
   * @param name its simple name
   * @param isPublic whether it is declared public
   * @param documented whether a javadoc comment precedes it
   */
  public record TopLevelType(String name, boolean isPublic, boolean documented) {}

  /** The top-level types declared in {@code source}, in order. */
  public static List<TopLevelType> scan(String source) {
    List<TopLevelType> types = new ArrayList<>();
    StringBuilder header = new StringBuilder();
    boolean javadoc = false;
    int depth = 0;
    int parens = 0;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("/**", i) && !source.startsWith("/**/", i)) {
        i = end(source, source.indexOf("*/", i + 3), 2);
        javadoc |= depth == 0;
        continue;
      }
      if (source.startsWith("/*", i)) {
        i = end(source, source.indexOf("*/", i + 2), 2);
        continue;
      }
      if (source.startsWith("//", i)) {
        i = end(source, source.indexOf('\n', i), 1);
        continue;
      }
      if (source.startsWith("\"\"\"", i)) {
        i = end(source, source.indexOf("\"\"\"", i + 3), 3);
        continue;
      }
      if (c == '"' || c == '\'') {
        i = skipQuoted(source, i, c);
        continue;
      }
      if (depth == 0) {
        if (c == '(') {
          parens++;
        } else if (c == ')') {
          parens = Math.max(0, parens - 1);
        }
        if (c == '{' && parens == 0) {
          declaration(header.toString(), javadoc, types);
          header.setLength(0);
          javadoc = false;
          depth++;
        } else if (c == ';') {
          header.setLength(0);
          javadoc = false;
        } else {
          header.append(c);
        }
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
      i++;
    }
    return types;
  }

  private static void declaration(String header, boolean javadoc, List<TopLevelType> types) {
    Matcher annotationType = ANNOTATION_TYPE.matcher(header);
    String name;
    int keywordAt;
    if (annotationType.find()) {
      name = annotationType.group(1);
      keywordAt = annotationType.start();
    } else {
      String withoutAnnotations = ANNOTATION.matcher(header).replaceAll(" ");
      Matcher declaration = DECLARATION.matcher(withoutAnnotations);
      if (!declaration.find()) {
        return;
      }
      name = declaration.group(2);
      header = withoutAnnotations;
      keywordAt = declaration.start();
    }
    String modifiers = ANNOTATION.matcher(header.substring(0, keywordAt)).replaceAll(" ");
    types.add(new TopLevelType(name, modifiers.matches("(?s).*\\bpublic\\b.*"), javadoc));
  }

  private static int end(String source, int found, int length) {
    return found < 0 ? source.length() : found + length;
  }

  private static int skipQuoted(String source, int start, char quote) {
    int i = start + 1;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == quote || c == '\n') {
        return i + 1;
      }
      i++;
    }
    return i;
  }
}
