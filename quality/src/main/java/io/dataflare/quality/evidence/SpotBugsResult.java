package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What SpotBugs found in a Java plugin's classes.
 *
 * @param classesAnalyzed how many application classes it analysed
 * @param findings its findings of medium or high confidence, scariest rank first
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SpotBugsResult(int classesAnalyzed, List<StaticFinding> findings) {
  public SpotBugsResult {
    findings = List.copyOf(findings);
  }
}
