package io.dataflare.runtime.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The {@linkplain PluginInstance#resources() resources} of a pool's live instances, kept apart from
 * the instances: the cleaner of a handle nobody references closes these, and because it reaches
 * only these, the instances and their linear memories are garbage as soon as the handle is (not one
 * collection later, after the cleaner has run). Thread-safe.
 */
final class InstanceResources {
  private final Set<AutoCloseable> open = Collections.newSetFromMap(new IdentityHashMap<>());

  synchronized void add(AutoCloseable resources) {
    open.add(resources);
  }

  /** Forgets resources their instance's holder closes (or has closed). */
  synchronized void remove(AutoCloseable resources) {
    open.remove(resources);
  }

  /** Closes every resource still open; one that fails to close does not stop the others. */
  void closeAll() {
    List<AutoCloseable> toClose;
    synchronized (this) {
      toClose = new ArrayList<>(open);
      open.clear();
    }
    for (AutoCloseable resources : toClose) {
      try {
        resources.close();
      } catch (Exception | LinkageError e) {
        // nobody is left to tell: the handle that owned them is gone
      }
    }
  }
}
