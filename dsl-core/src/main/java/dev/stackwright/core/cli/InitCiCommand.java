package dev.stackwright.core.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code init-ci}: writes the CI pipelines a new repository gets from the archetype into an
 * existing Maven repository: GitHub Actions and/or GitLab CI, synthesizing under {@code --strict},
 * running the tests and commenting the object-level diff on pull and merge requests.
 */
@CommandLine.Command(
    name = "init-ci",
    mixinStandardHelpOptions = true,
    description =
        "Write CI pipelines into this Maven repository: synthesize with --strict, run the tests,"
            + " and comment the object-level diff against the target branch on each pull or merge"
            + " request. Existing files are kept unless --force.")
final class InitCiCommand implements Callable<Integer> {
  /** The Java version of a pipeline when the pom states none: the one Stackwright needs. */
  static final int DEFAULT_JAVA = 17;

  private static final Pattern JAVA_VERSION =
      Pattern.compile(
          "<(?:maven\\.compiler\\.release|maven\\.compiler\\.source|java\\.version|release)>"
              + "\\s*(?:1\\.)?(\\d+)\\s*<");
  private static final Pattern CLASS_NAME =
      Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*");
  private static final Pattern EXEC_MAIN_CLASS =
      Pattern.compile("exec-maven-plugin.*?<mainClass>", Pattern.DOTALL);

  private final Console console;
  private final Optional<Class<?>> host;

  @CommandLine.Option(names = "--github", description = "Write .github/workflows/stackwright.yml.")
  boolean github;

  @CommandLine.Option(names = "--gitlab", description = "Write .gitlab-ci.yml.")
  boolean gitlab;

  @CommandLine.Option(
      names = "--dir",
      defaultValue = ".",
      description = "The repository's root, holding its pom.xml (default: ${DEFAULT-VALUE}).")
  Path dir;

  @CommandLine.Option(
      names = "--main-class",
      description =
          "The class whose main calls Stackwright.main (default: the pom's exec-maven-plugin"
              + " mainClass, else the class running this command).")
  String mainClass;

  @CommandLine.Option(
      names = "--java-version",
      description =
          "The Java version CI builds with (default: the pom's maven.compiler.release, else "
              + DEFAULT_JAVA
              + ").")
  Integer javaVersion;

  @CommandLine.Option(names = "--force", description = "Replace pipeline files that exist.")
  boolean force;

  InitCiCommand(Console console, Optional<Class<?>> host) {
    this.console = console;
    this.host = host;
  }

  @Override
  public Integer call() throws IOException {
    Set<CiPipeline> pipelines = EnumSet.noneOf(CiPipeline.class);
    if (github) {
      pipelines.add(CiPipeline.GITHUB);
    }
    if (gitlab) {
      pipelines.add(CiPipeline.GITLAB);
    }
    if (pipelines.isEmpty()) {
      throw new UsageException("say which pipelines to write: --github, --gitlab, or both");
    }
    Path root = dir.toAbsolutePath().normalize();
    Path pom = root.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) {
      throw new UsageException(
          root
              + " is not a Maven project (it has no pom.xml); the pipelines build with Maven, so"
              + " point --dir at the repository's root");
    }
    String pomText = Files.readString(pom, StandardCharsets.UTF_8);
    int java = javaVersion != null ? javaVersion : javaVersionOf(pomText);
    if (java < DEFAULT_JAVA) {
      throw new UsageException(
          "Java "
              + java
              + " is too old for Stackwright, which needs "
              + DEFAULT_JAVA
              + " or later");
    }
    String exec = exec(pomText);

    Map<CiPipeline, String> texts = new LinkedHashMap<>();
    List<String> existing = new ArrayList<>();
    for (CiPipeline p : pipelines) {
      String text = p.render(java, exec);
      Path file = root.resolve(p.path());
      if (Files.exists(file) && !force && !Files.readString(file).equals(text)) {
        existing.add(p.path());
      }
      texts.put(p, text);
    }
    if (!existing.isEmpty()) {
      throw new UsageException(
          String.join(", ", existing)
              + (existing.size() == 1 ? " exists" : " exist")
              + " in "
              + root
              + " and would be replaced; nothing was written. Compare, or run again with --force");
    }
    for (Map.Entry<CiPipeline, String> e : texts.entrySet()) {
      Path file = root.resolve(e.getKey().path());
      if (Files.exists(file) && Files.readString(file).equals(e.getValue())) {
        console.out.println("up to date: " + e.getKey().path() + " (" + e.getKey().title() + ")");
        continue;
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      console.out.println("wrote " + e.getKey().path() + " (" + e.getKey().title() + ")");
    }
    console.out.println(
        "the pipelines run: mvn -B compile "
            + exec
            + " -Dexec.args=\"synth --strict\", mvn -B verify,"
            + " and diff --format markdown against the target branch on each pull/merge request");
    if (pipelines.contains(CiPipeline.GITLAB)) {
      console.out.println(
          "GitLab: the merge-request comment needs a project access token with the api scope in"
              + " the masked CI/CD variable STACKWRIGHT_NOTE_TOKEN");
    }
    return 0;
  }

  /** How the pipelines run the definition's main: the pom's, or a named class. */
  private String exec(String pomText) {
    if (mainClass != null) {
      if (!CLASS_NAME.matcher(mainClass).matches()) {
        throw new UsageException(
            "--main-class: expected a class name such as com.example.Platform, was \""
                + mainClass
                + "\"");
      }
      return "exec:java -Dexec.mainClass=" + mainClass;
    }
    if (EXEC_MAIN_CLASS.matcher(pomText).find()) {
      return "exec:java";
    }
    return host.map(h -> "exec:java -Dexec.mainClass=" + h.getName())
        .orElseThrow(
            () ->
                new UsageException(
                    "the pom configures no mainClass for exec-maven-plugin; name the class whose"
                        + " main calls Stackwright.main with --main-class"));
  }

  static int javaVersionOf(String pomText) {
    Matcher m = JAVA_VERSION.matcher(pomText);
    return m.find() ? Integer.parseInt(m.group(1)) : DEFAULT_JAVA;
  }
}
