package io.dataflare.runtime.internal;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The handles one runtime loaded, held weakly: the runtime closes those still in use when it
 * closes, and a handle nobody references any more is forgotten, its instances collected with it and
 * their resources closed by a cleaner. Without this, a long-lived runtime that loads plugins again
 * and again (a handle has no close of its own) would keep every instance it ever made until it ran
 * out of heap. Thread-safe.
 */
final class LoadedHandles {
  private static final Cleaner CLEANER = Cleaner.create();

  private final Set<PooledHandle> handles = Collections.newSetFromMap(new WeakHashMap<>());

  synchronized void add(PooledHandle handle) {
    handles.add(handle);
    // the action must hold neither the handle nor its instances, whose memories would otherwise
    // stay alive until the cleaner thread has run it
    InstanceResources resources = handle.resources();
    CLEANER.register(handle, resources::closeAll);
  }

  /** Handles still referenced somewhere. */
  synchronized int size() {
    return handles.size();
  }

  /** Closes every handle still referenced and forgets them all. */
  void closeAll() {
    List<PooledHandle> open;
    synchronized (this) {
      open = new ArrayList<>(handles);
      handles.clear();
    }
    open.forEach(PooledHandle::close);
  }
}
