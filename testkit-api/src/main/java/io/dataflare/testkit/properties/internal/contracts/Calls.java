package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginSession;
import io.dataflare.testkit.properties.internal.ValueText;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs batches the ways the contracts compare: one call, a session of several batches, several
 * sessions held at once (each on its own instance), or a batch cut into parts. An exception that
 * escapes the runtime is a crash of the host, and a violation of every contract.
 */
final class Calls {
  private Calls() {}

  /** One batch on one pooled instance, which is reset and given back after it. */
  static Outcome call(PluginHandle handle, List<PluginRecord> batch) {
    try {
      return Outcome.of(handle.processBatch(batch));
    } catch (RuntimeException crash) {
      throw crashed(handle, crash, ValueText.batch(batch));
    }
  }

  /** One batch in a session already open (and so on its instance), from any thread. */
  static Outcome inSession(PluginHandle handle, PluginSession session, List<PluginRecord> batch) {
    try {
      return Outcome.of(session.processBatch(batch));
    } catch (RuntimeException crash) {
      throw crashed(handle, crash, ValueText.batch(batch));
    }
  }

  /** Batches in order on one instance, so state carries across them. */
  static List<Outcome> session(PluginHandle handle, List<List<PluginRecord>> batches) {
    return sessionsAtOnce(handle, List.of(batches)).get(0);
  }

  /**
   * Each list of batches in a session of its own, all sessions open until the last has run, so on a
   * fresh handle each runs on a new instance.
   */
  static List<List<Outcome>> sessionsAtOnce(
      PluginHandle handle, List<List<List<PluginRecord>>> perSession) {
    List<PluginSession> sessions = new ArrayList<>();
    List<List<Outcome>> outcomes = new ArrayList<>();
    try {
      for (List<List<PluginRecord>> batches : perSession) {
        PluginSession session = handle.openSession();
        sessions.add(session);
        List<Outcome> results = new ArrayList<>();
        for (List<PluginRecord> batch : batches) {
          results.add(Outcome.of(session.processBatch(batch)));
        }
        outcomes.add(results);
      }
    } catch (RuntimeException crash) {
      throw crashed(handle, crash, "a session");
    } finally {
      sessions.forEach(PluginSession::close);
    }
    return outcomes;
  }

  /** A batch cut into parts, each its own call, joined as one outcome. */
  static Outcome inParts(PluginHandle handle, List<List<PluginRecord>> parts) {
    List<Outcome> outcomes = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    int offset = 0;
    for (List<PluginRecord> part : parts) {
      Outcome outcome = call(handle, part);
      outcomes.add(outcome);
      offsets.add(offset);
      offset += part.size();
      if (outcome.failed()) {
        break;
      }
    }
    return Outcome.joined(outcomes, offsets);
  }

  private static ContractViolation crashed(
      PluginHandle handle, RuntimeException crash, String input) {
    ContractViolation violation =
        new ContractViolation(
            "the runtime threw ["
                + crash
                + "] running plugin ["
                + handle.name()
                + "] on "
                + input.replace("\n", "\n  ")
                + ": a plugin must never crash the host, whatever its input");
    violation.initCause(crash);
    return violation;
  }
}
