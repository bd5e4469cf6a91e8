package dev.stackwright.compute.vm;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders a {@link VirtualMachine} and its DataVolumes. */
final class VmRendering {
  private static final String NETWORK = "default";

  private VmRendering() {}

  static List<HasMetadata> render(VirtualMachine vm, SynthContext context) {
    List<HasMetadata> out = new ArrayList<>();
    List<Map<String, Object>> disks = new ArrayList<>();
    List<Map<String, Object>> volumes = new ArrayList<>();
    boolean anyBootOrder = vm.disks().stream().anyMatch(d -> d.bootOrder().isPresent());
    for (int i = 0; i < vm.disks().size(); i++) {
      VmDisk d = vm.disks().get(i);
      Map<String, Object> disk = new LinkedHashMap<>();
      disk.put("name", d.name());
      disk.put("disk", Map.of("bus", d.bus()));
      if (d.bootOrder().isPresent()) {
        disk.put("bootOrder", d.bootOrder().get());
      } else if (!anyBootOrder && i == 0) {
        disk.put("bootOrder", 1);
      }
      disks.add(disk);
      Map<String, Object> volume = new LinkedHashMap<>();
      volume.put("name", d.name());
      if (d.image().isPresent()) {
        volume.put("containerDisk", Map.of("image", d.image().get()));
      } else if (d.claim().isPresent()) {
        String claim = d.claim().get().toVolume(d.name()).getPersistentVolumeClaim().getClaimName();
        volume.put("persistentVolumeClaim", Map.of("claimName", claim));
      } else {
        String dv = dataVolumeName(vm, d);
        volume.put("dataVolume", Map.of("name", dv));
        out.add(dataVolume(vm, dv, d.imported().get(), context));
      }
      volumes.add(volume);
    }
    vm.cloudInit()
        .ifPresent(
            init -> {
              disks.add(
                  Map.of("name", VirtualMachine.CLOUD_INIT_DISK, "disk", Map.of("bus", "virtio")));
              Map<String, Object> noCloud = new LinkedHashMap<>();
              if (init.secret().isPresent()) {
                noCloud.put("secretRef", Map.of("name", init.secret().get().name()));
              } else {
                noCloud.put("userData", init.config().get().data().get(init.key().orElseThrow()));
              }
              volumes.add(
                  Map.of("name", VirtualMachine.CLOUD_INIT_DISK, "cloudInitNoCloud", noCloud));
            });

    Map<String, Object> iface = new LinkedHashMap<>();
    iface.put("name", NETWORK);
    iface.put("masquerade", Map.of());
    if (!vm.ports().isEmpty()) {
      List<Map<String, Object>> ports = new ArrayList<>();
      for (NamedPort p : vm.ports()) {
        ports.add(Map.of("name", p.name(), "port", p.port(), "protocol", p.protocol()));
      }
      iface.put("ports", ports);
    }

    Map<String, Object> devices = new LinkedHashMap<>();
    devices.put("disks", disks);
    devices.put("interfaces", List.of(iface));
    Map<String, Object> domain = new LinkedHashMap<>();
    domain.put("cpu", Map.of("cores", vm.cpuCores()));
    domain.put("devices", devices);
    domain.put("resources", Map.of("requests", Map.of("memory", vm.memory())));

    Map<String, Object> podSpec = new LinkedHashMap<>();
    podSpec.put("domain", domain);
    podSpec.put("networks", List.of(Map.of("name", NETWORK, "pod", Map.of())));
    vm.terminationGracePeriodSeconds()
        .ifPresent(s -> podSpec.put("terminationGracePeriodSeconds", s));
    podSpec.put("volumes", volumes);

    Map<String, String> labels = new TreeMap<>(vm.labels());
    labels.putAll(vm.selectorLabels());
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("runStrategy", vm.runStrategy().value());
    spec.put("template", Map.of("metadata", Map.of("labels", labels), "spec", podSpec));
    out.add(
        KubeVirtApi.resource(
            KubeVirtApi.API_VERSION, "VirtualMachine", context.metadata(vm).build(), spec));
    return out;
  }

  static String dataVolumeName(VirtualMachine vm, VmDisk disk) {
    return vm.name() + "-" + disk.name();
  }

  private static HasMetadata dataVolume(
      VirtualMachine vm, String name, DiskImport imp, SynthContext context) {
    Map<String, Object> source =
        switch (imp.source()) {
          case HTTP -> Map.of("http", Map.of("url", imp.location().orElseThrow()));
          case REGISTRY ->
              Map.of("registry", Map.of("url", "docker://" + imp.location().orElseThrow()));
          case BLANK -> Map.of("blank", Map.of());
        };
    Map<String, Object> storage = new LinkedHashMap<>();
    storage.put("resources", Map.of("requests", Map.of("storage", imp.size())));
    imp.storageClass().ifPresent(sc -> storage.put("storageClassName", sc));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("source", source);
    spec.put("storage", storage);
    return KubeVirtApi.resource(
        KubeVirtApi.CDI_API_VERSION, "DataVolume", context.metadata(vm, name).build(), spec);
  }
}
