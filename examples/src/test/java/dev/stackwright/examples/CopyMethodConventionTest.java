package dev.stackwright.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.compute.Workload;
import dev.stackwright.core.Stack;
import dev.stackwright.mesh.ServiceMesh;
import dev.stackwright.network.Service;
import dev.stackwright.observability.MonitoringStack;
import dev.stackwright.registry.Harbor;
import dev.stackwright.security.policy.Kyverno;
import dev.stackwright.storage.StorageClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The copy-method convention of {@code dev.stackwright.core}'s package-info, held for every value
 * type of every layer: a copy method named {@code withX} is the wither Immutables generates
 * (declared abstract), and a hand-written copy method neither starts with {@code with} nor takes an
 * accessor's name.
 */
class CopyMethodConventionTest {
  private static final List<Class<?>> ONE_PER_MODULE =
      List.of(
          Stack.class,
          Workload.class,
          Service.class,
          StorageClass.class,
          ServiceMesh.class,
          MonitoringStack.class,
          Kyverno.class,
          Harbor.class);

  @Test
  void everyCopyMethodOfAValueTypeIsAGeneratedWitherOrADomainWord() {
    List<String> outliers = new ArrayList<>();
    int copyMethods = 0;
    for (Class<?> type : valueTypes()) {
      for (Method m : type.getDeclaredMethods()) {
        if (!isCopyMethod(type, m)) {
          continue;
        }
        copyMethods++;
        boolean abstractMethod = Modifier.isAbstract(m.getModifiers());
        if (m.getName().startsWith("with") && !abstractMethod) {
          outliers.add(
              type.getName() + "." + m.getName() + ": hand-written, but named as a wither");
        }
        if (!m.getName().startsWith("with") && abstractMethod) {
          outliers.add(type.getName() + "." + m.getName() + ": a wither not named withX");
        }
        if (!abstractMethod && m.getParameterCount() > 0 && isAccessor(type, m.getName())) {
          outliers.add(type.getName() + "." + m.getName() + ": shares an accessor's name");
        }
      }
    }
    assertThat(copyMethods).as("copy methods found").isGreaterThan(40);
    assertThat(outliers).isEmpty();
  }

  private static boolean isCopyMethod(Class<?> type, Method m) {
    int mod = m.getModifiers();
    return Modifier.isPublic(mod)
        && !Modifier.isStatic(mod)
        && !m.isSynthetic()
        && !m.isBridge()
        && m.getReturnType().equals(type)
        && m.getParameterCount() <= 3;
  }

  private static boolean isAccessor(Class<?> type, String name) {
    try {
      return type.getMethod(name).getParameterCount() == 0;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The public top-level types of the layers that Immutables implements. */
  private static List<Class<?>> valueTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> anchor : ONE_PER_MODULE) {
      for (String name : classNames(anchor)) {
        if (name.contains("$")
            || name.substring(name.lastIndexOf('.') + 1).startsWith("Immutable")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, anchor.getClassLoader());
          String generated = type.getPackageName() + ".Immutable" + type.getSimpleName();
          if (Modifier.isPublic(type.getModifiers()) && exists(generated, anchor)) {
            types.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // Not loadable on its own (say, needs an optional dependency): not a value type here.
        }
      }
    }
    assertThat(types).as("value types found").hasSizeGreaterThan(100);
    return types;
  }

  private static boolean exists(String name, Class<?> anchor) {
    try {
      Class.forName(name, false, anchor.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The classes of {@code anchor}'s module, from its classes folder or its jar. */
  private static List<String> classNames(Class<?> anchor) {
    try {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          return files
              .map(root::relativize)
              .map(Path::toString)
              .filter(f -> f.endsWith(".class"))
              .map(f -> f.substring(0, f.length() - 6).replace('/', '.').replace('\\', '.'))
              .toList();
        }
      }
      try (JarFile jar = new JarFile(root.toFile())) {
        return jar.stream()
            .map(e -> e.getName())
            .filter(f -> f.endsWith(".class") && f.startsWith("dev/"))
            .map(f -> f.substring(0, f.length() - 6).replace('/', '.'))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
