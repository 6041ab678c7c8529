package io.dataflare.runtime.nativ;

import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.PluginException;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Refuses native plugins whose own code can end the JVM ({@code System.exit}, {@code Runtime.exit},
 * {@code Runtime.halt}): such a call in a plugin would end the test run, and with it the build,
 * without a report. A {@code SecurityManager} could stop the call at run time, but it is deprecated
 * since Java 17 and gone in later releases; reading the class files works on every release and
 * fails at load, before any code of the plugin runs.
 *
 * <p>The check reads the constant pools of the plugin class and of every class it references,
 * transitively, that comes from the same place (the same directory or jar), looking for a method
 * reference to one of those three methods; a method reference ({@code System::exit}) counts too.
 * Code reached only through reflection, method handles built from strings, native code or other
 * jars (libraries) is not seen.
 */
final class ExitCalls {
  /** Classes read per plugin at most; a plugin's own code is far smaller. */
  private static final int MAX_CLASSES = 4096;

  private static final ClassValue<Optional<String>> FOUND =
      new ClassValue<>() {
        @Override
        protected Optional<String> computeValue(Class<?> type) {
          return find(type);
        }
      };

  private ExitCalls() {}

  /**
   * @throws PluginException {@code POLICY_VIOLATION} naming the class and the call, when the plugin
   *     class or a class of its own code calls a method that ends the JVM
   */
  static void reject(String pluginName, Class<?> pluginClass) {
    FOUND
        .get(pluginClass)
        .ifPresent(
            call -> {
              throw PluginException.of(
                  FailureKind.POLICY_VIOLATION,
                  pluginName,
                  call
                      + ", which would end the JVM running the plugin (and the test run and build"
                      + " with it); a plugin must report a failure by throwing an exception or"
                      + " returning PluginResult.failure(...): remove the call");
            });
  }

  /** The first call that ends the JVM, as "class [a.B] calls java.lang.System.exit". */
  static Optional<String> find(Class<?> pluginClass) {
    ClassLoader loader = pluginClass.getClassLoader();
    String root = internalName(pluginClass);
    URL rootFile = loader == null ? null : loader.getResource(root + ".class");
    if (rootFile == null) {
      return Optional.empty(); // a JDK or generated class: no class file to read
    }
    String home = rootFile.toString();
    home = home.substring(0, home.length() - (root + ".class").length());
    ArrayDeque<String> pending = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    pending.add(root);
    seen.add(root);
    while (!pending.isEmpty() && seen.size() <= MAX_CLASSES) {
      String name = pending.poll();
      ConstantPool pool = ConstantPool.read(loader, home, name);
      if (pool == null) {
        continue;
      }
      String call = pool.exitCall();
      if (call != null) {
        return Optional.of("class [" + name.replace('/', '.') + "] calls " + call);
      }
      for (String referenced : pool.classes()) {
        if (seen.add(referenced)) {
          pending.add(referenced);
        }
      }
    }
    return Optional.empty();
  }

  private static String internalName(Class<?> type) {
    return type.getName().replace('.', '/');
  }

  /** The parts of a class file's constant pool this check needs. */
  private static final class ConstantPool {
    private final String[] utf8;
    private final int[] classNameIndex;
    private final int[] refClassIndex;
    private final int[] refNameAndType;
    private final int[] natNameIndex;

    private ConstantPool(int count) {
      utf8 = new String[count];
      classNameIndex = new int[count];
      refClassIndex = new int[count];
      refNameAndType = new int[count];
      natNameIndex = new int[count];
    }

    /** The pool of class {@code name} when its class file lies under {@code home}, else null. */
    static @Nullable ConstantPool read(ClassLoader loader, String home, String name) {
      URL file = loader.getResource(name + ".class");
      if (file == null || !file.toString().startsWith(home)) {
        return null; // the JDK, a library or a generated class: not the plugin's own code
      }
      try (InputStream stream = file.openStream()) {
        return parse(new DataInputStream(stream));
      } catch (IOException | RuntimeException e) {
        return null; // unreadable or malformed: the JVM itself would not have loaded it
      }
    }

    private static ConstantPool parse(DataInputStream in) throws IOException {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException("not a class file");
      }
      in.readUnsignedShort(); // minor version
      in.readUnsignedShort(); // major version
      int count = in.readUnsignedShort();
      ConstantPool pool = new ConstantPool(count);
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> pool.utf8[i] = in.readUTF();
          case 7 -> pool.classNameIndex[i] = in.readUnsignedShort();
          case 10, 11 -> { // Methodref, InterfaceMethodref
            pool.refClassIndex[i] = in.readUnsignedShort();
            pool.refNameAndType[i] = in.readUnsignedShort();
          }
          case 12 -> { // NameAndType
            pool.natNameIndex[i] = in.readUnsignedShort();
            in.readUnsignedShort();
          }
          case 9, 17, 18, 3, 4 -> in.readInt(); // Fieldref, (Invoke)Dynamic, Integer, Float
          case 5, 6 -> { // Long, Double take two entries
            in.readLong();
            i++;
          }
          case 8, 16, 19, 20 -> in.readUnsignedShort(); // String, MethodType, Module, Package
          case 15 -> { // MethodHandle: kind, then a Methodref read through its own entry
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          default -> throw new IOException("unknown constant pool tag " + tag);
        }
      }
      return pool;
    }

    /** "java.lang.System.exit" when the pool references a method that ends the JVM. */
    @Nullable String exitCall() {
      for (int i = 1; i < refClassIndex.length; i++) {
        if (refClassIndex[i] == 0) {
          continue;
        }
        String owner = utf8[classNameIndex[refClassIndex[i]]];
        String method = utf8[natNameIndex[refNameAndType[i]]];
        boolean exits =
            ("java/lang/System".equals(owner) && "exit".equals(method))
                || ("java/lang/Runtime".equals(owner)
                    && ("exit".equals(method) || "halt".equals(method)));
        if (exits) {
          return owner.replace('/', '.') + "." + method;
        }
      }
      return null;
    }

    /** Internal names of the classes the pool references (array element types included). */
    Set<String> classes() {
      Set<String> names = new HashSet<>();
      for (int index : classNameIndex) {
        String name = index == 0 ? null : utf8[index];
        if (name == null) {
          continue;
        }
        int dims = 0;
        while (dims < name.length() && name.charAt(dims) == '[') {
          dims++;
        }
        if (dims == 0) {
          names.add(name);
        } else if (name.charAt(dims) == 'L' && name.endsWith(";")) {
          names.add(name.substring(dims + 1, name.length() - 1));
        }
      }
      return names;
    }
  }
}
