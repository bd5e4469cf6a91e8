package dev.stackwright.core.cli;

import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.util.Arrays;

/**
 * Loads the classes of the user's definition from its class folders before asking the parent, so
 * each {@code watch} run sees the classes as they are now on disk, not as the JVM first loaded
 * them. Everything not in those folders (the Stackwright library, the JDK) comes from the parent,
 * so the fresh definition builds the same {@code Stack} type the CLI synthesizes.
 */
final class ChildFirstClassLoader extends URLClassLoader {
  static {
    ClassLoader.registerAsParallelCapable();
  }

  ChildFirstClassLoader(URL[] folders, ClassLoader parent) {
    super("stackwright-watch", folders, parent);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        try {
          c = findClass(name);
        } catch (ClassNotFoundException notInTheFolders) {
          return fromParent(name, resolve);
        }
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  /**
   * The parent's class, unless the parent took it from one of these folders: then it is a stale
   * copy of a class the folders no longer hold (deleted by a clean or a compile under way).
   */
  private Class<?> fromParent(String name, boolean resolve) throws ClassNotFoundException {
    Class<?> c = super.loadClass(name, resolve);
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source != null && Arrays.asList(getURLs()).contains(source.getLocation())) {
      throw new ClassNotFoundException(name + " is no longer in " + source.getLocation());
    }
    return c;
  }

  @Override
  public URL getResource(String name) {
    URL own = findResource(name);
    return own != null ? own : super.getResource(name);
  }
}
