package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ConfigSource;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Configuration data for pods, from literals or files. Synthesizes into a ConfigMap named {@code
 * <name>-<hash>} (the first 10 hex digits of a SHA-256 over the sorted data), so that changing the
 * data renames the ConfigMap and rolls the pods that use it; {@code hashSuffix(false)} keeps the
 * plain name. A workload mounts it ({@code Mount.of(config, "/etc/config")}) or reads keys into its
 * environment, and then depends on it.
 *
 * <pre>{@code
 * Config config = Config.builder().name("api-config").putData("LOG_LEVEL", "info").build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Config implements ConfigSource {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** The configuration entries by key. */
  public abstract Map<String, String> data();

  /** Files that could not be read when building, by key, with the reason; reported as errors. */
  public abstract Map<String, String> unreadableFiles();

  /** Whether the ConfigMap name carries the content hash; true by default. */
  @Value.Default
  public boolean hashSuffix() {
    return true;
  }

  @Override
  public String kind() {
    return "config";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  /** A builder for a config. */
  public static Builder builder() {
    return new Builder();
  }

  /** The first 10 hex digits of a SHA-256 over the sorted entries. */
  @Value.Lazy
  public String contentHash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> e : new TreeMap<>(data()).entrySet()) {
        sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public Set<String> keys() {
    return data().keySet();
  }

  /** The name of the synthesized ConfigMap. */
  @Override
  @Value.Lazy
  public String configMapName() {
    return hashSuffix() ? name() + "-" + contentHash() : name();
  }

  @Override
  public Volume toVolume(String volumeName) {
    return new VolumeBuilder()
        .withName(volumeName)
        .withNewConfigMap()
        .withName(configMapName())
        .endConfigMap()
        .build();
  }

  @Override
  public String defaultVolumeName() {
    return name().replace('.', '-');
  }

  @Override
  public Optional<Component> component() {
    return Optional.of(this);
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", hashSuffix() ? name() + "-0123456789" : name());
    for (String key : new TreeMap<>(data()).keySet()) {
      ConfigKeys.check(checks, "data[" + key + "]", key);
    }
    new TreeMap<>(unreadableFiles())
        .forEach(
            (key, reason) ->
                checks.error(
                    ComputeRules.INVALID_CONFIG,
                    "data[" + key + "]",
                    "could not read the file: %s",
                    reason));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of(
        new ConfigMapBuilder()
            .withMetadata(context.metadata(this, configMapName()).build())
            .withData(new TreeMap<>(data()))
            .build());
  }

  /** Builds a {@link Config}. */
  public static class Builder extends ImmutableConfig.Builder {

    /** Adds the UTF-8 content of {@code file} under its file name. */
    public Builder putFile(Path file) {
      Path name = file.getFileName();
      return putFile(name == null ? file.toString() : name.toString(), file);
    }

    /** Adds the UTF-8 content of {@code file} under {@code key}. */
    public Builder putFile(String key, Path file) {
      try {
        putData(key, Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        putUnreadableFile(key, file + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
      }
      return this;
    }
  }
}
