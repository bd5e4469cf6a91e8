package dev.stackwright.core.yaml.codegen;

import dev.stackwright.core.yaml.Yaml;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * dsl-core's build step (bound to the compile phase, after the sources are compiled): generates
 * {@code FabricWriters}, a writer for each fabric8 class reachable from {@link #KINDS}, from the
 * serializers Stackwright's YAML mapper builds for them, and compiles it into the module's classes.
 *
 * <p>Arguments: the folder for the generated source and the classes folder; the class path is this
 * process's. Prints the classes it left to Jackson, with the reason, and nothing else.
 */
public final class WritersGenerator {
  /** The kinds whose classes, and the classes of their fields, get writers. */
  public static final List<String> KINDS =
      List.of(
          "io.fabric8.kubernetes.api.model.ConfigMap",
          "io.fabric8.kubernetes.api.model.GenericKubernetesResource",
          "io.fabric8.kubernetes.api.model.LimitRange",
          "io.fabric8.kubernetes.api.model.Namespace",
          "io.fabric8.kubernetes.api.model.PersistentVolumeClaim",
          "io.fabric8.kubernetes.api.model.ResourceQuota",
          "io.fabric8.kubernetes.api.model.Secret",
          "io.fabric8.kubernetes.api.model.Service",
          "io.fabric8.kubernetes.api.model.ServiceAccount",
          "io.fabric8.kubernetes.api.model.apps.DaemonSet",
          "io.fabric8.kubernetes.api.model.apps.Deployment",
          "io.fabric8.kubernetes.api.model.apps.StatefulSet",
          "io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler",
          "io.fabric8.kubernetes.api.model.batch.v1.CronJob",
          "io.fabric8.kubernetes.api.model.batch.v1.Job",
          "io.fabric8.kubernetes.api.model.networking.v1.Ingress",
          "io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy",
          "io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget",
          "io.fabric8.kubernetes.api.model.rbac.ClusterRole",
          "io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding",
          "io.fabric8.kubernetes.api.model.rbac.Role",
          "io.fabric8.kubernetes.api.model.rbac.RoleBinding");

  private WritersGenerator() {}

  /** Generates and compiles the writers; exits non-zero when compiling fails. */
  public static void main(String[] args) throws IOException, ClassNotFoundException {
    Path sources = Path.of(args[0]);
    Path classes = Path.of(args[1]);
    WriterSource source = new WriterSource(Yaml.mapper());
    for (String kind : KINDS) {
      source.add(Class.forName(kind));
    }
    String text = source.text();
    source
        .declined()
        .forEach((type, why) -> System.out.println("left to Jackson: " + type + ": " + why));
    Path file = sources.resolve("dev/stackwright/core/yaml/FabricWriters.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int code =
        javac.run(
            null,
            null,
            null,
            "-proc:none",
            "-encoding",
            "UTF-8",
            "--release",
            "17",
            "-XDstringConcat=inline",
            "-classpath",
            classes + File.pathSeparator + System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            file.toString());
    if (code != 0) {
      System.exit(code);
    }
  }
}
