package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.legacy.SmartPlugin;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Legacy plugin classes named in spec files: checked when read, instantiated per run. */
@API(status = INTERNAL, since = "0.1")
public final class LegacyClasses {
  private LegacyClasses() {}

  /**
   * A supplier of new instances of the named {@link SmartPlugin} class, loaded when first asked for
   * one (spec files are read where the test classpath may not be).
   */
  public static Supplier<SmartPlugin> supplier(String className) {
    return new Supplier<>() {
      private @Nullable Supplier<SmartPlugin> loaded;

      @Override
      public synchronized SmartPlugin get() {
        if (loaded == null) {
          loaded = load(className);
        }
        return loaded.get();
      }
    };
  }

  /**
   * A supplier of new instances of the named {@link SmartPlugin} class, loaded now.
   *
   * @throws IllegalArgumentException naming the class and the fix when it cannot be used
   */
  public static Supplier<SmartPlugin> load(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, false, classLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException(
          "legacy plugin class ["
              + className
              + "] cannot be loaded ("
              + e
              + "): put it on the test"
              + " classpath or correct the name");
    }
    if (!SmartPlugin.class.isAssignableFrom(type)
        || type.isInterface()
        || Modifier.isAbstract(type.getModifiers())) {
      throw new IllegalArgumentException(
          "legacy plugin class ["
              + className
              + "] is not a concrete "
              + SmartPlugin.class.getName()
              + ": name a class that implements it");
    }
    Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(
          "legacy plugin class [" + className + "] has no public no-argument constructor: add one");
    }
    return () -> {
      try {
        return (SmartPlugin) constructor.newInstance();
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(
            "the constructor of legacy plugin class [" + className + "] threw " + e.getCause(),
            e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            "legacy plugin class [" + className + "] could not be created: " + e, e);
      }
    };
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : LegacyClasses.class.getClassLoader();
  }
}
