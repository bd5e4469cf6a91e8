package dev.stackwright.core.yaml;

import java.io.IOException;

/**
 * Writers for fabric8's model classes that call their getters directly, in the order and with the
 * inclusion rules of Jackson's bean serializers: generated at build time from those serializers by
 * {@link dev.stackwright.core.yaml.codegen.WritersGenerator} (the class {@value #GENERATED_CLASS}),
 * so that a run writes Kubernetes objects without introspecting their classes first. Where the
 * generated class is absent (a build that skipped the step), every object is written by Jackson,
 * with the same bytes.
 */
interface BeanWriters {
  /** The name of the class the build generates. */
  String GENERATED_CLASS = "dev.stackwright.core.yaml.FabricWriters";

  /** The generated writers, or none when the class was not generated. */
  BeanWriters GENERATED = load();

  /**
   * Writes {@code object} with the tokens Jackson's serializer for its class would give; false,
   * having written nothing, when its class has no generated writer.
   */
  boolean write(Object object, YamlWriter out) throws IOException;

  private static BeanWriters load() {
    try {
      return Class.forName(GENERATED_CLASS)
          .asSubclass(BeanWriters.class)
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      return (object, out) -> false;
    }
  }
}
