package io.dataflare.baselines.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.baselines.internal.JsonFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reduces JMH raw data to one value per fork. JMH's own {@code score} and {@code scoreError} pool
 * every iteration of every fork as if they were independent; they are not (iterations of one fork
 * share its JIT and heap layout), so the gate never uses them.
 */
final class ForkReducer {
  private final JsonFields fields;

  ForkReducer(JsonFields fields) {
    this.fields = fields;
  }

  /** {@code rawData[fork][iteration]}: a fork's value is the mean of its iterations. */
  List<Double> meanPerFork(JsonNode rawData, String path) {
    fields.arrayValue(rawData, path);
    List<Double> forks = new ArrayList<>(rawData.size());
    for (int fork = 0; fork < rawData.size(); fork++) {
      String forkPath = path + "[" + fork + "]";
      JsonNode iterations = fields.arrayValue(rawData.get(fork), forkPath);
      double sum = 0;
      for (int i = 0; i < iterations.size(); i++) {
        sum += fields.numberValue(iterations.get(i), forkPath + "[" + i + "]");
      }
      forks.add(sum / iterations.size());
    }
    return forks;
  }

  /**
   * {@code rawDataHistogram[fork][iteration] = [[value, count], ...]} (JMH's sample mode): a fork's
   * value is the mean of all its samples, each histogram value weighted by its count.
   */
  List<Double> weightedMeanPerFork(JsonNode histogram, String path) {
    List<Double> forks = new ArrayList<>();
    for (double[][] bins : binsPerFork(histogram, path)) {
      double weightedSum = 0;
      double samples = 0;
      for (double[] bin : bins) {
        weightedSum += bin[0] * bin[1];
        samples += bin[1];
      }
      forks.add(weightedSum / samples);
    }
    return forks;
  }

  /**
   * {@code rawDataHistogram} as in {@link #weightedMeanPerFork}: a fork's value is the median of
   * all its samples (the lower median when their number is even). Unlike the mean, it does not move
   * when another process preempts a few calls of the fork.
   */
  List<Double> weightedMedianPerFork(JsonNode histogram, String path) {
    List<Double> forks = new ArrayList<>();
    for (double[][] bins : binsPerFork(histogram, path)) {
      Arrays.sort(bins, Comparator.comparingDouble((double[] bin) -> bin[0]));
      double samples = 0;
      for (double[] bin : bins) {
        samples += bin[1];
      }
      double seen = 0;
      for (double[] bin : bins) {
        seen += bin[1];
        if (seen >= samples / 2) {
          forks.add(bin[0]);
          break;
        }
      }
    }
    return forks;
  }

  /** Every fork's histogram bins {@code [value, count]}, all iterations together. */
  private List<double[][]> binsPerFork(JsonNode histogram, String path) {
    fields.arrayValue(histogram, path);
    List<double[][]> forks = new ArrayList<>(histogram.size());
    for (int fork = 0; fork < histogram.size(); fork++) {
      String forkPath = path + "[" + fork + "]";
      JsonNode iterations = fields.arrayValue(histogram.get(fork), forkPath);
      List<double[]> forkBins = new ArrayList<>();
      double samples = 0;
      for (int i = 0; i < iterations.size(); i++) {
        String iterationPath = forkPath + "[" + i + "]";
        JsonNode bins = fields.arrayValue(iterations.get(i), iterationPath);
        for (int b = 0; b < bins.size(); b++) {
          String binPath = iterationPath + "[" + b + "]";
          JsonNode bin = fields.arrayValue(bins.get(b), binPath);
          if (bin.size() != 2) {
            throw fields.problem("field [" + binPath + "] must be a pair [value, count]");
          }
          double value = fields.numberValue(bin.get(0), binPath + "[0]");
          double count = fields.numberValue(bin.get(1), binPath + "[1]");
          forkBins.add(new double[] {value, count});
          samples += count;
        }
      }
      if (samples <= 0) {
        throw fields.problem("fork [" + forkPath + "] has no samples");
      }
      forks.add(forkBins.toArray(new double[0][]));
    }
    return forks;
  }

  /** {@code rawData[pass] = [count]}: the first value of each pass. */
  List<Double> firstPerPass(JsonNode rawData, String path) {
    fields.arrayValue(rawData, path);
    List<Double> passes = new ArrayList<>(rawData.size());
    for (int pass = 0; pass < rawData.size(); pass++) {
      String passPath = path + "[" + pass + "]";
      JsonNode values = fields.arrayValue(rawData.get(pass), passPath);
      passes.add(fields.numberValue(values.get(0), passPath + "[0]"));
    }
    return passes;
  }
}
