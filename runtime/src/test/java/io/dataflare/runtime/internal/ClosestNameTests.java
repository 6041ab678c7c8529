package io.dataflare.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNameTests {
  private static final List<String> KEYS =
      List.of("max_memory_mb", "max_execution_time_ms", "batch_size");

  @Test
  void suggestsAKeyThatIsAPrefixOfTheKnownOne() {
    assertThat(ClosestName.among("max_memory", KEYS)).contains("max_memory_mb");
  }

  @Test
  void suggestsAKeyWithSwappedLetters() {
    assertThat(ClosestName.among("btach_size", KEYS)).contains("batch_size");
  }

  @Test
  void suggestsNothingForAnUnrelatedName() {
    assertThat(ClosestName.among("colour", KEYS)).isEmpty();
  }
}
