package io.dataflare.benchmarks.report;

/**
 * One line of the target table.
 *
 * @param target what the issue asks, e.g. "WASM filter through the runtime within 10% of raw"
 * @param workload the case measured, e.g. "100 B, 10,000 records, compiled"
 * @param measured the figures the verdict comes from
 * @param verdict met, missed or not measured
 */
record Row(String target, String workload, String measured, Verdict verdict) {

  enum Verdict {
    MET("met"),
    MISSED("**missed**"),
    NOT_MEASURED("not measured");

    final String text;

    Verdict(String text) {
      this.text = text;
    }

    static Verdict of(boolean met) {
      return met ? MET : MISSED;
    }
  }

  static Row notMeasured(String target, String workload) {
    return new Row(target, workload, "no result in this run", Verdict.NOT_MEASURED);
  }
}
