package dev.stackwright.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every Stackwright value type: the generated {@code Immutable*}
 * classes stay package-private, so users meet {@code Workload.builder()} and {@code Workload}, and
 * list properties get singular adders ({@code addContainer}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {
      "address:addresses",
      "policy:policies",
      "class:classes",
      "entry:entries",
      "capability:capabilities",
      "toleration:tolerations",
      "patch:patches",
      "match:matches",
      "status:statuses"
    },
    defaults = @Value.Immutable(copy = true))
public @interface StackwrightStyle {}
