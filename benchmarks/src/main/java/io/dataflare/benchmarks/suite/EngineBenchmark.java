package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.engine.EngineRuns;
import io.dataflare.benchmarks.engine.SpecCorpus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1,000 spec cases run by the {@code dataflare} engine against 1,000 hand-written Jupiter tests
 * making the same calls, each a whole launcher run (discovery, one pooled runtime, execution).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class EngineBenchmark {
  private static final int CASES = 1_000;

  /** Which tests run (see {@code NativeThroughputBenchmark#via} for why it sorts last). */
  @Param({"specCases", "handWrittenJupiterTests"})
  public String via;

  private SpecCorpus corpus;
  private EngineRuns runs;

  @Setup(Level.Trial)
  public void setUp() {
    corpus = SpecCorpus.write(CASES);
    runs = new EngineRuns(corpus);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    corpus.delete();
  }

  @Benchmark
  public long run() {
    return via.equals("specCases") ? runs.specFile() : runs.handWritten();
  }
}
