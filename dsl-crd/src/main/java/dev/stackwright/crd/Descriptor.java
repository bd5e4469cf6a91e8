package dev.stackwright.crd;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The source of the small class {@code import} writes beside a CRD's generated classes: {@code
 * <Kind>Crd} with the {@link ImportedCrd} read from the copied CRD on the class path, and a {@code
 * component(...)} per version class.
 */
final class Descriptor {
  private Descriptor() {}

  /** The class's simple name for {@code crd}. */
  static String className(CrdDefinition crd) {
    return crd.kind().kind() + "Crd";
  }

  /** The resource name of the copied CRD, beside the class. */
  static String resourceName(CrdDefinition crd) {
    return crd.name() + ".yaml";
  }

  static String source(String javaPackage, CrdDefinition crd, String fromFile) {
    String name = className(crd);
    String kind = crd.kind().kind();
    List<String> versions = crd.versions().stream().map(CrdDefinition.Version::name).toList();
    String components =
        versions.stream()
            .map(
                v ->
                    """

                      /** {@code resource} as a stack component, checked against the CRD. */
                      public static CustomResourceComponent component(%s.%s.%s resource) {
                        return CustomResourceComponent.of(resource, CRD);
                      }
                    """
                        .formatted(javaPackage, v, kind))
            .collect(Collectors.joining());
    return """
        package %1$s;

        import dev.stackwright.crd.CustomResourceComponent;
        import dev.stackwright.crd.ImportedCrd;
        import javax.annotation.processing.Generated;

        /**
         * The CustomResourceDefinition {@code %2$s}: kind {@code %3$s} of {@code %4$s},
         * versions %5$s, imported from {@code %6$s}. Its classes are in {@code
         * %1$s.<version>}.
         */
        @Generated("dev.stackwright.crd.CrdImporter")
        public final class %7$s {
          /** The CRD, read from the class path resource beside this class. */
          public static final ImportedCrd CRD =
              ImportedCrd.classpath(%7$s.class, "%8$s");

          private %7$s() {}
        %9$s}
        """
        .formatted(
            javaPackage,
            crd.name(),
            kind,
            crd.kind().group(),
            String.join(", ", versions),
            fromFile,
            name,
            resourceName(crd),
            components);
  }
}
