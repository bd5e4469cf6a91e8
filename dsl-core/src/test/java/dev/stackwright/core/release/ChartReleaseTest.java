package dev.stackwright.core.release;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartReleaseTest {

  private static ChartRelease.Builder rook() {
    return ChartRelease.builder()
        .name("rook-ceph")
        .namespace("rook-ceph")
        .chart("rook-ceph")
        .repository("https://charts.rook.io/release")
        .version("v1.16.4")
        .putValue("csi", Map.of("enableRbdDriver", true));
  }

  private static Stack stack(ChartRelease release) {
    return Stack.builder()
        .name("platform")
        .addNamespaces(Namespace.of("rook-ceph"), Namespace.existing("argocd"))
        .add(release)
        .build();
  }

  @Test
  void aFluxReleaseIsAHelmRepositoryAndAHelmRelease() {
    SynthResult result = Synthesizer.synthesize(stack(rook().build()));

    assertThat(result).isOk();
    GenericKubernetesResource release =
        result
            .find(GenericKubernetesResource.class, "rook-ceph", "rook-ceph")
            .filter(r -> r.getKind().equals("HelmRelease"))
            .orElseGet(
                () ->
                    (GenericKubernetesResource)
                        result.find("HelmRelease", "rook-ceph", "rook-ceph").orElseThrow());
    assertThat(release.getApiVersion()).isEqualTo("helm.toolkit.fluxcd.io/v2");
    @SuppressWarnings("unchecked")
    Map<String, Object> spec = (Map<String, Object>) release.getAdditionalProperties().get("spec");
    assertThat(spec).containsEntry("values", Map.of("csi", Map.of("enableRbdDriver", true)));
    assertThat(spec.get("chart").toString()).contains("version=v1.16.4", "chart=rook-ceph");
    assertThat(result.find("HelmRepository", "rook-ceph", "rook-ceph"))
        .get()
        .extracting(HasApi::apiVersion)
        .isEqualTo("source.toolkit.fluxcd.io/v1");
  }

  @Test
  void anArgoCdReleaseIsAnApplicationInTheArgoNamespace() {
    SynthResult result =
        Synthesizer.synthesize(stack(rook().target(ReleaseTarget.ARGO_CD).build()));

    assertThat(result.find("Application", "argocd", "rook-ceph")).isPresent();
    assertThat(result.objects()).hasSize(2); // the namespace and the application
  }

  @Test
  void aHelmfileReleaseIsAnEntryOfHelmfileYamlWithItsOwnValuesFile() {
    SynthResult result =
        Synthesizer.synthesize(stack(rook().target(ReleaseTarget.HELMFILE).build()));

    var files =
        dev.stackwright.core.output.ManifestFiles.of(
            result, dev.stackwright.core.output.Layout.SINGLE_FILE);
    assertThat(files)
        .extracting(dev.stackwright.core.output.OutputFile::path)
        .contains("helmfile.yaml", "releases/rook-ceph.values.yaml");
    assertThat(
            files.stream()
                .filter(f -> f.path().equals("helmfile.yaml"))
                .findFirst()
                .get()
                .content())
        .contains("chart: rook-ceph/rook-ceph", "version: v1.16.4", "namespace: rook-ceph")
        .contains("- releases/rook-ceph.values.yaml", "url: https://charts.rook.io/release");
    assertThat(result.objects()).extracting(o -> o.getKind()).containsExactly("Namespace");
  }

  @Test
  void aReleaseWithoutVersionOrWithABadRepositoryIsAnError() {
    ChartRelease bad =
        ChartRelease.builder()
            .name("x")
            .namespace("rook-ceph")
            .chart("x")
            .repository("charts.example.com")
            .putValue("bad", new Object())
            .build();

    assertThat(stack(bad))
        .hasError(ReleaseRules.MISSING_VERSION, "stack platform / release x / version")
        .hasError(ReleaseRules.INVALID_REPOSITORY, "release x / repository")
        .hasError(ReleaseRules.INVALID_VALUE, "release x / values.bad");
  }

  /** Reads an object's apiVersion, for readable extracting. */
  private interface HasApi {
    static String apiVersion(io.fabric8.kubernetes.api.model.HasMetadata o) {
      return o.getApiVersion();
    }
  }
}
