package dev.stackwright.crd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Any custom resource object as a stack component, most often of a class {@code import} generated,
 * checked against its CustomResourceDefinition at synth time: its group and kind, a served version,
 * its scope, and every field against the version's OpenAPI schema ({@code crd.*}, all at once, each
 * at the field's path). Its kind is ordered like every custom resource: after the release whose
 * {@code CrdSet} installs it (or the CRD object of the stack), and {@code cluster.unknown-kind}
 * when nothing does and the target cluster does not provide it.
 *
 * <pre>{@code
 * ScaledObject scaler = new ScaledObject();
 * scaler.setMetadata(new ObjectMetaBuilder().withName("api").build());
 * scaler.setSpec(spec);
 * CustomResourceComponent.of(scaler, ScaledObjectCrd.CRD)
 * }</pre>
 *
 * <p>The object is copied when it is synthesized; the stack's namespace handling, labels and
 * ordering apply to the copy, never to the object passed in.
 */
@Value.Immutable
public abstract class CustomResourceComponent implements Component {

  /** The custom resource, as the user built it. */
  public abstract HasMetadata resource();

  /** The CRD the resource is checked against. */
  public abstract ImportedCrd crd();

  /** The layer the resource belongs to; {@link Layer#CORE} unless set. */
  @Override
  @Value.Default
  public Layer layer() {
    return Layer.CORE;
  }

  /**
   * The namespace; by default the resource's own {@code metadata.namespace}, and when neither is
   * set, the stack's default namespace (for a namespaced kind).
   */
  @Override
  @Value.Default
  public Optional<String> namespace() {
    return Optional.ofNullable(resource().getMetadata())
        .map(ObjectMeta::getNamespace)
        .filter(n -> !n.isEmpty());
  }

  /** The components applied before this one; none unless added. */
  @Override
  public abstract List<Component> dependsOn();

  /** The resource's {@code metadata.name}; empty when it has none (reported). */
  @Override
  public String name() {
    return Optional.ofNullable(resource().getMetadata()).map(ObjectMeta::getName).orElse("");
  }

  /** The resource's kind in lower case ({@code scaledobject}), as paths name it. */
  @Override
  public String kind() {
    return Optional.ofNullable(resource().getKind()).orElse("").toLowerCase(Locale.ROOT);
  }

  /** Whether the CRD says the kind is namespaced; true when the CRD is not usable. */
  @Override
  public boolean namespaced() {
    return !crd().problems().isEmpty() || crd().definition().namespaced();
  }

  /** {@code resource} as a component, checked against {@code crd}. */
  public static CustomResourceComponent of(HasMetadata resource, ImportedCrd crd) {
    return builder().resource(resource).crd(crd).build();
  }

  /** A builder, for the layer, the namespace and dependencies. */
  public static Builder builder() {
    return new Builder();
  }

  /** This component, applied after {@code others}. */
  public CustomResourceComponent dependingOn(Component... others) {
    return builder().from(this).addDependsOn(others).build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    if (!crd().problems().isEmpty()) {
      crd()
          .problems()
          .forEach(p -> checks.error(CrdRules.INVALID_CRD, "crd", "%s %s", crd().origin(), p));
      return;
    }
    CrdDefinition definition = crd().definition();
    ApiKind expected = definition.kind();
    String apiVersion = Optional.ofNullable(resource().getApiVersion()).orElse("");
    ApiKind actual = ApiKind.ofObject(apiVersion, resource().getKind());
    if (!actual.sameAs(expected)) {
      checks.error(
          CrdRules.WRONG_KIND,
          "kind",
          "expected a %s as the CRD %s defines, was %s of apiVersion \"%s\"",
          expected,
          definition.name(),
          resource().getKind(),
          apiVersion);
      return;
    }
    if (name().isEmpty()) {
      checks.error(CrdRules.WRONG_KIND, "metadata.name", "expected the object's name, found none");
      return;
    }
    checks.objectName("metadata.name", expected.kind(), name());
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    Optional<CrdDefinition.Version> served = definition.version(version);
    if (served.isEmpty() || !served.get().served()) {
      checks.error(
          CrdRules.UNSERVED_VERSION,
          "apiVersion",
          "expected a version the CRD %s serves (%s), was \"%s\"",
          definition.name(),
          definition.versions().stream()
              .filter(CrdDefinition.Version::served)
              .map(v -> expected.group() + "/" + v.name())
              .toList(),
          apiVersion);
      return;
    }
    if (!definition.namespaced() && namespace().isPresent()) {
      checks.error(
          CrdRules.CLUSTER_SCOPED,
          "metadata.namespace",
          "%s is cluster-scoped: expected no namespace, was \"%s\"",
          expected.kind(),
          namespace().get());
    }
    JsonNode tree = Yaml.tree(resource());
    String namespace = context.namespaceOf(this);
    Checks at =
        checks.in(expected.kind() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name());
    for (SchemaCheck.Violation v : crd().schema(version).violations(tree)) {
      at.error(CrdRules.SCHEMA, v.field(), "%s", v.message());
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    HasMetadata copy = Yaml.copy(resource());
    String namespace = context.namespaceOf(this);
    copy.getMetadata().setNamespace(namespace.isEmpty() ? null : namespace);
    return List.of(copy);
  }

  /** Builds a {@link CustomResourceComponent}. */
  public static class Builder extends ImmutableCustomResourceComponent.Builder {}
}
