package dev.stackwright.core.pod;

/**
 * The tool that builds an application's image and writes its metadata file ({@code
 * jib-image.json}), with the commands a developer runs to produce it: the messages of a missing
 * build output name them, and the generated {@code skaffold.yaml} and {@code Tiltfile} build with
 * them.
 */
public enum BuildTool {
  /** Jib's Maven plugin; it writes {@code target/jib-image.json}. */
  JIB_MAVEN("mvn compile jib:build", "mvn compile jib:dockerBuild"),
  /** Jib's Gradle plugin; it writes {@code build/jib-image.json}. */
  JIB_GRADLE("gradle jib", "gradle jibDockerBuild"),
  /**
   * {@code docker build} with a Dockerfile, and a build step that writes the image name and digest
   * in Jib's format.
   */
  DOCKER("docker build", "docker build");

  private final String pushCommand;
  private final String daemonCommand;

  BuildTool(String pushCommand, String daemonCommand) {
    this.pushCommand = pushCommand;
    this.daemonCommand = daemonCommand;
  }

  /** The command that builds the image and pushes it to its registry. */
  public String pushCommand() {
    return pushCommand;
  }

  /** The command that builds the image into the local Docker daemon. */
  public String daemonCommand() {
    return daemonCommand;
  }

  /** Whether the tool is one of Jib's plugins. */
  public boolean jib() {
    return this != DOCKER;
  }
}
