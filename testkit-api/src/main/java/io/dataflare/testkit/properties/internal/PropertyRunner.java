package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.properties.Choices;
import io.dataflare.testkit.properties.Counterexample;
import io.dataflare.testkit.properties.Generator;
import io.dataflare.testkit.properties.PropertyCheck;
import io.dataflare.testkit.properties.PropertyResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Runs a property: the simplest value first, then the generator's edge cases, then random values of
 * growing size, each try seeded from the run's seed and its index; the first failure is shrunk.
 * Given the seed, the tries and their order, and so the verdict and the shrunk counterexample, are
 * always the same.
 */
@API(status = INTERNAL, since = "0.1")
public final class PropertyRunner {
  /** Most candidates replayed while shrinking one failure. */
  public static final int SHRINK_BUDGET = 600;

  /** Most time spent shrinking one failure: only slow candidates (timeouts) reach it. */
  public static final Duration SHRINK_TIME_LIMIT = Duration.ofSeconds(60);

  /** Size of the random rest of an edge-case try. */
  private static final int EDGE_SIZE = 10;

  private PropertyRunner() {}

  public static <T> PropertyResult run(
      String name, Generator<T> generator, PropertyCheck<? super T> check, long seed, int tries) {
    List<long[]> plan = new ArrayList<>();
    plan.add(new long[0]);
    plan.addAll(generator.edgeCases());
    int discarded = 0;
    for (int index = 0; index < tries; index++) {
      ChoiceRecorder choices = choicesOf(plan, index, seed);
      T value;
      try {
        value = generator.generate(choices);
      } catch (Unsatisfiable e) {
        discarded++;
        continue;
      }
      Throwable failure = failureOf(check, value);
      if (failure != null) {
        Shrinker.Failing<T> found =
            new Shrinker.Failing<>(choices.made(), choices.spans(), value, failure);
        return failed(name, generator, check, seed, tries, index, discarded, found);
      }
    }
    if (discarded == tries) {
      throw new IllegalStateException(
          "property ["
              + name
              + "]: all ["
              + tries
              + "] tries were discarded, as no value could be made (a filter rejected them all):"
              + " generate valid values directly instead of filtering");
    }
    return new PropertyResult(name, seed, tries, tries, discarded, null);
  }

  private static ChoiceRecorder choicesOf(List<long[]> plan, int index, long seed) {
    if (index == 0) {
      return ChoiceRecorder.replaying(new long[0]);
    }
    long trySeed = Seeds.forTry(seed, index);
    if (index < plan.size()) {
      return ChoiceRecorder.random(plan.get(index), trySeed, EDGE_SIZE);
    }
    int size = Math.min(Choices.MAX_SIZE, 2 + index - plan.size());
    return ChoiceRecorder.random(new long[0], trySeed, size);
  }

  private static <T> PropertyResult failed(
      String name,
      Generator<T> generator,
      PropertyCheck<? super T> check,
      long seed,
      int tries,
      int index,
      int discarded,
      Shrinker.Failing<T> found) {
    Shrinker.Evaluator<T> evaluator =
        new Shrinker.Evaluator<>() {
          @Override
          public Shrinker.@Nullable Made<T> make(long[] candidate) {
            ChoiceRecorder choices = ChoiceRecorder.replaying(candidate);
            try {
              T value = generator.generate(choices);
              return new Shrinker.Made<>(choices.made(), choices.spans(), value);
            } catch (Unsatisfiable e) {
              return null;
            }
          }

          @Override
          public @Nullable Throwable check(T value) {
            return failureOf(check, value);
          }
        };
    Shrinker<T> shrinker =
        new Shrinker<>(evaluator, SHRINK_BUDGET, SHRINK_TIME_LIMIT.toNanos(), found);
    Shrinker.Failing<T> smallest = shrinker.shrink();
    Counterexample counterexample =
        new Counterexample(
            smallest.value(),
            ValueText.show(smallest.value()),
            ValueText.show(found.value()),
            smallest.failure(),
            index,
            shrinker.improvements(),
            smallest.choices().length);
    return new PropertyResult(name, seed, tries, index + 1, discarded, counterexample);
  }

  private static <T> @Nullable Throwable failureOf(PropertyCheck<? super T> check, T value) {
    try {
      check.check(value);
      return null;
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable failure) {
      if (failure instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return failure;
    }
  }
}
