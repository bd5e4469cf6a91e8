package dev.stackwright.compute.vm;

import dev.stackwright.compute.Config;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Image;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a virtual machine's disks, cloud-init and ports. */
final class VmChecks {
  private VmChecks() {}

  static void disks(VirtualMachine vm, SynthContext context, Checks checks) {
    List<VmDisk> disks = vm.disks();
    if (disks.isEmpty()) {
      checks.error(
          VmRules.INVALID_VM,
          "disks",
          "a virtual machine needs a disk to boot from; add VmDisk.containerDisk(...),"
              + " VmDisk.imported(...) or VmDisk.claim(...)");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < disks.size(); i++) {
      VmDisk d = disks.get(i);
      String at = "disks[" + i + "]";
      checks.label(at + ".name", d.name());
      if (!names.add(d.name()) || VirtualMachine.CLOUD_INIT_DISK.equals(d.name())) {
        checks.error(
            VmRules.INVALID_DISK,
            at + ".name",
            "disk name \"%s\" is used twice (\"%s\" is the cloud-init disk's)",
            d.name(),
            VirtualMachine.CLOUD_INIT_DISK);
      }
      d.bootOrder()
          .filter(o -> o < 1)
          .ifPresent(
              o ->
                  checks.error(
                      VmRules.INVALID_DISK, at + ".bootOrder", "expected at least 1, was %d", o));
      d.image().ifPresent(image -> image(image, at + ".image", checks));
      d.claim().ifPresent(claim -> claim(vm, claim, at + ".claim", context, checks));
      d.imported().ifPresent(imp -> imported(vm, imp, at + ".imported", checks));
    }
  }

  private static void image(String reference, String at, Checks checks) {
    Image image = Image.of(reference);
    if (image.problem().isPresent()) {
      checks.error(PodRules.INVALID_IMAGE, at, "%s", image.problem().get());
    } else if (image.unpinned()) {
      checks.warn(
          PodRules.UNPINNED_IMAGE,
          at,
          "image \"%s\" is not pinned to a version or digest, so the VM may boot a different disk"
              + " after a restart",
          reference);
    }
  }

  private static void claim(
      VirtualMachine vm,
      dev.stackwright.core.contract.VolumeSource claim,
      String at,
      SynthContext context,
      Checks checks) {
    Volume volume = claim.toVolume("disk");
    if (volume.getPersistentVolumeClaim() == null) {
      checks.error(
          VmRules.UNKNOWN_CLAIM,
          at,
          "a VM disk must be a claim (a PersistentVolumeClaim of the storage layer), but this"
              + " source mounts as %s",
          claim.getClass().getSimpleName());
      return;
    }
    claim
        .component()
        .ifPresent(
            c -> {
              if (!context.contains(c)) {
                checks.error(
                    VmRules.UNKNOWN_CLAIM,
                    at,
                    "claim %s is not part of the stack; add it to the stack",
                    c.name());
              } else if (!context.namespaceOf(c).equals(context.namespaceOf(vm))) {
                checks.error(
                    VmRules.UNKNOWN_CLAIM,
                    at,
                    "claim %s is in namespace %s, but the VM is in %s: a pod mounts claims of its"
                        + " own namespace only",
                    c.name(),
                    context.namespaceOf(c),
                    context.namespaceOf(vm));
              }
            });
  }

  private static void imported(VirtualMachine vm, DiskImport imp, String at, Checks checks) {
    checks.quantity(at + ".size", imp.size());
    imp.storageClass().ifPresent(sc -> checks.subdomain(at + ".storageClass", sc));
    checks.subdomain(at, vm.name() + "-disk");
    String location = imp.location().orElse("");
    switch (imp.source()) {
      case HTTP -> {
        if (location.startsWith("http://")) {
          checks.warn(
              VmRules.INVALID_DISK,
              at + ".url",
              "\"%s\" is fetched over plain HTTP, so the disk image can be tampered with on the"
                  + " way; use https://",
              location);
        } else if (!location.startsWith("https://")) {
          checks.error(
              VmRules.INVALID_DISK,
              at + ".url",
              "expected an https:// URL of a disk image, was \"%s\"",
              location);
        }
      }
      case REGISTRY -> image(location, at + ".image", checks);
      case BLANK -> {}
    }
  }

  static void cloudInit(VirtualMachine vm, Checks checks) {
    if (vm.cloudInit().isEmpty()) {
      return;
    }
    CloudInit init = vm.cloudInit().get();
    if (init.config().isPresent()) {
      Config config = init.config().get();
      String key = init.key().orElse("");
      String data = config.data().get(key);
      if (data == null) {
        checks.error(
            VmRules.INVALID_CLOUD_INIT,
            "cloudInit.key",
            "config %s has no key \"%s\"; its keys are %s",
            config.name(),
            key,
            config.data().keySet().stream().sorted().toList());
      } else if (CloudInit.holdsCredential(data)) {
        checks.error(
            VmRules.PLAINTEXT_CLOUD_INIT,
            "cloudInit.config",
            "the user data in config %s sets a password or holds a private key, which would sit"
                + " in plaintext in Git and in the VirtualMachine; put it in a Secret and use"
                + " CloudInit.fromSecret(SecretRef.externalSecret(...))",
            config.name());
      }
    }
    init.secret()
        .filter(s -> s.origin() == SecretRef.Origin.PLAINTEXT)
        .ifPresent(
            s ->
                checks.warn(
                    VmRules.PLAINTEXT_CLOUD_INIT,
                    "cloudInit.secret",
                    "the cloud-init Secret %s is a plaintext secret of the stack; refer to an"
                        + " ExternalSecret's or SealedSecret's target instead",
                    s.name()));
  }

  static void ports(VirtualMachine vm, Checks checks) {
    Set<String> names = new HashSet<>();
    Set<Integer> numbers = new HashSet<>();
    List<NamedPort> ports = vm.ports();
    for (int i = 0; i < ports.size(); i++) {
      NamedPort p = ports.get(i);
      checks.port("ports[" + i + "].port", p.port());
      if (!names.add(p.name()) || !numbers.add(p.port())) {
        checks.error(
            PodRules.DUPLICATE_PORT,
            "ports[" + i + "]",
            "port %s:%d is declared twice",
            p.name(),
            p.port());
      }
    }
  }
}
