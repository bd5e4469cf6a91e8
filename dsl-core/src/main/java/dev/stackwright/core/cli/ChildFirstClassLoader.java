package dev.stackwright.core.cli;

import java.net.URL;
import java.net.URLClassLoader;

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
          return super.loadClass(name, resolve);
        }
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  @Override
  public URL getResource(String name) {
    URL own = findResource(name);
    return own != null ? own : super.getResource(name);
  }
}
