package dev.stackwright.compute.vm;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.VolumeSource;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.core.validate.StackwrightException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One disk of a virtual machine and where its data comes from: a container disk (an image the VM
 * boots from, its changes lost on restart), a claim of the stack (the storage layer's claims
 * implement {@link VolumeSource}), or a disk CDI imports into a new claim ({@link DiskImport}).
 *
 * <pre>{@code
 * VmDisk.containerDisk("root", "quay.io/containerdisks/fedora@sha256:...")
 * VmDisk.claim("data", dataClaim)
 * VmDisk.imported("root", DiskImport.http("https://images.example.com/legacy.qcow2", "20Gi"))
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class VmDisk {

  /** The disk's name, also the name of its volume: a DNS-1123 label. */
  public abstract String name();

  /** The container image of a container disk. */
  public abstract Optional<String> image();

  /** The claim the disk is. */
  public abstract Optional<VolumeSource> claim();

  /** What CDI imports into the disk's own claim. */
  public abstract Optional<DiskImport> imported();

  /** The bus the guest sees the disk on; {@code virtio}. */
  @Value.Default
  public String bus() {
    return "virtio";
  }

  /** The boot order (1 first); the first disk boots when no disk sets one. */
  public abstract Optional<Integer> bootOrder();

  /** A container disk {@code name} from {@code image}. */
  public static VmDisk containerDisk(String name, String image) {
    return ImmutableVmDisk.builder().name(name).image(image).build();
  }

  /** The claim {@code claim} as disk {@code name}. */
  public static VmDisk claim(String name, VolumeSource claim) {
    return ImmutableVmDisk.builder().name(name).claim(claim).build();
  }

  /** Disk {@code name} imported by CDI into a DataVolume {@code <vm>-<name>}. */
  public static VmDisk imported(String name, DiskImport source) {
    return ImmutableVmDisk.builder().name(name).imported(source).build();
  }

  /** This disk, booted in position {@code order}. */
  public abstract VmDisk withBootOrder(int order);

  /** This disk on bus {@code bus} ({@code virtio}, {@code sata}, {@code scsi}). */
  public abstract VmDisk withBus(String bus);

  @Value.Check
  void exactlyOneSource() {
    int sources =
        (image().isPresent() ? 1 : 0)
            + (claim().isPresent() ? 1 : 0)
            + (imported().isPresent() ? 1 : 0);
    if (sources != 1) {
      throw StackwrightException.at(
          "disk " + name(),
          Rules.INVALID_ENUM,
          "expected exactly one of image, claim or imported, found " + sources);
    }
  }
}
