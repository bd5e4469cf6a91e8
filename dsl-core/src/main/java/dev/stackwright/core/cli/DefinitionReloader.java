package dev.stackwright.core.cli;

import dev.stackwright.core.validate.UserFrames;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Loads the user's definition afresh for {@code watch}: a new {@link ChildFirstClassLoader} over
 * the class folder that holds the definition's host class (the class whose {@code main} calls
 * {@code Stackwright.main}), then that {@code main} again, with a {@link DefinitionCapture} open so
 * it hands its definition back instead of running a command.
 */
final class DefinitionReloader {
  private final Class<?> host;
  private final Path folder;
  private final String[] args;

  private DefinitionReloader(Class<?> host, Path folder, String[] args) {
    this.host = host;
    this.folder = folder;
    this.args = args.clone();
  }

  /**
   * A reloader for the definition whose {@code main} is in {@code host}, passing {@code args} to it
   * as the first run did.
   *
   * @throws UsageException when {@code host} was not loaded from a class folder (from a jar, say)
   */
  static DefinitionReloader of(Class<?> host, String[] args) {
    return new DefinitionReloader(host, classFolder(host), args);
  }

  /** The class folder the definition is loaded from, to watch. */
  Path folder() {
    return folder;
  }

  /**
   * Whether the class folder holds the host class now; not while a compile that deleted it is under
   * way.
   */
  boolean present() {
    return Files.isRegularFile(folder.resolve(host.getName().replace('.', '/') + ".class"));
  }

  /** The host class's name, for messages. */
  String hostName() {
    return host.getName();
  }

  /**
   * The definition as the class folder holds it now, with the loader to close once it has been
   * synthesized; empty, after saying why on {@code err}, when it cannot be loaded.
   */
  Optional<Loaded> load(PrintWriter err) {
    URLClassLoader loader = new ChildFirstClassLoader(new URL[] {url(folder)}, parentLoader());
    Optional<StackDefinition> definition = Optional.empty();
    try {
      definition = capture(loader, err);
    } finally {
      if (definition.isEmpty()) {
        close(loader);
      }
    }
    return definition.map(d -> new Loaded(d, loader));
  }

  private Optional<StackDefinition> capture(ClassLoader loader, PrintWriter err) {
    Method main;
    try {
      Class<?> fresh = Class.forName(host.getName(), true, loader);
      main = fresh.getMethod("main", String[].class);
    } catch (ClassNotFoundException e) {
      err.println(
          "error: "
              + host.getName()
              + " is not in "
              + folder
              + " (deleted, or still being compiled?); waiting for the next change");
      return Optional.empty();
    } catch (NoSuchMethodException e) {
      err.println("error: " + host.getName() + " has no public main(String[]) to reload");
      return Optional.empty();
    } catch (LinkageError e) {
      err.println("error: the definition could not be loaded: " + UserFrames.describe(e));
      return Optional.empty();
    }
    if (!Modifier.isStatic(main.getModifiers())) {
      err.println("error: " + host.getName() + ".main(String[]) is not static");
      return Optional.empty();
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Optional<StackDefinition> captured =
          DefinitionCapture.capture(() -> invoke(main, args.clone()));
      if (captured.isEmpty()) {
        err.println(
            "error: "
                + host.getName()
                + ".main returned without calling Stackwright.main; watch reloads the definition"
                + " through that call");
      }
      return captured;
    } catch (Exception | LinkageError e) {
      err.println("error: the definition's main threw " + UserFrames.describe(e));
      UserFrames.lines(e).forEach(line -> err.println("  " + line));
      return Optional.empty();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Calls {@code main}, rethrowing what it threw as itself, not wrapped by reflection. */
  private static void invoke(Method main, String[] args) throws Exception {
    try {
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static ClassLoader parentLoader() {
    return Stackwright.class.getClassLoader();
  }

  private static Path classFolder(Class<?> host) {
    CodeSource source = host.getProtectionDomain().getCodeSource();
    Optional<Path> location = Optional.empty();
    if (source != null && source.getLocation() != null) {
      try {
        location = Optional.of(Path.of(source.getLocation().toURI()));
      } catch (URISyntaxException | IllegalArgumentException e) {
        location = Optional.empty();
      }
    }
    if (location.isEmpty() || !Files.isDirectory(location.get())) {
      throw new UsageException(
          "watch reloads the definition from its class folder, but "
              + host.getName()
              + " was loaded from "
              + location.map(Path::toString).orElse("an unknown place")
              + "; run it from its project (mvn compile exec:java) or from the IDE");
    }
    return location.get();
  }

  private static URL url(Path folder) {
    try {
      return folder.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("a folder path is always a URL: " + folder, e);
    }
  }

  private static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A loaded definition and its class loader, closed once the definition has been used. */
  record Loaded(StackDefinition definition, URLClassLoader loader) implements AutoCloseable {
    @Override
    public void close() {
      DefinitionReloader.close(loader);
    }
  }
}
