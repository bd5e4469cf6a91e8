package dev.stackwright.compute.vm;

/**
 * The stable ids of the rules virtual machines are checked by. Images of container disks use the
 * core's {@code pod.invalid-image} and {@code pod.unpinned-image}; a namespace whose Pod Security
 * level refuses virt-launcher pods is the core's {@code pod.pod-security-level}.
 */
public final class VmRules {
  /** A disk that is malformed: a duplicate name, a size that is not a quantity, a bad URL. */
  public static final String INVALID_DISK = "vm.invalid-disk";

  /** A disk whose claim is not part of the stack, or whose source is not a claim. */
  public static final String UNKNOWN_CLAIM = "vm.unknown-claim";

  /** CPU cores below 1 or a memory size that is not a quantity. */
  public static final String INVALID_RESOURCES = "vm.invalid-resources";

  /** Cloud-init user data from a key its config does not hold. */
  public static final String INVALID_CLOUD_INIT = "vm.invalid-cloud-init";

  /**
   * Cloud-init user data that carries a credential (a password, a private key) in a config, so in
   * Git and in the VirtualMachine object: an error, since a Secret reference says the same safely.
   */
  public static final String PLAINTEXT_CLOUD_INIT = "vm.plaintext-cloud-init";

  /** A VirtualMachine without a boot disk, or a port declared twice. */
  public static final String INVALID_VM = "vm.invalid-vm";

  private VmRules() {}
}
