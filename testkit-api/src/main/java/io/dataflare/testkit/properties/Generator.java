package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.testkit.properties.internal.Unsatisfiable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Makes values from recorded {@link Choices}. Because a value is a function of its choices, every
 * generator shrinks the same way: the runner replays a shorter, simpler choice sequence and keeps
 * it when the property still fails. Built-in generators are in {@link Generators}.
 *
 * <pre>{@code
 * Generator<String> words = choices -> choices.pick(List.of("a", "bb", "ccc"));
 * Generator<Integer> lengths = words.map(String::length);
 * }</pre>
 *
 * @param <T> the type of the values
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Generator<T> {

  /** Makes one value, drawing every random decision from {@code choices}. */
  T generate(Choices choices);

  /**
   * Choice sequences the first tries of a run start from, before any random one: this generator's
   * edge cases (the empty batch, a record with an empty value, the largest batch...). The rest of
   * each sequence is drawn at random. Empty by default; the first try of every run replays the
   * all-zero sequence, the simplest value, anyway.
   */
  default List<long[]> edgeCases() {
    return List.of();
  }

  /** This generator with these edge cases instead of its own. */
  default Generator<T> withEdgeCases(List<long[]> prefixes) {
    List<long[]> copy = prefixes.stream().map(long[]::clone).toList();
    Generator<T> self = this;
    return new Generator<>() {
      @Override
      public T generate(Choices choices) {
        return self.generate(choices);
      }

      @Override
      public List<long[]> edgeCases() {
        return copy;
      }
    };
  }

  /** Values of this generator passed through {@code mapper}; the edge cases are kept. */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    Generator<T> self = this;
    Generator<R> mapped = choices -> mapper.apply(self.generate(choices));
    return mapped.withEdgeCases(edgeCases());
  }

  /**
   * A generator chosen from each value of this one, e.g. a split of a generated batch; the edge
   * cases of this generator are kept.
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<R>> next) {
    Objects.requireNonNull(next, "next");
    Generator<T> self = this;
    Generator<R> bound = choices -> next.apply(self.generate(choices)).generate(choices);
    return bound.withEdgeCases(edgeCases());
  }

  /**
   * Only the values that pass {@code predicate}: up to 100 values are drawn per try, and a try that
   * finds none is discarded. Prefer generating valid values directly.
   */
  default Generator<T> filter(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    Generator<T> self = this;
    Generator<T> filtered =
        choices -> {
          for (int attempt = 0; attempt < 100; attempt++) {
            T value = self.generate(choices);
            if (predicate.test(value)) {
              return value;
            }
          }
          throw new Unsatisfiable();
        };
    return filtered.withEdgeCases(edgeCases());
  }
}
