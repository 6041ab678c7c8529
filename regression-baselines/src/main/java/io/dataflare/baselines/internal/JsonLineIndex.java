package io.dataflare.baselines.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every value of a JSON document, by the field path {@link JsonFields} names it with
 * ({@code wallClock.forks[2]}, {@code [0].primaryMetric}), so a problem with a field can name its
 * line. A missing field has the line of the object that should hold it.
 */
final class JsonLineIndex {
  private final Map<String, Integer> lines;

  private JsonLineIndex(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Indexes a document that has already been parsed once (so it is valid JSON). */
  static JsonLineIndex of(byte[] json) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = JsonFields.MAPPER.getFactory().createParser(json)) {
      Deque<Container> open = new ArrayDeque<>();
      String pendingName = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          pendingName = parser.currentName();
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          open.pop();
          continue;
        }
        Container parent = open.peek();
        String path;
        if (parent == null) {
          path = "";
        } else if (parent.array) {
          path = parent.path + "[" + parent.next++ + "]";
        } else {
          path = parent.path.isEmpty() ? pendingName : parent.path + "." + pendingName;
        }
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          open.push(new Container(path, token == JsonToken.START_ARRAY));
        }
      }
    } catch (IOException e) {
      // not reached for a document Jackson has parsed; what was indexed so far still helps
    }
    return new JsonLineIndex(lines);
  }

  /** The line of the value at {@code path}, else of its nearest enclosing value; 0 if none. */
  int lineOf(String path) {
    String at = path;
    while (true) {
      Integer line = lines.get(at);
      if (line != null) {
        return line;
      }
      if (at.isEmpty()) {
        return 0;
      }
      at = parent(at);
    }
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** An object or array being read, and the index of its next element. */
  private static final class Container {
    final String path;
    final boolean array;
    int next;

    Container(String path, boolean array) {
      this.path = path;
      this.array = array;
    }
  }
}
