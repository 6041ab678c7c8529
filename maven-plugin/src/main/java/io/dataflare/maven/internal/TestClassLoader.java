package io.dataflare.maven.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a project's test classes (Java spec classes) in the plugin's JVM. The plugin's own classes
 * come first, so the spec annotations and the testkit types are the plugin's.
 */
public final class TestClassLoader {
  private TestClassLoader() {}

  /** A loader of these class path entries, asking {@code parent} first. */
  public static URLClassLoader of(List<Path> classpath, ClassLoader parent) {
    List<URL> urls = new ArrayList<>();
    for (Path entry : classpath) {
      try {
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("Class path entry [" + entry + "] is not a URL", e);
      }
    }
    return new URLClassLoader("dataflare-test-classes", urls.toArray(URL[]::new), parent);
  }
}
