package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.properties.Choices;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Variable-length sequences as choices: before each element a "one more?" choice, so deleting an
 * element's choices (a marked part) deletes the element, and a zero ends the sequence early.
 */
@API(status = INTERNAL, since = "0.1")
public final class Lists {
  private Lists() {}

  /**
   * Up to {@code max} elements, about {@code average} of them at random.
   *
   * @param average the mean length at random; the length is geometric around it
   */
  public static <T> List<T> many(Choices choices, int max, double average, Supplier<T> element) {
    return withChance(choices, max, average <= 0 ? 0 : average / (average + 1), element);
  }

  /** Up to {@code max} elements, each next one with probability {@code more} at random. */
  public static <T> List<T> withChance(Choices choices, int max, double more, Supplier<T> element) {
    List<T> elements = new ArrayList<>();
    while (elements.size() < max) {
      int part = ChoiceRecorder.startSpan(choices);
      if (!choices.chance(more)) {
        break;
      }
      elements.add(element.get());
      ChoiceRecorder.endSpan(choices, part);
    }
    return elements;
  }

  /** A mean length that grows with the size from {@code smallest} by {@code perSize} per size. */
  public static double average(Choices choices, double smallest, double perSize, int max) {
    return Math.min(max, smallest + perSize * choices.size());
  }
}
