package dev.stackwright.core.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The CI pipelines of a stack repository, one text per CI system: synthesize under {@code
 * --strict}, run the tests, and comment the object-level diff against the target branch on the pull
 * or merge request. The single source of the pipelines: {@code init-ci} writes them into an
 * existing repository, and the archetype's copies are tested equal to them.
 */
enum CiPipeline {
  /** GitHub Actions: a workflow in {@code .github/workflows}. */
  GITHUB(".github/workflows/stackwright.yml", "github-workflow.yml", "GitHub Actions workflow"),
  /** GitLab CI: the project's {@code .gitlab-ci.yml}. */
  GITLAB(".gitlab-ci.yml", "gitlab-ci.yml", "GitLab CI pipeline");

  private final String path;
  private final String template;
  private final String title;

  CiPipeline(String path, String template, String title) {
    this.path = path;
    this.template = template;
    this.title = title;
  }

  /** Where the pipeline lives in a repository, relative to its root. */
  String path() {
    return path;
  }

  /** What it is, for messages. */
  String title() {
    return title;
  }

  /**
   * The pipeline for a repository built with Java {@code javaVersion}, whose definition {@code mvn
   * <exec>} runs (e.g. {@code exec:java}, with {@code -Dexec.mainClass=...} when the pom does not
   * name the main class).
   */
  String render(int javaVersion, String exec) {
    String text;
    try (InputStream in = CiPipeline.class.getResourceAsStream("ci/" + template)) {
      if (in == null) {
        throw new IllegalStateException("the " + title + " template is missing from the jar");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.replace("@@JAVA_VERSION@@", Integer.toString(javaVersion))
        .replace("@@EXEC@@", exec);
  }
}
