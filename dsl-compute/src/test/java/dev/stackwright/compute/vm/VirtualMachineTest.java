package dev.stackwright.compute.vm;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.compute.Config;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.validate.Rules;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VirtualMachineTest {
  static final String FEDORA =
      "quay.io/containerdisks/fedora@sha256:"
          + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  static final TestClaim DATA = new TestClaim("legacy-data");

  static VirtualMachine.Builder legacy() {
    return VirtualMachine.builder()
        .name("legacy")
        .cpuCores(2)
        .memory("4Gi")
        .addDisk(
            VmDisk.imported(
                "root", DiskImport.http("https://images.example.com/legacy-1.2.qcow2", "20Gi")))
        .addDisk(VmDisk.claim("data", DATA))
        .cloudInit(CloudInit.fromSecret(SecretRef.externalSecret("legacy-cloud-init")))
        .addPort(NamedPort.of("http", 8080));
  }

  static GenericKubernetesResource find(SynthResult result, String kind, String name) {
    return (GenericKubernetesResource) result.find(kind, "vms", name).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @Test
  void virtualMachineHasDisksCloudInitAndMasqueradeOnThePodNetwork() {
    SynthResult result = Synthesizer.synthesize(VmStacks.of(DATA, legacy().build()));
    assertThat(result).isOk();
    GenericKubernetesResource vm = find(result, "VirtualMachine", "legacy");
    Map<String, Object> spec = map(vm.getAdditionalProperties().get("spec"));
    assertThat(spec).containsEntry("runStrategy", "Always");
    Map<String, Object> template = map(spec.get("template"));
    assertThat(map(template.get("metadata")).get("labels"))
        .isEqualTo(Map.of("app.kubernetes.io/name", "legacy"));
    Map<String, Object> podSpec = map(template.get("spec"));
    assertThat(podSpec.get("networks"))
        .isEqualTo(List.of(Map.of("name", "default", "pod", Map.of())));
    assertThat(podSpec.get("volumes").toString())
        .contains("dataVolume={name=legacy-root}")
        .contains("persistentVolumeClaim={claimName=legacy-data}")
        .contains("cloudInitNoCloud={secretRef={name=legacy-cloud-init}}");
    Map<String, Object> domain = map(podSpec.get("domain"));
    assertThat(domain.get("cpu")).isEqualTo(Map.of("cores", 2));
    assertThat(domain.toString()).contains("masquerade={}").contains("bootOrder=1");

    GenericKubernetesResource dv = find(result, "DataVolume", "legacy-root");
    assertThat(dv.getApiVersion()).isEqualTo("cdi.kubevirt.io/v1beta1");
    assertThat(dv.getAdditionalProperties().get("spec").toString())
        .contains("url=https://images.example.com/legacy-1.2.qcow2")
        .contains("storage=20Gi");
  }

  @Test
  void everyCustomResourceIsValidForItsPinnedCrd() {
    Config userData =
        Config.builder()
            .name("legacy-init")
            .putData("user-data", "#cloud-config\nssh_authorized_keys:\n  - ssh-ed25519 AAAA ops\n")
            .build();
    VirtualMachine fromConfig =
        VirtualMachine.builder()
            .name("small")
            .addDisk(VmDisk.containerDisk("root", FEDORA))
            .addDisk(VmDisk.imported("scratch", DiskImport.blank("1Gi").withStorageClass("fast")))
            .addDisk(VmDisk.imported("tools", DiskImport.registry(FEDORA, "5Gi")).withBootOrder(2))
            .cloudInit(CloudInit.fromConfig(userData, "user-data"))
            .runStrategy(RunStrategy.RERUN_ON_FAILURE)
            .terminationGracePeriodSeconds(60L)
            .build();
    Stack stack =
        VmStacks.builder()
            .add(KubeVirt.builder().useEmulation(true).addFeatureGate("Snapshot").build())
            .add(Cdi.of(), DATA, legacy().build(), fromConfig)
            .build();
    SynthResult result = Synthesizer.synthesize(stack);
    assertThat(result).isOk();
    Map<String, String> crds =
        Map.of(
            "VirtualMachine", "kubevirt.io_virtualmachines.yaml",
            "KubeVirt", "kubevirt.io_kubevirts.yaml",
            "DataVolume", "cdi.kubevirt.io_datavolumes.yaml",
            "CDI", "cdi.kubevirt.io_cdis.yaml");
    int checked = 0;
    for (HasMetadata o : result.objects()) {
      String crd = crds.get(o.getKind());
      if (crd != null) {
        CrdSchemas.assertValid(o, VmStacks.CRDS.resolve(crd));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2 + 3 + 1 + 1);
  }

  @Test
  void kubeVirtAndCdiComeInAStageBeforeTheMachinesAndTheirDataVolumes() {
    SynthResult result = Synthesizer.synthesize(VmStacks.of(DATA, legacy().build()));
    assertThat(result).isOk();
    List<List<String>> stages =
        result.stages().stages().stream()
            .map(s -> s.objects().stream().map(SynthObject::describe).toList())
            .toList();
    assertThat(stages).hasSize(2);
    assertThat(stages.get(0)).contains("KubeVirt kubevirt/kubevirt", "CDI cdi");
    assertThat(stages.get(1)).contains("VirtualMachine vms/legacy", "DataVolume vms/legacy-root");
  }

  @Test
  void withoutCdiAnImportedDiskHasNoProvider() {
    Stack stack = VmStacks.builder().add(KubeVirt.of(), DATA, legacy().build()).build();
    assertThat(Synthesizer.synthesize(stack))
        .isNotOk()
        .diagnostics()
        .anyMatch(d -> d.message().contains("DataVolume"));
  }

  @Test
  void aVmIsAPodSetWithoutAPodDefinition() {
    VirtualMachine vm = legacy().build();
    assertThat(vm.selectorLabels()).containsEntry("app.kubernetes.io/name", "legacy");
    assertThat(vm.port("http")).map(NamedPort::port).contains(8080);
    assertThat(vm.podDefinition()).isEmpty();
    assertThat(vm.serviceAccountName()).isEqualTo("default");
  }

  @Test
  void aDiskNamingAClaimNotInTheStackIsAnError() {
    assertThat(Synthesizer.synthesize(VmStacks.of(legacy().build())))
        .hasError(VmRules.UNKNOWN_CLAIM, "vm legacy / disks[1].claim", "legacy-data")
        .hasError(Rules.UNKNOWN_REFERENCE, "vm legacy / dependsOn[0]");
  }

  @Test
  void aDiskThatIsNotAClaimIsAnError() {
    Config config = Config.builder().name("c").putData("a", "b").build();
    VirtualMachine vm =
        legacy()
            .disks(List.of(VmDisk.containerDisk("root", FEDORA), VmDisk.claim("c", config)))
            .build();
    assertThat(Synthesizer.synthesize(VmStacks.of(config, vm)))
        .hasError(VmRules.UNKNOWN_CLAIM, "vm legacy / disks[1].claim", "must be a claim");
  }

  @Test
  void cloudInitFromAConfigThatHoldsAPasswordIsAnError() {
    Config userData =
        Config.builder()
            .name("legacy-init")
            .putData("user-data", "#cloud-config\nchpasswd:\n  list: |\n    root:hunter2\n")
            .build();
    assertThat(
            Synthesizer.synthesize(
                VmStacks.of(
                    DATA, legacy().cloudInit(CloudInit.fromConfig(userData, "user-data")).build())))
        .hasError(
            VmRules.PLAINTEXT_CLOUD_INIT, "vm legacy / cloudInit.config", "CloudInit.fromSecret");
  }

  @Test
  void cloudInitFromAMissingKeyIsAnError() {
    Config userData =
        Config.builder().name("legacy-init").putData("user-data", "#cloud-config").build();
    assertThat(
            Synthesizer.synthesize(
                VmStacks.of(
                    DATA, legacy().cloudInit(CloudInit.fromConfig(userData, "userdata")).build())))
        .hasError(VmRules.INVALID_CLOUD_INIT, "vm legacy / cloudInit.key", "[user-data]");
  }

  @Test
  void badDisksResourcesAndImagesAreReportedWithPaths() {
    VirtualMachine vm =
        VirtualMachine.builder()
            .name("bad")
            .cpuCores(0)
            .memory("lots")
            .addDisk(VmDisk.containerDisk("root", "quay.io/containerdisks/fedora"))
            .addDisk(VmDisk.containerDisk("root", FEDORA))
            .addDisk(VmDisk.imported("img", DiskImport.http("ftp://example.com/x.img", "ten")))
            .addPort(NamedPort.of("http", 80))
            .addPort(NamedPort.of("web", 80))
            .build();
    SynthResult result = Synthesizer.synthesize(VmStacks.of(vm));
    assertThat(result)
        .hasError(VmRules.INVALID_RESOURCES, "vm bad / cpuCores")
        .hasError(Rules.INVALID_QUANTITY, "vm bad / memory")
        .hasWarning(PodRules.UNPINNED_IMAGE, "vm bad / disks[0].image")
        .hasError(VmRules.INVALID_DISK, "vm bad / disks[1].name")
        .hasError(VmRules.INVALID_DISK, "vm bad / disks[2].imported.url")
        .hasError(Rules.INVALID_QUANTITY, "vm bad / disks[2].imported.size")
        .hasError(PodRules.DUPLICATE_PORT, "vm bad / ports[1]");
  }

  @Test
  void aVmWithoutDisksIsAnError() {
    assertThat(Synthesizer.synthesize(VmStacks.of(VirtualMachine.builder().name("empty").build())))
        .hasError(VmRules.INVALID_VM, "vm empty / disks");
  }

  @Test
  void aNamespaceThatEnforcesRestrictedRefusesVirtLauncherVisibly() {
    Stack stack =
        VmStacks.builder()
            .namespaces(List.of(Namespace.of("vms"), Namespace.of("kubevirt")))
            .add(KubeVirt.of(), Cdi.of(), DATA, legacy().build())
            .build();
    assertThat(Synthesizer.synthesize(stack))
        .hasError(
            PodRules.POD_SECURITY_LEVEL, "vm legacy / namespace", "PodSecurityLevel.BASELINE");
  }
}
