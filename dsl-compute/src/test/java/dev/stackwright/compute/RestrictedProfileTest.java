package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.ContainerSecurity;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.pod.Volumes;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.validate.Rules;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every pod template kind the compute layer produces meets the restricted profile by default. */
class RestrictedProfileTest {

  private static Stack everyKind() {
    Container sidecar = Container.of("proxy", "registry.example.com/proxy:1.0");
    Container init = Container.of("init", "registry.example.com/init:1.0");
    return Stacks.of(
        Stacks.api().addSidecar(sidecar).addInitContainer(init).build(),
        StatefulWorkload.builder()
            .name("db")
            .addContainer(OtherWorkloadsTest.db())
            .addClaimTemplate(OtherWorkloadsTest.DATA)
            .build(),
        DaemonWorkload.builder().name("agent").addContainer(Stacks.app()).build(),
        BatchJob.builder().name("migrate").addContainer(Stacks.app()).build(),
        ScheduledJob.builder().name("report").schedule("@daily").addContainer(Stacks.app()).build(),
        ServerlessWorkload.builder().name("fn").addContainer(Stacks.app()).build());
  }

  @Test
  void everyPodTemplateKindMeetsTheRestrictedProfile() {
    SynthResult result = Synthesizer.synthesize(everyKind()).orThrow();
    List<PodSpec> pods =
        result.objects().stream().map(PodSecurity::podSpec).flatMap(Optional::stream).toList();
    assertThat(pods).hasSize(6);
    for (HasMetadata o : result.objects()) {
      PodSecurity.podSpec(o)
          .ifPresent(
              spec -> {
                assertThat(spec.getSecurityContext().getRunAsNonRoot()).isTrue();
                assertThat(spec.getSecurityContext().getSeccompProfile().getType())
                    .isEqualTo("RuntimeDefault");
                assertThat(spec.getHostNetwork()).isNull();
                assertThat(spec.getHostPID()).isNull();
                assertThat(spec.getHostIPC()).isNull();
                assertThat(spec.getAutomountServiceAccountToken()).isFalse();
                var all = new java.util.ArrayList<>(spec.getContainers());
                all.addAll(spec.getInitContainers());
                for (var c : all) {
                  SecurityContext sc = c.getSecurityContext();
                  assertThat(sc.getRunAsNonRoot()).isTrue();
                  assertThat(sc.getAllowPrivilegeEscalation()).isFalse();
                  assertThat(sc.getCapabilities().getDrop()).containsExactly("ALL");
                  assertThat(sc.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
                  assertThat(sc.getReadOnlyRootFilesystem()).isTrue();
                  assertThat(sc.getPrivileged()).isNull();
                  assertThat(c.getPorts()).allSatisfy(p -> assertThat(p.getHostPort()).isNull());
                }
              });
    }
    assertThat(PodSecurity.violations(result.objects())).isEmpty();
    assertThat(result.diagnostics()).noneMatch(d -> d.rule().equals(Rules.POD_SECURITY_OPT_OUT));
  }

  @Test
  void scratchMountGivesAReadOnlyPodSomewhereToWrite() {
    Workload api =
        Stacks.api()
            .containers(
                List.of(
                    Container.builder().from(Stacks.app()).addMount(Mount.scratch("/tmp")).build()))
            .build();
    assertThat(Stacks.of(api))
        .object(Deployment.class, "api")
        .satisfies(
            d -> {
              var pod = d.getSpec().getTemplate().getSpec();
              assertThat(pod.getVolumes().get(0).getName()).isEqualTo("tmp");
              assertThat(pod.getVolumes().get(0).getEmptyDir()).isNotNull();
              assertThat(pod.getContainers().get(0).getVolumeMounts().get(0).getMountPath())
                  .isEqualTo("/tmp");
            });
  }

  @Test
  void aPodThatNeedsMoreThanItsNamespaceEnforcesIsAnErrorNamingTheFixes() {
    Workload rootAgent = Stacks.api().containers(List.of(mayRunAsRoot())).hostNetwork(true).build();
    Workload root = Stacks.api().containers(List.of(mayRunAsRoot())).build();

    assertThat(in(PodSecurityLevel.BASELINE, rootAgent))
        .hasError(
            PodRules.POD_SECURITY_LEVEL,
            "workload api / podSecurity",
            "needs the privileged Pod Security level (hostNetwork) but namespace shop enforces"
                + " baseline");
    assertThat(in(PodSecurityLevel.RESTRICTED, root))
        .hasError(
            PodRules.POD_SECURITY_LEVEL,
            "workload api / podSecurity",
            "needs the baseline Pod Security level (container app may run as root)");
    assertThat(in(PodSecurityLevel.BASELINE, root)).isOk();
  }

  /** The app container, opted out of non-root: a baseline pod. */
  private static Container mayRunAsRoot() {
    return Container.builder()
        .from(Stacks.app())
        .security(ContainerSecurity.builder().runAsRoot(true).build())
        .build();
  }

  /** A stack whose namespace {@code shop} enforces {@code level}. */
  private static Stack in(PodSecurityLevel level, Workload workload) {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.builder().name("shop").podSecurity(level).build())
        .add(workload)
        .build();
  }

  @Test
  void eachOptOutIsExplicitWarnsAndShowsAsAViolation() {
    ContainerSecurity loose =
        ContainerSecurity.builder()
            .runAsRoot(true)
            .allowPrivilegeEscalation(true)
            .privileged(true)
            .writableRootFilesystem(true)
            .unconfinedSeccomp(true)
            .addAddedCapabilities("NET_ADMIN")
            .build();
    Workload api =
        Stacks.api()
            .containers(
                List.of(
                    Container.builder()
                        .from(Stacks.app())
                        .security(loose)
                        .addMount(Mount.of(Volumes.hostPath("/var/log"), "/host-logs"))
                        .build()))
            .hostNetwork(true)
            .hostPid(true)
            .hostIpc(true)
            .build();
    SynthResult result = Synthesizer.synthesize(in(PodSecurityLevel.PRIVILEGED, api));
    assertThat(result)
        .isOk()
        .hasWarning(Rules.POD_SECURITY_OPT_OUT, "container app / security.runAsRoot")
        .hasWarning(Rules.POD_SECURITY_OPT_OUT, "container app / security.allowPrivilegeEscalation")
        .hasWarning(Rules.POD_SECURITY_OPT_OUT, "container app / security.privileged")
        .hasWarning(Rules.POD_SECURITY_OPT_OUT, "container app / security.writableRootFilesystem")
        .hasWarning(Rules.POD_SECURITY_OPT_OUT, "container app / security.unconfinedSeccomp")
        .hasWarning(Rules.POD_SECURITY_OPT_OUT, "container app / security.addedCapabilities")
        .hasWarning(Rules.POD_SECURITY_OPT_OUT, "workload api / hostNetwork")
        .hasWarning(Rules.POD_SECURITY_OPT_OUT, "workload api / hostPid")
        .hasWarning(Rules.POD_SECURITY_OPT_OUT, "workload api / hostIpc")
        .hasWarning(Rules.POD_SECURITY_OPT_OUT, "workload api / volumes[var-log]");
    assertThat(PodSecurity.violations(result.objects()))
        .contains(
            "Deployment shop/api: hostNetwork is true",
            "Deployment shop/api: volume var-log is a hostPath",
            "Deployment shop/api: container app: privileged is true",
            "Deployment shop/api: container app: runAsNonRoot is not true",
            "Deployment shop/api: container app: adds capability NET_ADMIN",
            "Deployment shop/api: container app: readOnlyRootFilesystem is not true");
  }

  @Test
  void netBindServiceIsAllowedWithoutWarning() {
    Workload api =
        Stacks.api()
            .containers(
                List.of(
                    Container.builder()
                        .from(Stacks.app())
                        .security(
                            ContainerSecurity.builder()
                                .addAddedCapabilities("NET_BIND_SERVICE")
                                .build())
                        .build()))
            .build();
    assertThat(Stacks.of(api)).isOk().hasNoDiagnostic(Rules.POD_SECURITY_OPT_OUT);
  }

  @Test
  void runAsUserZeroNeedsEveryContainerToOptOut() {
    assertThat(Stacks.of(Stacks.api().runAsUser(0L).build()))
        .hasError(Rules.POD_SECURITY_OPT_OUT, "workload api / runAsUser");
  }
}
