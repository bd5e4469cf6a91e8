package dev.stackwright.core;

import dev.stackwright.core.validate.Checks;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A field the user marks as a chart value: in the plain output it holds the default; in the Helm
 * chart it is templated from {@code values.yaml} at {@link #path()}. It points at one field of one
 * synthesized object by kind, name and JSON pointer.
 *
 * <pre>{@code
 * ChartValue.of("api.logLevel", ValueType.STRING, "info")
 *     .at("Deployment", "api", "/spec/template/spec/containers/0/env/0/value")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ChartValue {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern POINTER = Pattern.compile("(/([^~/]|~[01])*)+");

  /** The dotted path in values.yaml, e.g. {@code api.logLevel}. */
  public abstract String path();

  /** The declared type. */
  public abstract ValueType type();

  /** The default: what the plain output holds and values.yaml starts with. */
  public abstract Object defaultValue();

  /** The kind of the object holding the field, e.g. {@code Deployment}. */
  public abstract String kind();

  /** The name of the object holding the field. */
  public abstract String name();

  /**
   * The RFC 6901 JSON pointer of the field in the object, e.g. {@code /spec/replicas}. A {@code /}
   * inside a key is written {@code ~1} and a {@code ~} is written {@code ~0}: the label {@code
   * app.kubernetes.io/version} is {@code /metadata/labels/app.kubernetes.io~1version}.
   */
  public abstract String pointer();

  /** Starts a value declaration: its path, type and default. */
  public static Target of(String path, ValueType type, Object defaultValue) {
    return new Target(path, type, defaultValue);
  }

  /** Checks the path, the pointer and that the default matches the type. */
  public void validate(Checks checks) {
    String[] segments = path().split("\\.", -1);
    for (String s : segments) {
      if (!SEGMENT.matcher(s).matches()) {
        checks.error(
            "release.invalid-value-path",
            "path",
            "expected a dotted path of keys (letters, digits, '_' and '-', not starting with a"
                + " digit), was \"%s\"",
            path());
        break;
      }
    }
    checks.require(
        type().accepts(defaultValue()),
        "release.value-type-mismatch",
        "defaultValue",
        "the default must be a %s, was %s",
        type().jsonType(),
        defaultValue());
    checks.require(
        POINTER.matcher(pointer()).matches(),
        "release.invalid-value-path",
        "pointer",
        "expected an RFC 6901 JSON pointer such as /spec/replicas (a '/' in a key written ~1, a"
            + " '~' written ~0), was \"%s\"",
        pointer());
  }

  /** The second half of a declaration: which field of which object the value sets. */
  public static final class Target {
    private final String path;
    private final ValueType type;
    private final Object defaultValue;

    private Target(String path, ValueType type, Object defaultValue) {
      this.path = path;
      this.type = type;
      this.defaultValue = defaultValue;
    }

    /** The value sets the field at {@code pointer} of the object of this kind and name. */
    public ChartValue at(String kind, String name, String pointer) {
      return ImmutableChartValue.builder()
          .path(path)
          .type(type)
          .defaultValue(defaultValue)
          .kind(kind)
          .name(name)
          .pointer(pointer)
          .build();
    }
  }
}
